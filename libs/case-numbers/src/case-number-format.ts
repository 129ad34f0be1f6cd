/**
 * How a commission writes its case numbers, e.g. `杭劳人仲案字〔2026〕第123号`: its own prefix, the year, the yearly
 * sequence. The layout is data per commission, so a commission printing `[2026]` or a zero-padded `第0123号` is a
 * different pattern, not different code.
 */
export interface CaseNumberFormat {
  /** The commission's word, e.g. '杭劳人仲案字'. */
  readonly prefix: string;
  /**
   * `{prefix}`, `{year}` and `{n}` (or `{n:4}`, zero-padded to 4 digits) in the commission's layout.
   * Defaults to `{prefix}〔{year}〕第{n}号`.
   */
  readonly pattern?: string;
}

export const defaultCaseNumberPattern = '{prefix}〔{year}〕第{n}号';

export interface ParsedCaseNumber {
  readonly year: number;
  readonly sequence: number;
}

const placeholder = /\{(prefix|year|n)(?::(\d))?\}/g;

interface Layout {
  readonly parts: readonly (string | { readonly name: 'prefix' | 'year' | 'n'; readonly width: number })[];
}

function layoutOf(format: CaseNumberFormat): Layout {
  const pattern = format.pattern ?? defaultCaseNumberPattern;
  if (format.prefix.trim() === '') throw new RangeError('a case-number prefix must not be empty');
  const parts: Layout['parts'][number][] = [];
  let last = 0;
  for (const match of pattern.matchAll(placeholder)) {
    if (match.index > last) parts.push(pattern.slice(last, match.index));
    parts.push({ name: match[1] as 'prefix' | 'year' | 'n', width: Number(match[2] ?? 0) });
    last = match.index + match[0].length;
  }
  if (last < pattern.length) parts.push(pattern.slice(last));
  const count = (name: string) => parts.filter((p) => typeof p !== 'string' && p.name === name).length;
  if (count('year') !== 1 || count('n') !== 1 || count('prefix') > 1) {
    throw new RangeError(`case-number pattern "${pattern}" needs {year} and {n} exactly once, {prefix} at most once`);
  }
  return { parts };
}

export function formatCaseNumber(format: CaseNumberFormat, year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year ${year} is not a four-digit year`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`sequence ${sequence} is not a positive whole number`);
  return layoutOf(format)
    .parts.map((part) => {
      if (typeof part === 'string') return part;
      if (part.name === 'prefix') return format.prefix;
      if (part.name === 'year') return String(year);
      return String(sequence).padStart(part.width, '0');
    })
    .join('');
}

const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The year and sequence of a number in this commission's format; undefined for anything else (another format, a padded form the pattern does not print). */
export function parseCaseNumber(format: CaseNumberFormat, text: string): ParsedCaseNumber | undefined {
  const source = layoutOf(format)
    .parts.map((part) => {
      if (typeof part === 'string') return escape(part);
      if (part.name === 'prefix') return escape(format.prefix);
      return part.name === 'year' ? '(?<year>\\d{4})' : '(?<n>\\d+)';
    })
    .join('');
  const groups = new RegExp(`^${source}$`, 'u').exec(text)?.groups;
  if (!groups) return undefined;
  const year = Number(groups.year);
  const sequence = Number(groups.n);
  if (!Number.isSafeInteger(sequence) || sequence < 1 || year < 1000) return undefined;
  // Only the form the commission prints counts: `第0123号` is not `第123号`.
  return formatCaseNumber(format, year, sequence) === text ? { year, sequence } : undefined;
}
