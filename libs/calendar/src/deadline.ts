import { addDays, addYears, compareDates, daysBetween, type LegalDate } from './legal-date.js';
import { statutoryPeriods, type PeriodRule } from './statutory-periods.js';
import type { WorkingCalendar } from './working-calendar.js';

/**
 * How a statutory period is counted:
 * - it starts the day after its trigger (the starting day is not counted, CPL 85);
 * - calendar days: the period ends N days later; if that day is a rest day (法定休假日, weekends included unless
 *   they are make-up working days) it ends on the next working day (CPL 85);
 * - working days: the N-th working day after the trigger, honouring holidays and make-up working days;
 * - pauses (中止 suspension, 公告送达 service by publication, Rules 46): a day does not count if the clock was
 *   paused at its end, so a pause from S resumed on R leaves out days S … R-1. An open pause leaves no end date;
 * - an extension adds days to the count, up to the rule's maximum (the once-only rule is the decider's);
 * - years (limitation, LDMAL 27): the same day N years on (29 Feb → 28 Feb), then as calendar days.
 */
export interface DeadlineInput {
  readonly rule: PeriodRule;
  readonly trigger: LegalDate;
  readonly pauses?: readonly { readonly from: LegalDate; readonly to?: LegalDate }[];
  readonly extensionDays?: number;
}

export interface DeadlineExplanation {
  readonly summary: string;
  readonly rule: PeriodRule;
  readonly article: string;
  readonly dayKind: 'calendar' | 'working';
  readonly length: number;
  readonly unit: 'days' | 'years';
  readonly trigger: LegalDate;
  readonly startsOn: LegalDate;
  readonly pauses: readonly { from: LegalDate; to?: LegalDate; daysNotCounted: number }[];
  readonly extensionDays: number;
  readonly restDaysCrossed: readonly { date: LegalDate; name: string }[];
  readonly makeUpWorkdaysCrossed: readonly LegalDate[];
  readonly moved?: { readonly from: LegalDate; readonly to: LegalDate; readonly because: string };
  /** While paused: how many days (of the period's kind) are still to run. */
  readonly remaining?: number;
}

export interface ComputedDeadline {
  readonly dueOn: LegalDate | null;
  readonly state: 'running' | 'paused';
  readonly explanation: DeadlineExplanation;
}

export class ExtensionNotAllowed extends Error {
  override readonly name = 'ExtensionNotAllowed';
  constructor(readonly rule: PeriodRule, readonly extensionDays: number, readonly maximum: number) {
    super(`${rule}: an extension of ${extensionDays} days exceeds the maximum of ${maximum}`);
  }
}

/** Ten years of days: far beyond any statutory period, so a bad input fails instead of looping. */
const WALK_LIMIT = 3_660;

type Interval = { from: LegalDate; to?: LegalDate };

/** Pauses clipped to the counted span and merged where they touch or overlap. */
function normalisePauses(pauses: readonly Interval[], startsOn: LegalDate): Interval[] {
  const clipped = pauses
    .map((p) => ({ from: compareDates(p.from, startsOn) < 0 ? startsOn : p.from, ...(p.to !== undefined ? { to: p.to } : {}) }))
    .filter((p) => p.to === undefined || compareDates(p.to, p.from) > 0)
    .sort((a, b) => compareDates(a.from, b.from));
  const merged: Interval[] = [];
  for (const pause of clipped) {
    const last = merged[merged.length - 1];
    if (last && (last.to === undefined || compareDates(pause.from, last.to) <= 0)) {
      if (last.to !== undefined) merged[merged.length - 1] = pause.to === undefined || compareDates(pause.to, last.to) > 0 ? { from: last.from, ...(pause.to !== undefined ? { to: pause.to } : {}) } : last;
    } else merged.push(pause);
  }
  return merged;
}

const pausedOn = (pauses: readonly Interval[], day: LegalDate) =>
  pauses.some((p) => compareDates(day, p.from) >= 0 && (p.to === undefined || compareDates(day, p.to) < 0));

