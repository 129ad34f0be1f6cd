import { holidayYears, type HolidayYear } from './holidays/index.js';
import { addDays, compareDates, dayOfWeek, yearOf, type LegalDate } from './legal-date.js';

/** A date in a year whose holiday notice is not loaded: the clock refuses to guess. */
export class CalendarDataMissing extends Error {
  override readonly name = 'CalendarDataMissing';
  constructor(readonly year: number, readonly loadedYears: readonly number[]) {
    super(`no holiday data for ${year} (loaded: ${loadedYears.join(', ')}); add the State Council's notice for ${year}`);
  }
}

export interface WorkingCalendar {
  readonly years: readonly number[];
  isWorkingDay(date: LegalDate): boolean;
  /** A weekend that is not a make-up working day, or a statutory holiday (法定休假日, which includes weekends). */
  isRestDay(date: LegalDate): boolean;
  holidayName(date: LegalDate): string | undefined;
  /** The first working day on or after `date`. */
  nextWorkingDay(date: LegalDate): LegalDate;
}

export function workingCalendar(years: readonly HolidayYear[] = holidayYears): WorkingCalendar {
  const loaded = years.map((y) => y.year);
  const holidays = new Map<LegalDate, string>();
  for (const year of years) {
    for (const period of year.holidays) {
      for (let day = period.from; compareDates(day, period.to) <= 0; day = addDays(day, 1)) holidays.set(day, period.name);
    }
  }
  const makeUp = new Set(years.flatMap((y) => y.makeUpWorkdays));
  const ensureLoaded = (date: LegalDate) => {
    if (!loaded.includes(yearOf(date))) throw new CalendarDataMissing(yearOf(date), loaded);
  };
  const isWorkingDay = (date: LegalDate) => {
    ensureLoaded(date);
    if (holidays.has(date)) return false;
    if (makeUp.has(date)) return true;
    const weekday = dayOfWeek(date);
    return weekday !== 0 && weekday !== 6;
  };
  return {
    years: loaded,
    isWorkingDay,
    isRestDay: (date) => !isWorkingDay(date),
    holidayName: (date) => {
      ensureLoaded(date);
      return holidays.get(date) ?? (isWorkingDay(date) ? undefined : 'weekend');
    },
    nextWorkingDay: (date) => {
      let day = date;
      while (!isWorkingDay(day)) day = addDays(day, 1);
      return day;
    },
  };
}
