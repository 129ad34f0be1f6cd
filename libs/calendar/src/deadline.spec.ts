import { computeDeadline, ExtensionNotAllowed, InvalidDeadlineInput, isOverdue, remainingDays, type DeadlineInput } from './deadline.js';
import { InvalidLegalDate } from './legal-date.js';
import type { PeriodRule } from './statutory-periods.js';
import { CalendarDataMissing, workingCalendar } from './working-calendar.js';

const calendar = workingCalendar();
const due = (rule: PeriodRule, trigger: string, extra: Omit<DeadlineInput, 'rule' | 'trigger'> = {}) =>
  computeDeadline({ rule, trigger, ...extra }, calendar);

describe('working-day periods', () => {
  it('crosses the 2026 Spring Festival, counting the make-up Saturday 14 February', () => {
    // Trigger Thu 12 Feb, not counted. Fri 13 = 1; Sat 14 (make-up) = 2; 15–23 Feb 春节 (9 rest days);
    // Tue 24 = 3, Wed 25 = 4, Thu 26 = 5.
    const d = due('acceptanceWithinFiveDays', '2026-02-12');
    expect(d).toMatchObject({ state: 'running', dueOn: '2026-02-26' });
    expect(d.explanation.makeUpWorkdaysCrossed).toEqual([{ date: '2026-02-14', name: '春节', nameEn: 'Spring Festival' }]);
    expect(d.explanation.restDaysCrossed).toHaveLength(9);
    expect(d.explanation.restDaysCrossed[0]).toEqual({ date: '2026-02-15', kind: 'holiday', name: '春节', nameEn: 'Spring Festival' });
    expect(d.explanation.summary).toBe('5 working days after 2026-02-12 (LDMAL 29; Rules 80), skipping 9 rest days (春节), ends 2026-02-26');
    expect(d.explanation.holidayNotices).toEqual(['国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）']);
  });

  it('counts the make-up Saturday 28 February after the Spring Festival', () => {
    // Trigger Wed 25 Feb. Thu 26 = 1; Fri 27 = 2; Sat 28 (make-up) = 3; Sun 1 Mar rest; Mon 2 = 4; Tue 3 = 5.
    const d = due('serviceOfDefenceWithinFiveDays', '2026-02-25');
    expect(d.dueOn).toBe('2026-03-03');
    expect(d.explanation.makeUpWorkdaysCrossed.map((m) => m.date)).toEqual(['2026-02-28']);
    expect(d.explanation.restDaysCrossed).toEqual([{ date: '2026-03-01', kind: 'weekend', name: '周末', nameEn: 'weekend' }]);
  });

  it('counts ten working days over both Spring Festival make-up days', () => {
    // Trigger Thu 12 Feb. 13 = 1, Sat 14 = 2, (15–23 春节), 24 = 3, 25 = 4, 26 = 5, 27 = 6, Sat 28 = 7,
    // (Sun 1 Mar), Mon 2 = 8, Tue 3 = 9, Wed 4 = 10.
    const d = due('defenceWithinTenDays', '2026-02-12');
    expect(d.dueOn).toBe('2026-03-04');
    expect(d.explanation.makeUpWorkdaysCrossed.map((m) => m.date)).toEqual(['2026-02-14', '2026-02-28']);
  });

  it('crosses National Day 2025 with its Sunday make-up day 28 September', () => {
    // Trigger Fri 26 Sep. Sat 27 rest; Sun 28 (make-up) = 1; Mon 29 = 2; Tue 30 = 3; 1–8 Oct 国庆节、中秋节;
    // Thu 9 = 4; Fri 10 = 5.
    const d = due('serviceOfApplicationWithinFiveDays', '2025-09-26');
    expect(d.dueOn).toBe('2025-10-10');
    expect(d.explanation.restDaysCrossed.map((r) => r.name)).toEqual(['周末', ...Array<string>(8).fill('国庆节、中秋节')]);
    expect(d.explanation.summary).toBe(
      '5 working days after 2025-09-26 (LDMAL 30), skipping 9 rest days (weekend, 国庆节、中秋节), ends 2025-10-10',
    );
  });

  it('counts the Saturday make-up day 11 October 2025 in a ten-day period', () => {
    // As above to Fri 10 Oct = 5; Sat 11 (make-up) = 6; Sun 12 rest; Mon 13 = 7; 14 = 8; 15 = 9; Thu 16 = 10.
    const d = due('defenceWithinTenDays', '2025-09-26');
    expect(d.dueOn).toBe('2025-10-16');
    expect(d.explanation.makeUpWorkdaysCrossed.map((m) => m.date)).toEqual(['2025-09-28', '2025-10-11']);
  });

  it('leaves out the working days of a pause', () => {
    // Trigger Mon 2 Mar 2026. Tue 3 = 1; paused Wed 4 and Thu 5 (resumed 6); Fri 6 = 2; Mon 9 = 3; Tue 10 = 4; Wed 11 = 5.
    const d = due('acceptanceWithinFiveDays', '2026-03-02', { pauses: [{ from: '2026-03-04', to: '2026-03-06', reason: 'suspension' }] });
    expect(d.dueOn).toBe('2026-03-11');
    expect(d.explanation.pauses).toEqual([{ from: '2026-03-04', to: '2026-03-06', open: false, reasons: ['suspension'], daysNotCounted: 2 }]);
    expect(d.explanation.summary).toBe('5 working days after 2026-03-02 (LDMAL 29; Rules 80), +2 working days suspended, skipping 2 rest days (weekend), ends 2026-03-11');
  });
});

