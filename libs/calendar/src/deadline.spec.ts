import fc from 'fast-check';
import { computeDeadline, ExtensionNotAllowed } from './deadline.js';
import { addDays, addYears, compareDates, InvalidLegalDate, parseLegalDate } from './legal-date.js';
import { statutoryPeriods, type PeriodRule } from './statutory-periods.js';
import { CalendarDataMissing, workingCalendar } from './working-calendar.js';

const calendar = workingCalendar();
const due = (rule: PeriodRule, trigger: string, extra: Partial<Parameters<typeof computeDeadline>[0]> = {}) =>
  computeDeadline({ rule, trigger, ...extra }, calendar);

describe('working days', () => {
  it('crosses the 2026 Spring Festival and its make-up working days', () => {
    // Trigger Thu 12 Feb. Fri 13 = 1; Sat 14 is a make-up working day = 2; 15–23 Feb holiday;
    // Tue 24 = 3, Wed 25 = 4, Thu 26 = 5.
    const d = due('acceptanceWithinFiveDays', '2026-02-12');
    expect(d.dueOn).toBe('2026-02-26');
    expect(d.explanation.makeUpWorkdaysCrossed).toContain('2026-02-14');
    expect(d.explanation.restDaysCrossed).toContainEqual({ date: '2026-02-17', name: '春节' });
  });

  it('crosses National Day 2025 with its Sunday make-up day', () => {
    // Trigger Fri 26 Sep. Sat 27 rest; Sun 28 make-up = 1; Mon 29 = 2; Tue 30 = 3; 1–8 Oct holiday;
    // Thu 9 = 4; Fri 10 = 5.
    expect(due('serviceOfApplicationWithinFiveDays', '2025-09-26').dueOn).toBe('2025-10-10');
  });

  it('counts ten working days for a defence', () => {
    // Trigger Mon 2 Mar 2026: Tue 3 … Fri 6 = 4, Mon 9 … Fri 13 = 9, Mon 16 = 10.
    expect(due('defenceWithinTenDays', '2026-03-02').dueOn).toBe('2026-03-16');
  });
});

describe('calendar days', () => {
  it('moves an end that falls in a holiday to the next working day', () => {
    // 20 Sep + 15 = Mon 5 Oct 2026, inside National Day (1–7 Oct): Thu 8 Oct is the next working day.
    const d = due('mediationWindowIsFifteenDays', '2026-09-20');
    expect(d.dueOn).toBe('2026-10-08');
    expect(d.explanation.moved).toEqual({ from: '2026-10-05', to: '2026-10-08', because: '2026-10-05 is a rest day (国庆节)' });
    expect(d.explanation.summary).toBe(
      '15 calendar days after 2026-09-20 (LDMAL 14), ends 2026-10-08, (moved from 2026-10-05: 2026-10-05 is a rest day (国庆节))',
    );
  });

  it('does not move an end on a Saturday that is a make-up working day', () => {
    // 25 Sep + 15 = Sat 10 Oct 2026, a make-up working day.
    const d = due('suitAfterNonFinalAwardFifteenDays', '2026-09-25');
    expect(d.dueOn).toBe('2026-10-10');
    expect(d.explanation.moved).toBeUndefined();
  });

  it('moves an end on an ordinary weekend to Monday', () => {
    // Fri 6 Mar + 15 = Sat 21 Mar 2026 → Mon 23 Mar.
    expect(due('workerSuitAfterFinalAwardFifteenDays', '2026-03-06').dueOn).toBe('2026-03-23');
  });

  it('leaves out the days of a suspension, then adds an extension', () => {
    // Accepted Mon 2 Mar 2026: 45 days → Thu 16 Apr. Suspended 10 Mar, resumed 22 Mar: 10–21 Mar (12 days)
    // do not count → Tue 28 Apr. A 15-day extension → Wed 13 May.
    expect(due('awardWithinFortyFiveDays', '2026-03-02').dueOn).toBe('2026-04-16');
    const suspended = due('awardWithinFortyFiveDays', '2026-03-02', { pauses: [{ from: '2026-03-10', to: '2026-03-22' }] });
    expect(suspended.dueOn).toBe('2026-04-28');
    expect(suspended.explanation.pauses).toEqual([{ from: '2026-03-10', to: '2026-03-22', daysNotCounted: 12 }]);
    const extended = due('awardWithinFortyFiveDays', '2026-03-02', { pauses: [{ from: '2026-03-10', to: '2026-03-22' }], extensionDays: 15 });
    expect(extended.dueOn).toBe('2026-05-13');
    expect(extended.explanation.summary).toBe('45 calendar days after 2026-03-02 (LDMAL 43), +12 days paused, +15 days extension, ends 2026-05-13');
  });

  it('merges overlapping pauses and ignores what lies before the trigger', () => {
    const d = due('awardWithinFortyFiveDays', '2026-03-02', {
      pauses: [
        { from: '2026-02-20', to: '2026-03-01' },
        { from: '2026-03-10', to: '2026-03-16' },
        { from: '2026-03-14', to: '2026-03-22' },
      ],
    });
    expect(d.dueOn).toBe('2026-04-28');
  });

  it('has no end while paused, and says how much is left', () => {
    // 3–9 Mar count (7 days) before the suspension of 10 Mar: 38 remain.
    const d = due('awardWithinFortyFiveDays', '2026-03-02', { pauses: [{ from: '2026-03-10' }] });
    expect(d).toMatchObject({ dueOn: null, state: 'paused', explanation: { remaining: 38 } });
  });
});

