import fc from 'fast-check';
import { addDays, addYears, compareDates, dayOfWeek, daysBetween, InvalidLegalDate, isLegalDate, isWeekend, legalDateOf, parseLegalDate, yearOf } from './legal-date.js';

describe('parseLegalDate', () => {
  it('accepts real dates, leap days included', () => {
    expect(parseLegalDate('2026-02-28')).toBe('2026-02-28');
    expect(parseLegalDate('2028-02-29')).toBe('2028-02-29');
    // 2000 is divisible by 400: a leap year.
    expect(parseLegalDate('2000-02-29')).toBe('2000-02-29');
  });

  it.each([
    ['2026-02-30', /"2026-02-30".*2026-02 has days 01 to 28/],
    ['2025-02-29', /2025-02 has days 01 to 28/],
    // 1900 is divisible by 100 but not 400: not a leap year.
    ['1900-02-29', /1900-02 has days 01 to 28/],
    ['2026-04-31', /2026-04 has days 01 to 30/],
    ['2026-13-01', /no month 13/],
    ['0000-01-01', /no year 0000/],
    ['2026-2-3', /expected YYYY-MM-DD/],
    ['2026-02-03T00:00:00Z', /expected YYYY-MM-DD/],
    ['', /expected YYYY-MM-DD/],
  ])('refuses %j, naming it', (value, message) => {
    expect(() => parseLegalDate(value)).toThrow(InvalidLegalDate);
    expect(() => parseLegalDate(value)).toThrow(message);
  });

  it('refuses what is not a string', () => {
    expect(isLegalDate(20260203)).toBe(false);
    expect(() => parseLegalDate(null as unknown as string)).toThrow(InvalidLegalDate);
  });

  it('validates the dates the arithmetic is given', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(InvalidLegalDate);
    expect(() => daysBetween('2026-01-01', '2026-1-2')).toThrow(InvalidLegalDate);
  });
});

describe('date arithmetic', () => {
  it('adds days across month, leap-day and year ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-01-20', 45)).toBe('2026-03-06');
  });

  it('refuses fractional days', () => {
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
  });

  it('counts the days between dates', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-03-10', '2026-03-22')).toBe(12);
    expect(daysBetween('2026-03-22', '2026-03-10')).toBe(-12);
  });

  it('compares dates', () => {
    expect(compareDates('2026-02-14', '2026-02-15')).toBe(-1);
    expect(compareDates('2026-02-15', '2026-02-15')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4); // a Thursday
    expect(dayOfWeek('2000-01-01')).toBe(6); // a Saturday
    expect(dayOfWeek('2026-02-14')).toBe(6); // the notice: 2月14日(周六)
    expect(dayOfWeek('2026-02-15')).toBe(0); // the notice: 2月15日(…周日)
    expect(dayOfWeek('2025-09-28')).toBe(0); // the notice: 9月28日(周日)
    expect(isWeekend('2026-10-10')).toBe(true);
    expect(isWeekend('2026-10-09')).toBe(false);
    expect(yearOf('2026-10-09')).toBe(2026);
  });

  it('adds years on the same month and day, 29 February becoming 28 February', () => {
    expect(addYears('2025-03-15', 1)).toBe('2026-03-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2025-02-28', -1)).toBe('2024-02-28');
  });

  it('agrees with UTC Date arithmetic over four centuries', () => {
    const DAY_MS = 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (n) => {
        expect(addDays('1970-01-01', n)).toBe(new Date(n * DAY_MS).toISOString().slice(0, 10));
      }),
    );
  });

  it('round-trips: adding then subtracting the same days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: -800, max: 800 }), (offset, days) => {
        const date = addDays('2020-01-01', offset);
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });
});

describe('legalDateOf', () => {
  it('reads an instant in Asia/Shanghai, where the legal day turns at 16:00 UTC', () => {
    expect(legalDateOf(new Date('2026-01-31T15:59:59Z'))).toBe('2026-01-31');
    expect(legalDateOf(new Date('2026-01-31T16:00:00Z'))).toBe('2026-02-01');
    expect(legalDateOf(new Date('2026-01-31T16:00:00Z'), 'UTC')).toBe('2026-01-31');
  });
});