describe('calendar-day periods', () => {
  it('moves an end inside National Day 2026 to the next working day', () => {
    // 20 Sep + 15 = 5 Oct (20 + 10 = 30 Sep, + 5 = 5 Oct), inside 国庆节 1–7 Oct. Thu 8 Oct is the next working day.
    const d = due('mediationWindowIsFifteenDays', '2026-09-20');
    expect(d.dueOn).toBe('2026-10-08');
    expect(d.explanation.countEndsOn).toBe('2026-10-05');
    expect(d.explanation.moved).toEqual({
      from: '2026-10-05',
      to: '2026-10-08',
      because: '2026-10-05 is a rest day (国庆节)',
      restDays: ['2026-10-05', '2026-10-06', '2026-10-07'].map((date) => ({ date, kind: 'holiday', name: '国庆节', nameEn: 'National Day' })),
    });
    // The holidays inside the period count like any day: 中秋节 25–27 Sep and 国庆节 1–5 Oct.
    expect(d.explanation.restDaysCrossed.map((r) => r.date)).toEqual([
      '2026-09-25', '2026-09-26', '2026-09-27', '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05',
    ]);
    expect(d.explanation.summary).toBe('15 calendar days after 2026-09-20 (LDMAL 14), ends 2026-10-08 (moved from 2026-10-05, a rest day: 国庆节)');
  });

  it('does not move an end on a Saturday that is a make-up working day', () => {
    // 25 Sep 2026 + 15 = Sat 10 Oct (25 + 5 = 30 Sep, + 10 = 10 Oct): a make-up working day for 国庆节.
    const d = due('suitAfterNonFinalAwardFifteenDays', '2026-09-25');
    expect(d.dueOn).toBe('2026-10-10');
    expect(d.explanation.moved).toBeUndefined();
    // 26 Sep 2025 + 15 = Sat 11 Oct 2025 (26 + 4 = 30 Sep, + 11 = 11 Oct): a make-up working day too.
    expect(due('appealFifteenDays', '2025-09-26').dueOn).toBe('2025-10-11');
  });

  it('moves an end on an ordinary weekend to Monday', () => {
    // Fri 6 Mar 2026 + 15 = Sat 21 Mar; Sun 22 rest; Mon 23.
    const d = due('workerSuitAfterFinalAwardFifteenDays', '2026-03-06');
    expect(d.dueOn).toBe('2026-03-23');
    expect(d.explanation.moved?.because).toBe('2026-03-21 is a rest day (weekend)');
  });

  it('leaves out a suspension in the middle of the 45 days', () => {
    // 20 Jan + 45 = 6 Mar (20 + 11 = 31 Jan, + 28 = 28 Feb, + 6 = 6 Mar). Suspended 2 Feb, resumed 14 Feb:
    // 2–13 Feb (12 days) do not count, so 6 Mar + 12 = Wed 18 Mar, a working day.
    const d = due('awardWithinFortyFiveDays', '2026-01-20', { pauses: [{ from: '2026-02-02', to: '2026-02-14', reason: 'suspension' }] });
    expect(d.dueOn).toBe('2026-03-18');
    expect(d.explanation.pausedDays).toBe(12);
    expect(d.explanation.summary).toBe('45 calendar days after 2026-01-20 (LDMAL 43), +12 days suspended, ends 2026-03-18');
  });

  it('adds a 15-day extension, moving off the Labour Day holiday', () => {
    // Accepted Mon 2 Mar 2026: + 45 = Thu 16 Apr (2 + 29 = 31 Mar, + 16 = 16 Apr).
    // + 15 extension = Fri 1 May, inside 劳动节 1–5 May: Wed 6 May.
    expect(due('awardWithinFortyFiveDays', '2026-03-02').dueOn).toBe('2026-04-16');
    const extended = due('awardWithinFortyFiveDays', '2026-03-02', { extensionDays: 15 });
    expect(extended.dueOn).toBe('2026-05-06');
    expect(extended.explanation).toMatchObject({ extensionDays: 15, extensionLimit: { rule: 'awardExtensionAtMostFifteenDays', maxDays: 15 } });
    expect(extended.explanation.summary).toBe('45 calendar days after 2026-03-02 (LDMAL 43), +15 days extension, ends 2026-05-06 (moved from 2026-05-01, a rest day: 劳动节)');
  });

  it('adds a suspension and an extension together', () => {
    // 16 Apr + 12 suspended (10–21 Mar) = Tue 28 Apr; + 15 extension = Wed 13 May, a working day.
    const d = due('awardWithinFortyFiveDays', '2026-03-02', { pauses: [{ from: '2026-03-10', to: '2026-03-22' }], extensionDays: 15 });
    expect(d.dueOn).toBe('2026-05-13');
    expect(d.explanation.summary).toBe('45 calendar days after 2026-03-02 (LDMAL 43), +12 days suspended, +15 days extension, ends 2026-05-13');
  });

  it('merges overlapping pauses and ignores what lies before the trigger', () => {
    // 20 Feb–1 Mar lies before the first counted day (3 Mar); 10–16 and 14–22 Mar merge into 10–22 (12 days):
    // 16 Apr + 12 = 28 Apr.
    const d = due('awardWithinFortyFiveDays', '2026-03-02', {
      pauses: [
        { from: '2026-02-20', to: '2026-03-01', reason: 'service_by_publication' },
        { from: '2026-03-10', to: '2026-03-16', reason: 'suspension' },
        { from: '2026-03-14', to: '2026-03-22', reason: 'service_by_publication' },
      ],
    });
    expect(d.dueOn).toBe('2026-04-28');
    expect(d.explanation.pauses).toEqual([
      { from: '2026-03-10', to: '2026-03-22', open: false, reasons: ['suspension', 'service_by_publication'], daysNotCounted: 12 },
    ]);
  });

  it('clips a pause that began before the trigger', () => {
    // Paused 25 Feb, resumed 5 Mar: only 3 and 4 Mar fall in the period (2 days). 16 Apr + 2 = Sat 18 Apr → Mon 20 Apr.
    const d = due('awardWithinFortyFiveDays', '2026-03-02', { pauses: [{ from: '2026-02-25', to: '2026-03-05' }] });
    expect(d.dueOn).toBe('2026-04-20');
    expect(d.explanation.pauses[0]).toMatchObject({ from: '2026-03-03', daysNotCounted: 2 });
  });

  it('ignores a pause resumed the day it began, and one after the end', () => {
    expect(due('awardWithinFortyFiveDays', '2026-03-02', { pauses: [{ from: '2026-03-10', to: '2026-03-10' }] }).dueOn).toBe('2026-04-16');
    expect(due('awardWithinFortyFiveDays', '2026-03-02', { pauses: [{ from: '2026-05-01', to: '2026-05-20' }] }).dueOn).toBe('2026-04-16');
  });
});