describe('limits of the clock', () => {
  it('refuses an extension beyond the rule, or on a rule that has none', () => {
    expect(() => due('awardWithinFortyFiveDays', '2026-03-02', { extensionDays: 16 })).toThrow(ExtensionNotAllowed);
    expect(() => due('acceptanceWithinFiveDays', '2026-03-02', { extensionDays: 1 })).toThrow(ExtensionNotAllowed);
  });

  it('refuses to guess beyond the holiday data', () => {
    // 20 Dec 2026 + 15 = 4 Jan 2027: no 2027 notice loaded.
    expect(() => due('mediationWindowIsFifteenDays', '2026-12-20')).toThrow(CalendarDataMissing);
    expect(() => calendar.isWorkingDay('2024-12-31')).toThrow(/no holiday data for 2024/);
  });

  it('counts the one-year limitation, moving off a weekend, and clamps 29 February', () => {
    // 15 Mar 2025 + 1 year = Sun 15 Mar 2026 → Mon 16 Mar.
    expect(due('limitationOneYear', '2025-03-15').dueOn).toBe('2026-03-16');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('rejects dates that do not exist', () => {
    expect(() => parseLegalDate('2026-02-30')).toThrow(InvalidLegalDate);
    expect(() => parseLegalDate('2026-2-3')).toThrow(InvalidLegalDate);
    expect(parseLegalDate('2028-02-29')).toBe('2028-02-29');
  });
});

describe('properties', () => {
  const calendarRules = (Object.keys(statutoryPeriods) as PeriodRule[]).filter(
    (rule) => statutoryPeriods[rule].unit === 'days' && statutoryPeriods[rule].dayKind === 'calendar',
  );
  const triggers = fc.integer({ min: 0, max: 640 }).map((n) => addDays('2025-01-01', n));

  it('a calendar-day period ends on a working day, never before trigger + N', () => {
    fc.assert(
      fc.property(fc.constantFrom(...calendarRules), triggers, (rule, trigger) => {
        const { dueOn } = due(rule, trigger);
        expect(calendar.isWorkingDay(dueOn!)).toBe(true);
        expect(compareDates(dueOn!, addDays(trigger, statutoryPeriods[rule].length))).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('a pause never brings an end forward', () => {
    fc.assert(
      fc.property(triggers, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 30 }), (trigger, offset, length) => {
        const from = addDays(trigger, offset);
        const plain = due('awardWithinFortyFiveDays', trigger).dueOn!;
        const paused = due('awardWithinFortyFiveDays', trigger, { pauses: [{ from, to: addDays(from, length) }] }).dueOn!;
        expect(compareDates(paused, plain)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
