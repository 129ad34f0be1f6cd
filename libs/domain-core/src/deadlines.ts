import type { DomainEvent } from './decider.js';
import type { Instant, LegalDate } from './values.js';
import { assertNever } from './values.js';

/**
 * Deadlines are facts in the dispute's stream. Every stage emits these same events; the statutory clock
 * (`#calendar`) computes the dates and the explanation, and arrives in a decider through `DeadlineClock`.
 */

/** Why a deadline is on hold: 中止 (Rules 47) and 公告送达 do not count towards the 45 days (Rules 46). */
export type PauseReason = 'suspension' | 'service_by_publication';
/** What starts a count afresh (Rules 46). */
export type RestartReason = 'claim_amended' | 'counterclaim' | 'party_added' | 'correction_completed' | 'transfer';

export interface Pause {
  readonly from: LegalDate;
  readonly to?: LegalDate;
  readonly reason: PauseReason;
}

/** What the clock says about how a date was reached. Produced by `#calendar`, stored verbatim. */
export type DeadlineExplanation = Readonly<Record<string, unknown>> & { readonly summary: string };

export interface ComputedDue {
  /** null while paused: a paused clock has no end. */
  readonly dueOn: LegalDate | null;
  readonly explanation: DeadlineExplanation;
}

export interface DeadlineClock {
  compute(input: {
    readonly rule: string;
    readonly trigger: LegalDate;
    readonly pauses?: readonly Pause[];
    readonly extensionDays?: number;
  }): ComputedDue;
}

interface DeadlineFact {
  readonly disputeId: string;
  /** Unique within the dispute: the rule's name, suffixed where a rule recurs (`hearingNoticeAtLeastFiveDays:<hearingId>`). */
  readonly deadlineId: string;
}

export type DeadlineSet = DomainEvent<'DeadlineSet', DeadlineFact & {
  readonly rule: string;
  readonly trigger: LegalDate;
  readonly dueOn: LegalDate | null;
  readonly explanation: DeadlineExplanation;
  readonly setAt: Instant;
}>;
export type DeadlinePaused = DomainEvent<'DeadlinePaused', DeadlineFact & {
  readonly pausedOn: LegalDate;
  readonly reason: PauseReason;
  readonly pausedAt: Instant;
}>;
export type DeadlineResumed = DomainEvent<'DeadlineResumed', DeadlineFact & {
  readonly resumedOn: LegalDate;
  /**
   * The pause that ended. A suspension and a publication can overlap, and ending one leaves the clock stopped by the
   * other (`dueOn` null). Facts recorded before the field existed ended every open pause.
   */
  readonly reason?: PauseReason;
  readonly dueOn: LegalDate | null;
  readonly explanation: DeadlineExplanation;
  readonly resumedAt: Instant;
}>;
export type DeadlineExtended = DomainEvent<'DeadlineExtended', DeadlineFact & {
  readonly extensionDays: number;
  readonly dueOn: LegalDate | null;
  readonly explanation: DeadlineExplanation;
  readonly extendedAt: Instant;
}>;
export type DeadlineRestarted = DomainEvent<'DeadlineRestarted', DeadlineFact & {
  readonly trigger: LegalDate;
  readonly reason: RestartReason;
  readonly dueOn: LegalDate | null;
  readonly explanation: DeadlineExplanation;
  readonly restartedAt: Instant;
}>;
export type DeadlineMet = DomainEvent<'DeadlineMet', DeadlineFact & { readonly metOn: LegalDate; readonly metAt: Instant }>;
export type DeadlineExpired = DomainEvent<'DeadlineExpired', DeadlineFact & { readonly dueOn: LegalDate; readonly expiredAt: Instant }>;
export type DeadlineCancelled = DomainEvent<'DeadlineCancelled', DeadlineFact & { readonly reason: string; readonly cancelledAt: Instant }>;

export type DeadlineEvent =
  | DeadlineSet
  | DeadlinePaused
  | DeadlineResumed
  | DeadlineExtended
  | DeadlineRestarted
  | DeadlineMet
  | DeadlineExpired
  | DeadlineCancelled;