describe('an open pause', () => {
  it('has no end while paused, and says how much is left', () => {
    // 3–9 Mar count (7 days) before the suspension of 10 Mar: 45 - 7 = 38 remain.
    const d = due('awardWithinFortyFiveDays', '2026-03-02', { pauses: [{ from: '2026-03-10', reason: 'suspension' }] });
    expect(d).toMatchObject({ state: 'paused', dueOn: null, explanation: { counted: 7, remaining: 38, countEndsOn: null } });
    expect(d.explanation.pauses).toEqual([{ from: '2026-03-10', open: true, reasons: ['suspension'], daysNotCounted: 0 }]);
    expect(d.explanation.summary).toBe('45 calendar days after 2026-03-02 (LDMAL 43), paused since 2026-03-10: 7 counted, 38 to run');
    expect(remainingDays(d, '2026-12-31')).toBe(38);
  });

  it('keeps what earlier pauses left out', () => {
    // 3–4 Mar count (2); 5–9 Mar paused (resumed 10); 10–11 Mar count (4 in all); paused again from 12 Mar: 41 remain.
    const d = due('awardWithinFortyFiveDays', '2026-03-02', { pauses: [{ from: '2026-03-05', to: '2026-03-10' }, { from: '2026-03-12' }] });
    expect(d.explanation).toMatchObject({ counted: 4, remaining: 41, pausedDays: 5 });
  });

  it('pauses from the start when it began before the trigger', () => {
    const d = due('awardWithinFortyFiveDays', '2026-03-02', { pauses: [{ from: '2026-02-20' }] });
    expect(d.explanation).toMatchObject({ counted: 0, remaining: 45 });
  });

  it('does not matter once the period has ended', () => {
    expect(due('awardWithinFortyFiveDays', '2026-03-02', { pauses: [{ from: '2026-04-17' }] })).toMatchObject({ state: 'running', dueOn: '2026-04-16' });
  });
});

