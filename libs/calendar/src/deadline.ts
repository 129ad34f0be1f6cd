/**
 * How a statutory period is counted. CPL 85 (民事诉讼法 第85条): 期间开始的时和日，不计算在期间内 — the starting day
 * is not counted — and a period whose last day is a 法定休假日 ends on the first day after it; LDMAL and the Rules
 * count the same way.
 * - A period starts the day after its trigger.
 * - Calendar days: the count ends on trigger + N (+ extension) + the days paused. If that day is a rest day (a
 *   statutory holiday, or a weekend that is not a make-up working day: CPL 85's 法定休假日 includes weekends), the
 *   period ends on the next working day.
 * - Working days: the N-th working day after the trigger, skipping holidays and weekends and counting make-up
 *   working days (调休上班).
 * - Years (the limitation, LDMAL 27): the same month and day N years on (29 February → 28 February), counted as the
 *   calendar days that spans, so pauses and the rest-day rule apply exactly as for days.
 * - Pauses (中止 suspension, Rules 47; 公告送达 service by publication; Rules 46 leaves both out of the count): a day
 *   does not count if the clock was paused at its end, so a pause from S resumed on R leaves out S … R-1 (R - S
 *   days). Pauses are clipped to the period (what lies before the trigger is ignored) and merged where they overlap
 *   or touch. An open pause (no `to`) leaves no end: state 'paused', dueOn null, the days still to run reported.
 * - An extension adds days to the count, at most the length of the rule's `extensionLimit` (LDMAL 43: 15 days).
 *   That it is granted only once is the deciders' rule: the clock sees the total.
 * - 'before' periods ("at least N days before" a hearing, LDMAL 35) count back from the trigger, the trigger not
 *   counted; dueOn is the latest day to act. A calendar-day count landing on a rest day moves earlier, because moving
 *   it later would shorten the notice. Pauses and extensions do not apply to them. (verify: whether 开庭五日前 means
 *   N days between notice and hearing, as here, or N whole days besides both.)
 * - `periodOverride` replaces the table's length, unit or day kind for one computation (a period the simplified
 *   procedure shortens, or a corrected Rules 80 reading), and the explanation records it with its reason.
 */
import { addDays, addYears, compareDates, daysBetween, parseLegalDate, yearOf, type LegalDate } from './legal-date.js';
import { isPeriodRule, statutoryPeriods, type DayKind, type PeriodDirection, type PeriodRule, type PeriodUnit, type StatutoryPeriod } from './statutory-periods.js';
import { assertNever } from '#domain-core';
import { isWorkingStatus, type DayStatus, type WorkingCalendar } from './working-calendar.js';

export interface PauseInput {
  readonly from: LegalDate;
  /** The day the clock resumed; absent while still paused. */
  readonly to?: LegalDate;
  /** Why, as the caller names it (e.g. 'suspension', 'service_by_publication'): carried into the explanation. */
  readonly reason?: string;
}

export interface PeriodOverride {
  readonly reason: string;
  readonly length?: number;
  readonly unit?: PeriodUnit;
  readonly dayKind?: DayKind;
}

export interface DeadlineInput {
  readonly rule: PeriodRule;
  readonly trigger: LegalDate;
  readonly pauses?: readonly PauseInput[];
  readonly extensionDays?: number;
  readonly periodOverride?: PeriodOverride;
}

export interface CountedPause {
  /** Clipped to the first day of the period. */
  readonly from: LegalDate;
  readonly to?: LegalDate;
  readonly open: boolean;
  readonly reasons: readonly string[];
  /** Days (of the period's kind) that would have counted but for the pause. */
  readonly daysNotCounted: number;
}

export interface RestDayCrossed {
  readonly date: LegalDate;
  readonly kind: 'holiday' | 'weekend';
  readonly name: string;
  readonly nameEn: string;
}

export interface MakeUpWorkdayCrossed {
  readonly date: LegalDate;
  /** The holiday the day was worked for. */
  readonly name: string;
  readonly nameEn: string;
}

