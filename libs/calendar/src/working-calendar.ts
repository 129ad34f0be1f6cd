import { holidayYears } from './data/holiday-years.js';
import type { HolidayYear } from './holiday-year.js';
import { addDays, compareDates, daysBetween, isLegalDate, isWeekend, yearOf, type LegalDate } from './legal-date.js';
import { assertNever } from '#domain-core';

/** A date in a year whose holiday notice is not loaded: the clock refuses to guess. */
export class CalendarDataMissing extends Error {
  override readonly name = 'CalendarDataMissing';
  constructor(readonly year: number, readonly loadedYears: readonly number[]) {
    super(`no holiday data for ${year} (loaded: ${loadedYears.join(', ') || 'none'}); add the State Council's notice for ${year}`);
  }
}

/** Holiday data that contradicts itself: refused when the calendar is built, not discovered in a deadline. */
export class InvalidHolidayData extends Error {
  override readonly name = 'InvalidHolidayData';
  constructor(readonly year: number, readonly problem: string) {
    super(`holiday data for ${year}: ${problem}`);
  }
}

/** What a day is, and for which holiday: a make-up working day (调休上班) names the holiday it was worked for. */
export type DayStatus =
  | { readonly kind: 'holiday'; readonly name: string; readonly nameEn: string }
  | { readonly kind: 'makeUpWorkday'; readonly name: string; readonly nameEn: string }
  | { readonly kind: 'weekend' }
  | { readonly kind: 'workday' };

export interface WorkingCalendar {
  /** The years whose notices are loaded, ascending. */
  readonly years: readonly number[];
  readonly notices: readonly HolidayYear['source'][];
  dayStatus(date: LegalDate): DayStatus;
  isWorkingDay(date: LegalDate): boolean;
  /**
   * A statutory holiday, or a weekend that is not a make-up working day: CPL 85's 法定休假日 includes weekends, so a
   * calendar-day period ending on either moves to the next working day.
   */
  isRestDay(date: LegalDate): boolean;
  /** The holiday's Chinese name as the notice gives it; undefined on working days and plain weekends. */
  holidayName(date: LegalDate): string | undefined;
  /** The first working day on or after `date`. */
  nextWorkingDay(date: LegalDate): LegalDate;
  /** The last working day on or before `date`. */
  previousWorkingDay(date: LegalDate): LegalDate;
}

interface Marked {
  readonly kind: 'holiday' | 'makeUpWorkday';
  readonly name: string;
  readonly nameEn: string;
  readonly year: number;
}

function validate(notice: HolidayYear, marked: ReadonlyMap<LegalDate, Marked>): void {
  const fail = (problem: string) => {
    throw new InvalidHolidayData(notice.year, problem);
  };
  // A notice may name days at the end of the year before (the 2012 notice made 2011-12-31 a working day).
  const inRange = (d: LegalDate) => isLegalDate(d) && (yearOf(d) === notice.year || yearOf(d) === notice.year - 1);
  for (const period of notice.holidays) {
    if (!inRange(period.from) || !inRange(period.to)) fail(`${period.name} ${period.from}..${period.to} lies outside ${notice.year}`);
    if (compareDates(period.from, period.to) > 0) fail(`${period.name} ends before it starts`);
    if (daysBetween(period.from, period.to) + 1 !== period.days) fail(`${period.name} spans ${daysBetween(period.from, period.to) + 1} days, the notice says ${period.days}`);
    for (const d of period.makeUpWorkdays) {
      if (!inRange(d)) fail(`make-up working day ${d} lies outside ${notice.year}`);
      if (!isWeekend(d)) fail(`make-up working day ${d} is not a weekend day`);
    }
  }
  const days = notice.holidays.flatMap((p) => [...spanOf(p.from, p.to), ...p.makeUpWorkdays]);
  const repeated = days.find((d, i) => days.indexOf(d) !== i || marked.has(d));
  if (repeated) fail(`${repeated} is listed twice`);
}

function* spanOf(from: LegalDate, to: LegalDate): Generator<LegalDate> {
  for (let d = from; compareDates(d, to) <= 0; d = addDays(d, 1)) yield d;
}

export function isWorkingStatus(status: DayStatus): boolean {
  switch (status.kind) {
    case 'workday':
    case 'makeUpWorkday':
      return true;
    case 'holiday':
    case 'weekend':
      return false;
    default:
      return assertNever(status, 'day status');
  }
}

/** Ten years of days: no real stretch of rest days comes near, so a wrong calendar fails instead of looping. */
const SEARCH_LIMIT = 3_660;

export function workingCalendar(notices: readonly HolidayYear[] = holidayYears): WorkingCalendar {
  const sorted = [...notices].sort((a, b) => a.year - b.year);
  const years = sorted.map((n) => n.year);
  const marked = new Map<LegalDate, Marked>();
  for (const notice of sorted) {
    if (years.indexOf(notice.year) !== years.lastIndexOf(notice.year)) throw new InvalidHolidayData(notice.year, 'loaded twice');
    validate(notice, marked);
    for (const period of notice.holidays) {
      const mark = { name: period.name, nameEn: period.nameEn, year: notice.year };
      for (const d of spanOf(period.from, period.to)) marked.set(d, { kind: 'holiday', ...mark });
      for (const d of period.makeUpWorkdays) marked.set(d, { kind: 'makeUpWorkday', ...mark });
    }
  }

  const dayStatus = (date: LegalDate): DayStatus => {
    const year = yearOf(date);
    const mark = marked.get(date);
    // The days a notice names for the year before are known even when that year's own notice is not loaded,
    // but every other day of that year is not.
    if (!years.includes(year) && !mark) throw new CalendarDataMissing(year, years);
    if (mark) return { kind: mark.kind, name: mark.name, nameEn: mark.nameEn };
    return isWeekend(date) ? { kind: 'weekend' } : { kind: 'workday' };
  };

  const isWorkingDay = (date: LegalDate): boolean => isWorkingStatus(dayStatus(date));

  const walk = (date: LegalDate, step: 1 | -1): LegalDate => {
    let day = date;
    for (let n = 0; !isWorkingDay(day); n++) {
      if (n > SEARCH_LIMIT) throw new Error(`no working day within ${SEARCH_LIMIT} days of ${date}`);
      day = addDays(day, step);
    }
    return day;
  };

  return {
    years,
    notices: sorted.map((n) => n.source),
    dayStatus,
    isWorkingDay,
    isRestDay: (date) => !isWorkingDay(date),
    holidayName: (date) => {
      const status = dayStatus(date);
      return status.kind === 'holiday' ? status.name : undefined;
    },
    nextWorkingDay: (date) => walk(date, 1),
    previousWorkingDay: (date) => walk(date, -1),
  };
}