describe('periods counted back from a hearing', () => {
  it('gives the latest day for the hearing notice', () => {
    // Hearing Fri 20 Mar 2026, not counted. Thu 19 = 1, Wed 18 = 2, Tue 17 = 3, Mon 16 = 4, (Sun 15, Sat 14), Fri 13 = 5.
    const d = due('hearingNoticeAtLeastFiveDays', '2026-03-20');
    expect(d.dueOn).toBe('2026-03-13');
    expect(d.explanation.startsOn).toBe('2026-03-19');
    expect(d.explanation.summary).toBe('5 working days before 2026-03-20 (LDMAL 35; Rules 38), skipping 2 rest days (weekend), latest 2026-03-13');
  });

  it('counts back over the Spring Festival and its make-up Saturday', () => {
    // Hearing Thu 26 Feb. Wed 25 = 1, Tue 24 = 2, (23–15 春节), Sat 14 (make-up) = 3, Fri 13 = 4, Thu 12 = 5.
    expect(due('hearingNoticeAtLeastFiveDays', '2026-02-26').dueOn).toBe('2026-02-12');
    // Three working days before Fri 20 Mar: Thu 19, Wed 18, Tue 17.
    expect(due('postponementRequestAtLeastThreeDays', '2026-03-20').dueOn).toBe('2026-03-17');
  });

  it('moves a calendar-day count off a rest day earlier, not later', () => {
    // Overridden to calendar days: 5 days before Sat 10 Oct 2026 = Mon 5 Oct, inside 国庆节; the last working day
    // before it is Wed 30 Sep.
    const d = due('hearingNoticeAtLeastFiveDays', '2026-10-10', { periodOverride: { reason: 'reading Rules 80 as calendar days', dayKind: 'calendar' } });
    expect(d.dueOn).toBe('2026-09-30');
    expect(d.explanation.moved).toMatchObject({ from: '2026-10-05', to: '2026-09-30' });
    expect(d.explanation.moved?.restDays.map((r) => r.date)).toEqual(['2026-10-05', '2026-10-04', '2026-10-03', '2026-10-02', '2026-10-01']);
  });

  it('takes no pauses or extension', () => {
    expect(() => due('hearingNoticeAtLeastFiveDays', '2026-03-20', { pauses: [{ from: '2026-03-16' }] })).toThrow(InvalidDeadlineInput);
  });
});

describe('the one-year limitation', () => {
  it('runs to the same date a year on, moving off a weekend', () => {
    // 15 Mar 2025 + 1 year = Sun 15 Mar 2026 → Mon 16 Mar.
    const d = due('limitationOneYear', '2025-03-15');
    expect(d.dueOn).toBe('2026-03-16');
    expect(d.explanation.daysToCount).toBe(365);
    expect(d.explanation.summary).toBe('1 year after 2025-03-15 (LDMAL 27), ends 2026-03-16 (moved from 2026-03-15, a rest day: weekend)');
  });

  it('clamps 29 February to 28 February, without needing the year of the trigger', () => {
    // 29 Feb 2024 + 1 year = Fri 28 Feb 2025, a working day; the 2024 notice is not loaded and is not needed.
    const d = due('limitationOneYear', '2024-02-29');
    expect(d.dueOn).toBe('2025-02-28');
    expect(d.explanation.daysToCount).toBe(365);
    expect(d.explanation.holidayNotices).toEqual(['国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）']);
  });

  it('moves an end inside a holiday', () => {
    // 1 Jun 2024 + 1 year = Sun 1 Jun 2025, inside 端午节 (31 May–2 Jun): Tue 3 Jun.
    expect(due('limitationOneYear', '2024-06-01').dueOn).toBe('2025-06-03');
  });

  it('is suspended like any calendar-day period (LDMAL 27: 中止)', () => {
    // 15 Mar 2026 + 10 days suspended (1–10 Jun 2025) = Wed 25 Mar 2026.
    expect(due('limitationOneYear', '2025-03-15', { pauses: [{ from: '2025-06-01', to: '2025-06-11' }] }).dueOn).toBe('2026-03-25');
  });
});

