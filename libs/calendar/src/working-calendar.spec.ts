import type { HolidayYear } from './holiday-year.js';
import { holidays2026 } from './data/holidays-2026.js';
import { CalendarDataMissing, InvalidHolidayData, workingCalendar } from './working-calendar.js';

const calendar = workingCalendar();

describe('the working calendar built from the notices', () => {
  it('lists the years it has notices for', () => {
    expect(calendar.years).toEqual([2025, 2026]);
    expect(calendar.notices.map((n) => n.number)).toEqual(['国办发明电〔2024〕12号', '国办发明电〔2025〕7号']);
  });

  it('makes weekend make-up days working days, naming the holiday they were worked for', () => {
    expect(calendar.dayStatus('2026-02-14')).toEqual({ kind: 'makeUpWorkday', name: '春节', nameEn: 'Spring Festival' });
    for (const day of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) {
      expect(calendar.isWorkingDay(day)).toBe(true);
    }
    for (const day of ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']) {
      expect(calendar.isWorkingDay(day)).toBe(true);
    }
    expect(calendar.holidayName('2026-02-14')).toBeUndefined();
  });

  it('makes holidays rest days, weekdays included', () => {
    // 2026-02-16 is a Monday inside 春节 (2/15–2/23).
    expect(calendar.isRestDay('2026-02-16')).toBe(true);
    expect(calendar.holidayName('2026-02-16')).toBe('春节');
    expect(calendar.holidayName('2025-10-08')).toBe('国庆节、中秋节');
    expect(calendar.holidayName('2026-09-25')).toBe('中秋节');
    expect(calendar.holidayName('2026-10-07')).toBe('国庆节');
    // 2026-10-08 (Thu) is the first working day after 国庆节.
    expect(calendar.isWorkingDay('2026-10-08')).toBe(true);
  });

  it('makes ordinary weekends rest days without a holiday name', () => {
    // 2026-03-01 is a Sunday with no notice item.
    expect(calendar.dayStatus('2026-03-01')).toEqual({ kind: 'weekend' });
    expect(calendar.isRestDay('2026-03-01')).toBe(true);
    expect(calendar.holidayName('2026-03-01')).toBeUndefined();
    expect(calendar.dayStatus('2026-03-02')).toEqual({ kind: 'workday' });
  });

  it('finds the next and previous working days', () => {
    expect(calendar.nextWorkingDay('2026-02-15')).toBe('2026-02-24');
    expect(calendar.nextWorkingDay('2026-02-13')).toBe('2026-02-13');
    expect(calendar.previousWorkingDay('2026-02-23')).toBe('2026-02-14');
    expect(calendar.previousWorkingDay('2026-10-05')).toBe('2026-09-30');
  });

  it('refuses to guess outside its years, naming the year', () => {
    expect(() => calendar.isWorkingDay('2024-12-31')).toThrow(CalendarDataMissing);
    expect(() => calendar.isWorkingDay('2027-01-01')).toThrow(/no holiday data for 2027 \(loaded: 2025, 2026\)/);
    try {
      calendar.isRestDay('2027-02-10');
    } catch (error) {
      expect(error).toBeInstanceOf(CalendarDataMissing);
      expect((error as CalendarDataMissing).year).toBe(2027);
    }
    expect(() => workingCalendar([]).isWorkingDay('2026-03-02')).toThrow(/loaded: none/);
  });

  it('refuses the next working day once the data runs out', () => {
    // 2026-12-31 is a Thursday: a working day. After it, 2027 is unknown.
    expect(calendar.nextWorkingDay('2026-12-31')).toBe('2026-12-31');
    expect(() => calendar.nextWorkingDay('2027-01-01')).toThrow(CalendarDataMissing);
  });
});

describe('holiday data that contradicts itself is refused when the calendar is built', () => {
  const withHoliday = (change: Partial<HolidayYear['holidays'][number]>): HolidayYear => ({
    ...holidays2026,
    holidays: holidays2026.holidays.map((h) => (h.name === '春节' ? { ...h, ...change } : h)),
  });

  it('a make-up working day that is not a weekend', () => {
    // 2026-02-27 is a Friday.
    expect(() => workingCalendar([withHoliday({ makeUpWorkdays: ['2026-02-27'] })])).toThrow(/2026-02-27 is not a weekend day/);
  });

  it('a span that disagrees with the notice’s day count', () => {
    expect(() => workingCalendar([withHoliday({ to: '2026-02-24' })])).toThrow(InvalidHolidayData);
  });

  it('a day listed twice, or a year loaded twice', () => {
    expect(() => workingCalendar([withHoliday({ makeUpWorkdays: ['2026-02-14', '2026-02-14'] })])).toThrow(/listed twice/);
    expect(() => workingCalendar([holidays2026, holidays2026])).toThrow(/loaded twice/);
  });

  it('a date outside the notice’s year', () => {
    expect(() => workingCalendar([withHoliday({ from: '2027-02-15', to: '2027-02-23' })])).toThrow(/outside 2026/);
  });
});