export const deadlineEventTypes = [
  'DeadlineSet',
  'DeadlinePaused',
  'DeadlineResumed',
  'DeadlineExtended',
  'DeadlineRestarted',
  'DeadlineMet',
  'DeadlineExpired',
  'DeadlineCancelled',
] as const satisfies readonly DeadlineEvent['type'][];

export const isDeadlineEvent = (event: DomainEvent): event is DeadlineEvent =>
  (deadlineEventTypes as readonly string[]).includes(event.type);

export type DeadlineStatus = 'running' | 'paused' | 'met' | 'expired' | 'cancelled';

export interface Deadline {
  readonly id: string;
  readonly rule: string;
  readonly trigger: LegalDate;
  readonly dueOn: LegalDate | null;
  readonly status: DeadlineStatus;
  readonly pauses: readonly Pause[];
  readonly extensionDays: number;
  /** Bumped whenever the due date changes: a timer for an older version is stale. */
  readonly version: number;
}

export type Deadlines = Readonly<Record<string, Deadline>>;

const update = (deadlines: Deadlines, id: string, change: (d: Deadline) => Deadline): Deadlines => {
  const current = deadlines[id];
  return current ? { ...deadlines, [id]: change(current) } : deadlines;
};

export function evolveDeadlines(deadlines: Deadlines, event: DeadlineEvent): Deadlines {
  const { deadlineId } = event.data;
  switch (event.type) {
    case 'DeadlineSet':
      return {
        ...deadlines,
        [deadlineId]: {
          id: deadlineId,
          rule: event.data.rule,
          trigger: event.data.trigger,
          dueOn: event.data.dueOn,
          status: 'running',
          pauses: [],
          extensionDays: 0,
          version: (deadlines[deadlineId]?.version ?? 0) + 1,
        },
      };
    case 'DeadlinePaused':
      return update(deadlines, deadlineId, (d) => ({
        ...d,
        status: 'paused',
        dueOn: null,
        pauses: [...d.pauses, { from: event.data.pausedOn, reason: event.data.reason }],
        version: d.version + 1,
      }));
    case 'DeadlineResumed':
      return update(deadlines, deadlineId, (d) => {
        const pauses = endPauses(d.pauses, event.data.resumedOn, event.data.reason);
        return { ...d, status: pauses.some((p) => p.to === undefined) ? 'paused' : 'running', dueOn: event.data.dueOn, pauses, version: d.version + 1 };
      });
    case 'DeadlineExtended':
      return update(deadlines, deadlineId, (d) => ({
        ...d,
        dueOn: event.data.dueOn,
        extensionDays: d.extensionDays + event.data.extensionDays,
        version: d.version + 1,
      }));
    case 'DeadlineRestarted':
      // Counted afresh (Rules 46): earlier pauses belong to the old count.
      return update(deadlines, deadlineId, (d) => ({
        ...d,
        trigger: event.data.trigger,
        dueOn: event.data.dueOn,
        status: d.status === 'paused' ? 'paused' : 'running',
        pauses: d.pauses.filter((p) => p.to === undefined),
        version: d.version + 1,
      }));
    case 'DeadlineMet':
      return update(deadlines, deadlineId, (d) => ({ ...d, status: 'met' }));
    case 'DeadlineExpired':
      return update(deadlines, deadlineId, (d) => ({ ...d, status: 'expired' }));
    case 'DeadlineCancelled':
      return update(deadlines, deadlineId, (d) => ({ ...d, status: 'cancelled' }));
    default:
      return assertNever(event, 'deadline event');
  }
}

/** Ends the open pauses of one reason (every open pause when none is given) on `on`. */
export const endPauses = (pauses: readonly Pause[], on: LegalDate, reason?: PauseReason): readonly Pause[] =>
  pauses.map((p) => (p.to === undefined && (reason === undefined || p.reason === reason) ? { ...p, to: on } : p));

/** A deadline that can still fire. */
export const isLive = (deadline: Deadline | undefined): deadline is Deadline =>
  deadline !== undefined && (deadline.status === 'running' || deadline.status === 'paused');
