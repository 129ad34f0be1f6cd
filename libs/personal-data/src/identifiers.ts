/**
 * Pure helpers for the personal data PIPL treats as sensitive here: resident ID numbers, mobile numbers, addresses.
 * Masking keeps enough to recognise a value on screen, never enough to use it.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARS = '10X98765432';

/** The ISO 7064 MOD 11-2 check character (GB 11643-1999) for the first 17 digits of a resident ID. */
export function residentIdCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('residentIdCheckDigit: expects 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK_CHARS[sum % 11]!;
}

const ID_SHAPE = /^[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dX]$/;

const isRealDate = (yyyymmdd: string): boolean => {
  const [y, m, d] = [Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)), Number(yyyymmdd.slice(6, 8))];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** Trims and upper-cases a resident ID (a lower-case `x` check character is common in typed input). */
export const normaliseResidentId = (value: string): string => value.replace(/\s+/g, '').toUpperCase();

/** An 18-character PRC resident ID: region, a real birth date not in the future, sequence, and a valid check character. */
export function isValidResidentId(value: string): boolean {
  const id = normaliseResidentId(value);
  if (!ID_SHAPE.test(id)) return false;
  const birth = id.slice(6, 14);
  if (!isRealDate(birth) || birth > new Date().toISOString().slice(0, 10).replace(/-/g, '')) return false;
  return residentIdCheckDigit(id.slice(0, 17)) === id[17];
}

/** Strips spaces, dashes and a +86/0086 prefix. */
export const normaliseMobile = (value: string): string => value.replace(/[\s-]/g, '').replace(/^(?:\+|00)86/, '');

/** A mainland China mobile number: 11 digits, `1`, then 3 to 9. Accepts spaces, dashes, and a +86 prefix. */
export const isValidMainlandMobile = (value: string): boolean => /^1[3-9]\d{9}$/.test(normaliseMobile(value));

const keepEnds = (value: string, head: number, tail: number): string =>
  value.length <= head + tail ? '*'.repeat(value.length) : value.slice(0, head) + '*'.repeat(value.length - head - tail) + value.slice(-tail);

/** `330106199001011234` → `3301**********1234`: first 4 (province and city) and last 4 kept. */
export const maskIdNumber = (value: string): string => keepEnds(normaliseResidentId(value), 4, 4);

/** `13812345678` → `138****5678`: first 3 and last 4 kept. */
export const maskPhone = (value: string): string => keepEnds(normaliseMobile(value), 3, 4);

const PROVINCE = /^.{2,7}?(?:省|自治区|特别行政区)/u;
const CITY = /^.{2,9}?(?:市|自治州|地区|盟)/u;

/**
 * `浙江省杭州市西湖区文三路90号` → `浙江省杭州市***`: the province and city (prefecture) are kept, everything finer is
 * hidden. `北京市朝阳区…` → `北京市***`. An address without a recognisable province or city becomes `***`.
 */
export function maskAddress(value: string): string {
  const address = value.trim();
  let kept = '';
  const province = PROVINCE.exec(address);
  if (province) kept = province[0];
  const city = CITY.exec(address.slice(kept.length));
  if (city) kept += city[0];
  return `${kept}***`;
}

export interface PersonalDataFinding {
  readonly kind: 'resident-id' | 'mobile';
  /** Where in the text it starts. */
  readonly index: number;
  /** The finding, masked: safe to print in a failing test. */
  readonly masked: string;
}

const ID_IN_TEXT = /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
const MOBILE_IN_TEXT = /(?<![0-9A-Za-z+])(?:(?:\+|00)86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?![0-9A-Za-z])/g;

/**
 * Finds unmasked 18-digit resident IDs (shape and birth date, whatever the check character: a leaked fake ID is a
 * leak too) and 11-digit mainland mobile numbers (also `138 1234 5678`, `+86-138-…`) in any string.
 */
export function findPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(ID_IN_TEXT))
    if (isRealDate(match[0].slice(6, 14))) findings.push({ kind: 'resident-id', index: match.index, masked: maskIdNumber(match[0]) });
  for (const match of text.matchAll(MOBILE_IN_TEXT)) findings.push({ kind: 'mobile', index: match.index, masked: maskPhone(match[0]) });
  return findings.sort((a, b) => a.index - b.index);
}

/** `text` with every number {@link findPersonalData} finds masked: for what must be logged or echoed (a URL, a caller's id). */
export const maskPersonalDataIn = (text: string): string =>
  text.replace(ID_IN_TEXT, (match) => (isRealDate(match.slice(6, 14)) ? maskIdNumber(match) : match)).replace(MOBILE_IN_TEXT, (match) => maskPhone(match));

/** True when `text` (a response body, a log line, a serialised event) holds an unmasked ID or mobile number. */
export const containsPersonalData = (text: string): boolean => findPersonalData(text).length > 0;
