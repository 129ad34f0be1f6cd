import fc from 'fast-check';
import { computeDeadline } from './deadline.js';
import { addDays, addYears, compareDates, daysBetween, type LegalDate } from './legal-date.js';
import { periodRules, statutoryPeriods, type PeriodRule } from './statutory-periods.js';
import { workingCalendar } from './working-calendar.js';

const calendar = workingCalendar();
const FIRST = '2025-01-01';
const LAST = '2026-12-31';
/** Room after a count for the longest run of rest days to end (8 days of 国庆节 2025 plus a weekend). */
const SLACK = 12;

const nominalEnd = (rule: PeriodRule, trigger: LegalDate): LegalDate => {
  const p = statutoryPeriods[rule];
  return p.unit === 'years' ? addYears(trigger, p.length) : addDays(trigger, p.length);
};
/** Triggers whose whole count, and any move off a rest day, stays inside the loaded years. */
const triggersFor = (rule: PeriodRule, extraDays = 0) => {
  const p = statutoryPeriods[rule];
  const span = (p.unit === 'years' ? 366 * p.length : p.dayKind === 'working' ? p.length * 2 + 10 : p.length) + extraDays + SLACK;
  return fc.integer({ min: 0, max: daysBetween(FIRST, LAST) - span }).map((n) => addDays(FIRST, n));
};
const rulesWhere = (keep: (rule: PeriodRule) => boolean) => periodRules.filter(keep);
const workingDaysIn = (from: LegalDate, to: LegalDate): number => {
  let n = 0;
  for (let d = from; compareDates(d, to) <= 0; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) n++;
  return n;
};

const calendarAfter = rulesWhere((r) => statutoryPeriods[r].dayKind === 'calendar' && statutoryPeriods[r].direction === 'after');
const workingAfter = rulesWhere((r) => statutoryPeriods[r].dayKind === 'working' && statutoryPeriods[r].direction === 'after');
const workingBefore = rulesWhere((r) => statutoryPeriods[r].dayKind === 'working' && statutoryPeriods[r].direction === 'before');
const ruleAndTrigger = (rules: readonly PeriodRule[]) =>
  fc.constantFrom(...rules).chain((rule) => triggersFor(rule).map((trigger) => [rule, trigger] as const));

describe('properties of the clock within the loaded years', () => {
  it('a calendar-day period ends on the first working day on or after trigger + N', () => {
    fc.assert(
      fc.property(ruleAndTrigger(calendarAfter), ([rule, trigger]) => {
        const { dueOn } = computeDeadline({ rule, trigger }, calendar);
        const end = nominalEnd(rule, trigger);
        expect(dueOn).not.toBeNull();
        expect(calendar.isWorkingDay(dueOn!)).toBe(true);
        expect(compareDates(dueOn!, end)).toBeGreaterThanOrEqual(0);
        for (let d = end; compareDates(d, dueOn!) < 0; d = addDays(d, 1)) expect(calendar.isRestDay(d)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a working-day period ends on the N-th working day after the trigger', () => {
    fc.assert(
      fc.property(ruleAndTrigger(workingAfter), ([rule, trigger]) => {
        const { dueOn } = computeDeadline({ rule, trigger }, calendar);
        expect(calendar.isWorkingDay(dueOn!)).toBe(true);
        expect(workingDaysIn(addDays(trigger, 1), dueOn!)).toBe(statutoryPeriods[rule].length);
      }),
      { numRuns: 300 },
    );
  });

  it('a period counted back leaves N working days before the trigger, from the latest day on', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...workingBefore),
        fc.integer({ min: 30, max: daysBetween(FIRST, LAST) }).map((n) => addDays(FIRST, n)),
        (rule, trigger) => {
          const { dueOn } = computeDeadline({ rule, trigger }, calendar);
          expect(calendar.isWorkingDay(dueOn!)).toBe(true);
          expect(workingDaysIn(dueOn!, addDays(trigger, -1))).toBe(statutoryPeriods[rule].length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a later trigger never gives an earlier end', () => {
    fc.assert(
      fc.property(ruleAndTrigger([...calendarAfter, ...workingAfter]), fc.integer({ min: 1, max: 10 }), ([rule, trigger], later) => {
        const a = computeDeadline({ rule, trigger }, calendar).dueOn!;
        const b = computeDeadline({ rule, trigger: addDays(trigger, later) }, calendar).dueOn!;
        expect(compareDates(b, a)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });

  it('a pause inside a calendar-day period pushes its count end back by exactly its length', () => {
    fc.assert(
      fc.property(
        triggersFor('awardWithinFortyFiveDays', 60),
        fc.integer({ min: 1, max: 45 }),
        fc.integer({ min: 1, max: 60 }),
        (trigger, offset, length) => {
          const from = addDays(trigger, offset);
          const plain = computeDeadline({ rule: 'awardWithinFortyFiveDays', trigger }, calendar);
          const paused = computeDeadline({ rule: 'awardWithinFortyFiveDays', trigger, pauses: [{ from, to: addDays(from, length) }] }, calendar);
          expect(paused.explanation.countEndsOn).toBe(addDays(plain.explanation.countEndsOn!, length));
          expect(paused.explanation.pausedDays).toBe(length);
          expect(compareDates(paused.dueOn!, plain.dueOn!)).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the explanation always accounts for the count', () => {
    fc.assert(
      fc.property(ruleAndTrigger([...calendarAfter, ...workingAfter]), ([rule, trigger]) => {
        const { dueOn, explanation } = computeDeadline({ rule, trigger }, calendar);
        expect(explanation.summary).toContain(trigger);
        expect(explanation.summary).toContain(explanation.article);
        expect(explanation.summary.endsWith(dueOn!) || explanation.summary.includes(`ends ${dueOn} (moved from`)).toBe(true);
        if (explanation.dayKind === 'calendar') expect(daysBetween(trigger, explanation.countEndsOn!)).toBe(explanation.daysToCount);
        else expect(daysBetween(trigger, dueOn!)).toBe(explanation.daysToCount + explanation.restDaysCrossed.length);
      }),
      { numRuns: 200 },
    );
  });
});