describe('a period override', () => {
  it('replaces the length for one computation and says so', () => {
    // Five working days after Mon 2 Mar 2026: Tue 3 … Fri 6 = 4, Mon 9 = 5.
    const d = due('defenceWithinTenDays', '2026-03-02', { periodOverride: { reason: 'simplified procedure', length: 5 } });
    expect(d.dueOn).toBe('2026-03-09');
    expect(d.explanation.override).toEqual({ reason: 'simplified procedure', length: 5, statutory: { length: 10, unit: 'days', dayKind: 'working' } });
    expect(d.explanation.summary).toMatch(/^5 working days \(overridden: simplified procedure\) after 2026-03-02 \(LDMAL 30\)/);
  });

  it('refuses an override without a reason or with a meaningless period', () => {
    expect(() => due('defenceWithinTenDays', '2026-03-02', { periodOverride: { reason: ' ', length: 5 } })).toThrow(InvalidDeadlineInput);
    expect(() => due('defenceWithinTenDays', '2026-03-02', { periodOverride: { reason: 'x', length: 0 } })).toThrow(/whole number from 1/);
    expect(() => due('defenceWithinTenDays', '2026-03-02', { periodOverride: { reason: 'x', unit: 'years' } })).toThrow(/calendar days/);
    expect(() => due('limitationOneYear', '2025-03-02', { periodOverride: { reason: 'x', length: 1000 } })).toThrow(/beyond any statutory period/);
  });
});

describe('what the clock refuses', () => {
  it('an extension beyond the rule’s maximum, or on a rule that has none', () => {
    expect(() => due('awardWithinFortyFiveDays', '2026-03-02', { extensionDays: 16 })).toThrow(ExtensionNotAllowed);
    expect(() => due('awardWithinFortyFiveDays', '2026-03-02', { extensionDays: -1 })).toThrow(ExtensionNotAllowed);
    expect(() => due('awardWithinFortyFiveDays', '2026-03-02', { extensionDays: 2.5 })).toThrow(ExtensionNotAllowed);
    expect(() => due('acceptanceWithinFiveDays', '2026-03-02', { extensionDays: 1 })).toThrow(/allows no extension/);
    expect(due('acceptanceWithinFiveDays', '2026-03-02', { extensionDays: 0 }).dueOn).toBe('2026-03-09');
  });

  it('a count that runs beyond the holiday data', () => {
    // 20 Dec 2026 + 15 = 4 Jan 2027: whether that is a working day depends on the 2027 notice, not loaded.
    expect(() => due('mediationWindowIsFifteenDays', '2026-12-20')).toThrow(CalendarDataMissing);
    // Tue 29 Dec 2026: Wed 30 = 1, Thu 31 = 2, then 2027.
    expect(() => due('acceptanceWithinFiveDays', '2026-12-29')).toThrow(/no holiday data for 2027/);
  });

  it('dates that do not exist, and pauses that end before they start', () => {
    expect(() => due('acceptanceWithinFiveDays', '2026-02-30')).toThrow(InvalidLegalDate);
    expect(() => due('awardWithinFortyFiveDays', '2026-03-02', { pauses: [{ from: '2026-03-32' }] })).toThrow(InvalidLegalDate);
    expect(() => due('awardWithinFortyFiveDays', '2026-03-02', { pauses: [{ from: '2026-03-10', to: '2026-03-09' }] })).toThrow(InvalidDeadlineInput);
  });

  it('a rule it has no period for', () => {
    expect(() => due('noSuchRule' as PeriodRule, '2026-03-02')).toThrow(/noSuchRule: no statutory period of that name/);
  });
});

describe('remainingDays and isOverdue', () => {
  it('count calendar days to a running deadline; the due day itself is in time', () => {
    const d = due('acceptanceWithinFiveDays', '2026-02-12'); // due 2026-02-26
    expect(remainingDays(d, '2026-02-20')).toBe(6);
    expect(remainingDays(d, '2026-02-26')).toBe(0);
    expect(remainingDays(d, '2026-02-27')).toBe(-1);
    expect(isOverdue(d.dueOn, '2026-02-26')).toBe(false);
    expect(isOverdue(d.dueOn, '2026-02-27')).toBe(true);
    expect(isOverdue(null, '2030-01-01')).toBe(false);
  });
});