export interface EndMoved {
  readonly from: LegalDate;
  readonly to: LegalDate;
  readonly because: string;
  readonly restDays: readonly RestDayCrossed[];
}

export interface DeadlineExplanation {
  /** One line for a person, e.g. "45 calendar days after 2026-01-20 (LDMAL 43), +12 days suspended, ends 2026-03-18". */
  readonly summary: string;
  readonly rule: PeriodRule;
  readonly article: string;
  readonly zh: string;
  readonly en: string;
  readonly dayKind: DayKind;
  readonly dayKindBasis: string;
  readonly unit: PeriodUnit;
  readonly length: number;
  readonly direction: PeriodDirection;
  readonly override?: PeriodOverride & { readonly statutory: { readonly length: number; readonly unit: PeriodUnit; readonly dayKind: DayKind } };
  readonly trigger: LegalDate;
  /** The first day counted: the day after the trigger, or the day before it for a 'before' period. */
  readonly startsOn: LegalDate;
  /** The period in days (a year turned into the days it spans) plus the extension. */
  readonly daysToCount: number;
  readonly pauses: readonly CountedPause[];
  readonly pausedDays: number;
  readonly extensionDays: number;
  readonly extensionLimit?: { readonly rule: PeriodRule; readonly maxDays: number };
  /** Where the count itself ended, before any move off a rest day; null while paused. */
  readonly countEndsOn: LegalDate | null;
  /**
   * Working-day periods: every rest day skipped. Calendar-day periods: the statutory holidays inside the period,
   * which count like any other day (listed for the reader, and only for years whose notice is loaded).
   */
  readonly restDaysCrossed: readonly RestDayCrossed[];
  /** Weekend days counted as working days (working-day periods only). */
  readonly makeUpWorkdaysCrossed: readonly MakeUpWorkdayCrossed[];
  readonly moved?: EndMoved;
  /** The notices whose data the count used. */
  readonly holidayNotices: readonly string[];
  /** While paused: the days (of the period's kind) counted before the pause, and those still to run. */
  readonly counted?: number;
  readonly remaining?: number;
}

export type ComputedDeadline =
  | { readonly state: 'running'; readonly dueOn: LegalDate; readonly explanation: DeadlineExplanation }
  | { readonly state: 'paused'; readonly dueOn: null; readonly explanation: DeadlineExplanation };

export class ExtensionNotAllowed extends Error {
  override readonly name = 'ExtensionNotAllowed';
  constructor(readonly rule: string, readonly extensionDays: number, readonly maximum: number) {
    super(
      maximum === 0
        ? `${rule}: the law allows no extension (asked for ${extensionDays} days)`
        : `${rule}: an extension must be a whole number of days from 0 to ${maximum}, got ${extensionDays}`,
    );
  }
}

export class InvalidDeadlineInput extends Error {
  override readonly name = 'InvalidDeadlineInput';
  constructor(readonly rule: string, readonly problem: string) {
    super(`${rule}: ${problem}`);
  }
}

/** A hundred years: beyond any statutory period, so a mistyped override fails instead of walking for ever. */
const MAX_PERIOD_DAYS = 36_600;

type Period = StatutoryPeriod & { readonly override?: DeadlineExplanation['override'] };

function effectivePeriod(rule: PeriodRule, override: PeriodOverride | undefined): Period {
  const statutory = statutoryPeriods[rule];
  if (!override) return statutory;
  if (!override.reason.trim()) throw new InvalidDeadlineInput(rule, 'a period override needs a reason');
  const period: Period = {
    ...statutory,
    length: override.length ?? statutory.length,
    unit: override.unit ?? statutory.unit,
    dayKind: override.dayKind ?? statutory.dayKind,
    override: { ...override, statutory: { length: statutory.length, unit: statutory.unit, dayKind: statutory.dayKind } },
  };
  if (!Number.isSafeInteger(period.length) || period.length < 1) throw new InvalidDeadlineInput(rule, `an overridden length must be a whole number from 1, got ${period.length}`);
  if (period.unit === 'years' && period.dayKind === 'working') throw new InvalidDeadlineInput(rule, 'a period in years counts calendar days');
  return period;
}

