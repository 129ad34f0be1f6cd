import { computeDeadline, isPeriodRule, workingCalendar, type WorkingCalendar } from '#calendar';
import type { DeadlineClock } from '#domain-core';

/** The one clock every stage's decider is given: `#calendar`'s counting, its explanation stored with the deadline. */
export function statutoryClock(calendar: WorkingCalendar = workingCalendar()): DeadlineClock {
  return {
    compute({ rule, trigger, pauses, extensionDays }) {
      if (!isPeriodRule(rule)) throw new Error(`no statutory period named "${rule}" (see libs/calendar/src/statutory-periods.ts)`);
      const { dueOn, explanation } = computeDeadline(
        { rule, trigger, pauses: pauses?.map(({ from, to }) => (to === undefined ? { from } : { from, to })), extensionDays },
        calendar,
      );
      return { dueOn, explanation: { ...explanation } };
    },
  };
}
