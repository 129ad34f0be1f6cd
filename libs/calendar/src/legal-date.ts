/**
 * A date in law: 'YYYY-MM-DD', no time, no zone. Arithmetic runs on UTC midnights so that no local zone or
 * daylight-saving rule can shift a day.
 */
export type LegalDate = string;

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export class InvalidLegalDate extends Error {
  override readonly name = 'InvalidLegalDate';
  constructor(readonly value: string) {
    super(`"${value}" is not a calendar date (YYYY-MM-DD)`);
  }
}

const toUtc = (date: LegalDate): number => {
  const match = pattern.exec(date);
  if (!match) throw new InvalidLegalDate(date);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) throw new InvalidLegalDate(date);
  return time;
};

const fromUtc = (time: number): LegalDate => new Date(time).toISOString().slice(0, 10);

/** Validates a real date: '2026-02-30' is refused. */
export const parseLegalDate = (value: string): LegalDate => fromUtc(toUtc(value));

export const isLegalDate = (value: string): boolean => {
  try {
    toUtc(value);
    return true;
  } catch {
    return false;
  }
};

export const addDays = (date: LegalDate, days: number): LegalDate => fromUtc(toUtc(date) + days * DAY_MS);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: LegalDate, to: LegalDate): number => Math.round((toUtc(to) - toUtc(from)) / DAY_MS);

export const compareDates = (a: LegalDate, b: LegalDate): number => Math.sign(daysBetween(b, a));

/** 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (date: LegalDate): number => new Date(toUtc(date)).getUTCDay();

export const yearOf = (date: LegalDate): number => Number(date.slice(0, 4));

/** The same month and day `years` later; 29 February falls back to 28 February in a common year. */
export function addYears(date: LegalDate, years: number): LegalDate {
  toUtc(date);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = year + years;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** The legal date of an instant in a time zone (deadlines are counted in Asia/Shanghai by default). */
export const legalDateOf = (instant: Date, timeZone = 'Asia/Shanghai'): LegalDate =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