function checkedExtension(rule: PeriodRule, period: StatutoryPeriod, extensionDays: number): number {
  const maximum = period.extensionLimit ? statutoryPeriods[period.extensionLimit].length : 0;
  if (!Number.isSafeInteger(extensionDays) || extensionDays < 0 || extensionDays > maximum) throw new ExtensionNotAllowed(rule, extensionDays, maximum);
  return extensionDays;
}

function checkedPause(rule: PeriodRule, pause: PauseInput): PauseInput {
  const from = parseLegalDate(pause.from);
  if (pause.to === undefined) return { from, ...(pause.reason !== undefined ? { reason: pause.reason } : {}) };
  const to = parseLegalDate(pause.to);
  if (compareDates(to, from) < 0) throw new InvalidDeadlineInput(rule, `a pause cannot resume (${to}) before it starts (${from})`);
  return { from, to, ...(pause.reason !== undefined ? { reason: pause.reason } : {}) };
}

function lengthInDays(period: Period, trigger: LegalDate): number {
  const sign = period.direction === 'after' ? 1 : -1;
  switch (period.unit) {
    case 'days':
      return period.length;
    case 'years':
      return Math.abs(daysBetween(trigger, addYears(trigger, sign * period.length)));
    default:
      return assertNever(period.unit, 'period unit');
  }
}

interface PauseSpan {
  readonly from: LegalDate;
  readonly to: LegalDate | undefined;
  readonly reasons: readonly string[];
  daysNotCounted: number;
}

const later = (a: LegalDate, b: LegalDate) => (compareDates(a, b) >= 0 ? a : b);

function mergedPauses(pauses: readonly PauseInput[], startsOn: LegalDate): PauseSpan[] {
  const clipped = pauses
    .map((p) => ({ from: later(p.from, startsOn), to: p.to, reasons: p.reason !== undefined ? [p.reason] : [], daysNotCounted: 0 }))
    .filter((p) => p.to === undefined || compareDates(p.to, p.from) > 0)
    .sort((a, b) => compareDates(a.from, b.from));
  const merged: PauseSpan[] = [];
  for (const pause of clipped) {
    const last = merged[merged.length - 1];
    if (last && (last.to === undefined || compareDates(pause.from, last.to) <= 0)) {
      merged[merged.length - 1] = {
        from: last.from,
        to: last.to === undefined || pause.to === undefined ? undefined : later(last.to, pause.to),
        reasons: [...new Set([...last.reasons, ...pause.reasons])],
        daysNotCounted: 0,
      };
    } else merged.push(pause);
  }
  return merged;
}

const pauseOn = (pauses: readonly PauseSpan[], day: LegalDate) =>
  pauses.find((p) => compareDates(day, p.from) >= 0 && (p.to === undefined || compareDates(day, p.to) < 0));

function restDay(date: LegalDate, status: DayStatus): RestDayCrossed {
  return status.kind === 'holiday'
    ? { date, kind: 'holiday', name: status.name, nameEn: status.nameEn }
    : { date, kind: 'weekend', name: '周末', nameEn: 'weekend' };
}

const restLabel = (day: RestDayCrossed) => (day.kind === 'holiday' ? day.name : 'weekend');

/** The statutory holidays inside a calendar-day period, for the reader: days of years without a notice are skipped, since the count does not depend on them. */
function holidaysWithin(calendar: WorkingCalendar, first: LegalDate, last: LegalDate): RestDayCrossed[] {
  const [from, to] = compareDates(first, last) <= 0 ? [first, last] : [last, first];
  const found: RestDayCrossed[] = [];
  for (let d = from; compareDates(d, to) <= 0; d = addDays(d, 1)) {
    if (!calendar.years.includes(yearOf(d))) continue;
    const status = calendar.dayStatus(d);
    if (status.kind === 'holiday') found.push(restDay(d, status));
  }
  return found;
}