export function computeDeadline(input: DeadlineInput, calendar: WorkingCalendar): ComputedDeadline {
  const period = statutoryPeriods[input.rule];
  const extensionDays = input.extensionDays ?? 0;
  const maximum: number = ('maxExtensionDays' in period ? period.maxExtensionDays : undefined) ?? 0;
  if (extensionDays < 0 || extensionDays > maximum) throw new ExtensionNotAllowed(input.rule, extensionDays, maximum);

  const startsOn = addDays(input.trigger, 1);
  const pauses = normalisePauses(input.pauses ?? [], startsOn);
  // Years are turned into the calendar days they span, so pauses and the rest-day rule apply the same way.
  const length = period.unit === 'years' ? daysBetween(input.trigger, addYears(input.trigger, period.length)) : period.length;
  const toCount = length + extensionDays;
  const counts = (day: LegalDate) => period.dayKind === 'calendar' || calendar.isWorkingDay(day);

  let counted = 0;
  let day = input.trigger;
  for (let steps = 0; counted < toCount; steps++) {
    if (steps > WALK_LIMIT) throw new Error(`${input.rule}: no end found within ${WALK_LIMIT} days`);
    day = addDays(day, 1);
    const openPause = pauses.find((p) => p.to === undefined && compareDates(day, p.from) >= 0);
    if (openPause) {
      const remaining = toCount - counted;
      const summary = `${input.rule} (${period.article}) is paused since ${openPause.from}: ${remaining} ${period.dayKind} days remain`;
      const explanation: DeadlineExplanation = {
        ...baseExplanation(input, startsOn, extensionDays),
        summary,
        pauses: pauses.map((p) => ({ ...p, daysNotCounted: 0 })),
        remaining,
      };
      return { dueOn: null, state: 'paused', explanation };
    }
    if (!pausedOn(pauses, day) && counts(day)) counted++;
  }

  let dueOn = day;
  let moved: DeadlineExplanation['moved'];
  if (period.dayKind === 'calendar' && calendar.isRestDay(dueOn)) {
    const next = calendar.nextWorkingDay(dueOn);
    moved = { from: dueOn, to: next, because: `${dueOn} is a rest day (${calendar.holidayName(dueOn)})` };
    dueOn = next;
  }

  const explanation: DeadlineExplanation = {
    ...baseExplanation(input, startsOn, extensionDays),
    pauses: pauses.map((p) => ({ ...p, daysNotCounted: daysNotCounted(p, dueOn, counts) })),
    ...crossings(calendar, period.dayKind, startsOn, dueOn),
    ...(moved ? { moved } : {}),
  };
  return { dueOn, state: 'running', explanation: { ...explanation, summary: summarise(explanation, dueOn) } };
}

function daysNotCounted(pause: Interval, dueOn: LegalDate, counts: (d: LegalDate) => boolean): number {
  let n = 0;
  for (let d = pause.from; compareDates(d, pause.to ?? dueOn) < 0 && compareDates(d, dueOn) <= 0; d = addDays(d, 1)) if (counts(d)) n++;
  return n;
}

/** Rest days and make-up working days between the start and the end: the facts a reader checks the count against. */
function crossings(calendar: WorkingCalendar, dayKind: 'calendar' | 'working', startsOn: LegalDate, dueOn: LegalDate) {
  const restDaysCrossed: { date: LegalDate; name: string }[] = [];
  const makeUpWorkdaysCrossed: LegalDate[] = [];
  // Calendar-day periods need the holiday data only at their end: do not demand a year's notice for the days between.
  const from = dayKind === 'calendar' ? dueOn : startsOn;
  for (let d = from; compareDates(d, dueOn) <= 0; d = addDays(d, 1)) {
    const name = calendar.holidayName(d);
    if (name) restDaysCrossed.push({ date: d, name });
    else if (isWeekend(d)) makeUpWorkdaysCrossed.push(d);
  }
  return { restDaysCrossed, makeUpWorkdaysCrossed };
}

const isWeekend = (d: LegalDate) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());

function baseExplanation(input: DeadlineInput, startsOn: LegalDate, extensionDays: number): DeadlineExplanation {
  const period = statutoryPeriods[input.rule];
  return {
    summary: '',
    rule: input.rule,
    article: period.article,
    dayKind: period.dayKind,
    length: period.length,
    unit: period.unit,
    trigger: input.trigger,
    startsOn,
    pauses: [],
    extensionDays,
    restDaysCrossed: [],
    makeUpWorkdaysCrossed: [],
  };
}

function summarise(e: DeadlineExplanation, dueOn: LegalDate): string {
  const paused = e.pauses.reduce((sum, p) => sum + p.daysNotCounted, 0);
  const parts = [`${e.length} ${e.unit === 'years' ? 'year(s)' : `${e.dayKind} days`} after ${e.trigger} (${e.article})`];
  if (paused) parts.push(`+${paused} days paused`);
  if (e.extensionDays) parts.push(`+${e.extensionDays} days extension`);
  parts.push(`ends ${dueOn}`);
  if (e.moved) parts.push(`(moved from ${e.moved.from}: ${e.moved.because})`);
  return parts.join(', ');
}

export const isOverdue = (dueOn: LegalDate, today: LegalDate): boolean => compareDates(today, dueOn) > 0;

/** Calendar days left until the end date (0 on the day itself, negative once overdue). */
export const daysUntil = (dueOn: LegalDate, today: LegalDate): number => daysBetween(today, dueOn);
