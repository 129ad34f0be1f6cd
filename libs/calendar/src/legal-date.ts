/**
 * A date in law: 'YYYY-MM-DD', no time, no zone. Arithmetic runs on whole day numbers (days since 1970-01-01 in
 * the proleptic Gregorian calendar), never on a `Date`, so no local zone or daylight-saving rule can shift a day.
 * A plain string rather than a branded type: every stage's events carry dates as strings (`#domain-core`), and the
 * functions here validate what they are given.
 */
export type LegalDate = string;

export class InvalidLegalDate extends Error {
  override readonly name = 'InvalidLegalDate';
  constructor(readonly value: unknown, readonly reason: string) {
    super(`${JSON.stringify(value)} is not a legal date: ${reason}`);
  }
}

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

function partsOf(value: unknown): DateParts {
  if (typeof value !== 'string') throw new InvalidLegalDate(value, 'expected a YYYY-MM-DD string');
  const match = PATTERN.exec(value);
  if (!match) throw new InvalidLegalDate(value, 'expected YYYY-MM-DD');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1) throw new InvalidLegalDate(value, 'there is no year 0000');
  if (month < 1 || month > 12) throw new InvalidLegalDate(value, `there is no month ${match[2]}`);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) throw new InvalidLegalDate(value, `${match[1]}-${match[2]} has days 01 to ${last}`);
  return { year, month, day };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const format = ({ year, month, day }: DateParts): LegalDate => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

// Howard Hinnant's days_from_civil / civil_from_days: years counted from March so that the leap day falls last.
function dayNumber({ year, month, day }: DateParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function fromDayNumber(n: number): LegalDate {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1 || year > 9999) throw new RangeError(`date arithmetic left the years 0001–9999 (year ${year})`);
  return format({ year, month, day });
}

const requireWholeDays = (days: number) => {
  if (!Number.isSafeInteger(days)) throw new RangeError(`a number of days must be a whole number, got ${days}`);
};

/** The date itself when it exists; '2026-02-30' or '2026-2-3' throw `InvalidLegalDate` naming the value. */
export const parseLegalDate = (value: string): LegalDate => format(partsOf(value));

export const isLegalDate = (value: unknown): value is LegalDate => {
  try {
    partsOf(value);
    return true;
  } catch {
    return false;
  }
};

export const addDays = (date: LegalDate, days: number): LegalDate => {
  requireWholeDays(days);
  return fromDayNumber(dayNumber(partsOf(date)) + days);
};

/** Whole days from `from` to `to`: negative when `to` is earlier. */
export const daysBetween = (from: LegalDate, to: LegalDate): number => dayNumber(partsOf(to)) - dayNumber(partsOf(from));

/** Negative, zero or positive as `a` is before, on or after `b`; usable as a sort comparator. */
export const compareDates = (a: LegalDate, b: LegalDate): number => Math.sign(daysBetween(b, a));

/** 0 = Sunday … 6 = Saturday. Day 0 (1970-01-01) was a Thursday. */
export const dayOfWeek = (date: LegalDate): number => (((dayNumber(partsOf(date)) + 4) % 7) + 7) % 7;

export const isWeekend = (date: LegalDate): boolean => {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
};

export const yearOf = (date: LegalDate): number => partsOf(date).year;

/** The same month and day `years` later; a day the target month lacks (29 February) becomes its last day. */
export function addYears(date: LegalDate, years: number): LegalDate {
  requireWholeDays(years);
  const { year, month, day } = partsOf(date);
  const target = year + years;
  if (target < 1 || target > 9999) throw new RangeError(`date arithmetic left the years 0001–9999 (year ${target})`);
  return format({ year: target, month, day: Math.min(day, daysInMonth(target, month)) });
}

/**
 * The legal date of an instant in a time zone: the caller passes the instant (the clock is never read here), and
 * deadlines are counted in Asia/Shanghai unless configured otherwise (LEGAL_TIME_ZONE).
 */
export const legalDateOf = (instant: Date, timeZone = 'Asia/Shanghai'): LegalDate => dayFormatter(timeZone).format(instant);

/**
 * Building an Intl.DateTimeFormat costs far more than formatting with one (it was the calendar's whole share of a
 * command's CPU profile), and a formatter is immutable: one per time zone, built on first use. Zones are few (the
 * configured LEGAL_TIME_ZONE, tests' own), so the caches need no bound.
 */
const memoisedPerZone = (build: (timeZone: string) => Intl.DateTimeFormat) => {
  const built = new Map<string, Intl.DateTimeFormat>();
  return (timeZone: string): Intl.DateTimeFormat => {
    let formatter = built.get(timeZone);
    if (formatter === undefined) {
      formatter = build(timeZone);
      built.set(timeZone, formatter);
    }
    return formatter;
  };
};

const dayFormatter = memoisedPerZone((timeZone) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }));

const instantFormatter = memoisedPerZone(
  (timeZone) =>
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }),
);

/**
 * The instant a legal day ends, i.e. the first instant of the next one, in a time zone. A period runs to the end of
 * its last day (CPL 85): deadlines fire then, and "the case as of a day" includes what was recorded before it.
 * Zones without daylight saving (Asia/Shanghai) make this exact; others are resolved by probing the offset.
 */
export function endOfLegalDay(date: LegalDate, timeZone = 'Asia/Shanghai'): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const nextDayUtc = Date.UTC(y, m - 1, d + 1);
  const offset = (at: number) => {
    const parts = instantFormatter(timeZone).formatToParts(at);
    const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - at;
  };
  const guess = nextDayUtc - offset(nextDayUtc);
  return new Date(nextDayUtc - offset(guess));
}