function noticesUsed(calendar: WorkingCalendar, first: LegalDate, last: LegalDate): string[] {
  const [a, b] = [yearOf(first), yearOf(last)].sort((x, y) => x - y) as [number, number];
  return calendar.years
    .map((year, i) => ({ year, notice: calendar.notices[i]! }))
    .filter(({ year }) => year >= a && year <= b)
    .map(({ notice }) => `${notice.title}（${notice.number}）`);
}

export function computeDeadline(input: DeadlineInput, calendar: WorkingCalendar): ComputedDeadline {
  const rule = input.rule;
  if (!isPeriodRule(rule)) throw new InvalidDeadlineInput(String(rule), 'no statutory period of that name');
  const period = effectivePeriod(rule, input.periodOverride);
  const trigger = parseLegalDate(input.trigger);
  const extensionDays = checkedExtension(rule, period, input.extensionDays ?? 0);
  const pauses = (input.pauses ?? []).map((p) => checkedPause(rule, p));
  const daysToCount = lengthInDays(period, trigger) + extensionDays;
  if (daysToCount > MAX_PERIOD_DAYS) throw new InvalidDeadlineInput(rule, `a period of ${daysToCount} days is beyond any statutory period`);

  const step = period.direction === 'after' ? 1 : -1;
  if (step === -1 && (pauses.length > 0 || extensionDays > 0)) {
    throw new InvalidDeadlineInput(rule, 'a period counted back from its trigger takes no pauses or extension');
  }
  const startsOn = addDays(trigger, step);
  const spans = mergedPauses(pauses, startsOn);
  const restDaysCrossed: RestDayCrossed[] = [];
  const makeUpWorkdaysCrossed: MakeUpWorkdayCrossed[] = [];

  const base = {
    rule,
    article: period.article,
    zh: period.zh,
    en: period.en,
    dayKind: period.dayKind,
    dayKindBasis: period.dayKindBasis,
    unit: period.unit,
    length: period.length,
    direction: period.direction,
    ...(period.override ? { override: period.override } : {}),
    trigger,
    startsOn,
    daysToCount,
    extensionDays,
    ...(period.extensionLimit ? { extensionLimit: { rule: period.extensionLimit, maxDays: statutoryPeriods[period.extensionLimit].length } } : {}),
  };
  const countedPauses = (): CountedPause[] =>
    spans.map((p) => ({ from: p.from, ...(p.to !== undefined ? { to: p.to } : {}), open: p.to === undefined, reasons: p.reasons, daysNotCounted: p.daysNotCounted }));
  const pausedDays = () => spans.reduce((sum, p) => sum + p.daysNotCounted, 0);

  let counted = 0;
  let day = trigger;
  while (counted < daysToCount) {
    day = addDays(day, step);
    const pause = pauseOn(spans, day);
    if (pause && pause.to === undefined) {
      const explanation: DeadlineExplanation = {
        ...base,
        summary: '',
        pauses: countedPauses(),
        pausedDays: pausedDays(),
        countEndsOn: null,
        restDaysCrossed:
          period.dayKind === 'working' || pause.from === startsOn ? restDaysCrossed : holidaysWithin(calendar, startsOn, addDays(pause.from, -1)),
        makeUpWorkdaysCrossed,
        holidayNotices: noticesUsed(calendar, startsOn, pause.from),
        counted,
        remaining: daysToCount - counted,
      };
      return { state: 'paused', dueOn: null, explanation: { ...explanation, summary: summarise(explanation, null, pause.from) } };
    }
    const status = period.dayKind === 'working' ? calendar.dayStatus(day) : undefined;
    const counts = status === undefined || isWorkingStatus(status);
    if (pause) {
      if (counts) pause.daysNotCounted++;
      continue;
    }
    if (!counts) {
      restDaysCrossed.push(restDay(day, status));
      continue;
    }
    if (status?.kind === 'makeUpWorkday') makeUpWorkdaysCrossed.push({ date: day, name: status.name, nameEn: status.nameEn });
    counted++;
  }

  const countEndsOn = day;
  let dueOn = countEndsOn;
  let moved: EndMoved | undefined;
  if (period.dayKind === 'calendar' && calendar.isRestDay(countEndsOn)) {
    dueOn = step === 1 ? calendar.nextWorkingDay(countEndsOn) : calendar.previousWorkingDay(countEndsOn);
    const restDays: RestDayCrossed[] = [];
    for (let d = countEndsOn; d !== dueOn; d = addDays(d, step)) restDays.push(restDay(d, calendar.dayStatus(d)));
    moved = { from: countEndsOn, to: dueOn, because: `${countEndsOn} is a rest day (${restLabel(restDays[0]!)})`, restDays };
  }

  const explanation: DeadlineExplanation = {
    ...base,
    summary: '',
    pauses: countedPauses(),
    pausedDays: pausedDays(),
    countEndsOn,
    restDaysCrossed: period.dayKind === 'working' ? restDaysCrossed : holidaysWithin(calendar, startsOn, countEndsOn),
    makeUpWorkdaysCrossed,
    ...(moved ? { moved } : {}),
    holidayNotices: noticesUsed(calendar, startsOn, dueOn),
  };
  return { state: 'running', dueOn, explanation: { ...explanation, summary: summarise(explanation, dueOn, null) } };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function summarise(e: DeadlineExplanation, dueOn: LegalDate | null, pausedSince: LegalDate | null): string {
  const unit = e.unit === 'years' ? plural(e.length, 'year') : `${e.length} ${e.dayKind} ${e.length === 1 ? 'day' : 'days'}`;
  const parts = [`${unit}${e.override ? ` (overridden: ${e.override.reason})` : ''} ${e.direction} ${e.trigger} (${e.article})`];
  if (e.pausedDays > 0) parts.push(`+${e.pausedDays} ${e.dayKind === 'working' ? 'working ' : ''}${e.pausedDays === 1 ? 'day' : 'days'} suspended`);
  if (e.extensionDays > 0) parts.push(`+${e.extensionDays} days extension`);
  if (e.dayKind === 'working' && e.restDaysCrossed.length > 0) {
    parts.push(`skipping ${plural(e.restDaysCrossed.length, 'rest day')} (${[...new Set(e.restDaysCrossed.map(restLabel))].join(', ')})`);
  }
  if (dueOn === null) {
    parts.push(`paused since ${pausedSince}: ${e.counted} counted, ${e.remaining} to run`);
    return parts.join(', ');
  }
  const verb = e.direction === 'after' ? 'ends' : 'latest';
  parts.push(e.moved ? `${verb} ${dueOn} (moved from ${e.moved.from}, a rest day: ${restLabel(e.moved.restDays[0]!)})` : `${verb} ${dueOn}`);
  return parts.join(', ');
}

/**
 * Running: calendar days from `on` to the due date (0 on the day itself, negative once overdue). Paused: the days
 * still to run when the clock resumes, in the period's own day kind, whatever `on` is: a paused clock does not move.
 */
export function remainingDays(deadline: ComputedDeadline, on: LegalDate): number {
  switch (deadline.state) {
    case 'running':
      return daysBetween(on, deadline.dueOn);
    case 'paused':
      return deadline.explanation.remaining ?? 0;
    default:
      return assertNever(deadline, 'deadline state');
  }
}

/** Overdue once the due date has passed: the due date itself is still in time. A paused clock (null) is never overdue. */
export const isOverdue = (dueOn: LegalDate | null, on: LegalDate): boolean => dueOn !== null && compareDates(on, dueOn) > 0;
