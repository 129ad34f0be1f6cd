import { isDeadlineEvent, type DeadlineEvent } from '#domain-core';
import { streamId, type RecordedEvent } from '#event-store';
import type { ProjectionDefinition } from '#projections';

/**
 * Every statutory deadline of every case, one row each, as the deadline facts leave it. Dashboards read the live
 * ones; the timers (pending_deadlines) are the running rows with a due date.
 */
export type CaseDeadlineRow = {
  /** `<disputeId>/<deadlineId>`. */
  readonly deadline_key: string;
  readonly dispute_id: string;
  readonly deadline_id: string;
  readonly rule: string;
  readonly trigger_on: string;
  readonly due_on: string | null;
  readonly status: 'running' | 'paused' | 'met' | 'expired' | 'cancelled';
  /** Bumped whenever the due date moves: the timer's job id includes it, so a moved deadline gets a new job. */
  readonly due_version: number;
  readonly explanation: Readonly<Record<string, unknown>>;
  readonly updated_at: string;
};

const keyOf = (event: RecordedEvent) => `${streamId(event.stream)}/${(event.data as { deadlineId: string }).deadlineId}`;

export function evolveCaseDeadline(row: CaseDeadlineRow | null, event: RecordedEvent): CaseDeadlineRow | null {
  const fact = { type: event.type, data: event.data } as DeadlineEvent;
  const updated_at = event.recordedAt.toISOString();
  if (fact.type === 'DeadlineSet') {
    return {
      deadline_key: keyOf(event),
      dispute_id: streamId(event.stream),
      deadline_id: fact.data.deadlineId,
      rule: fact.data.rule,
      trigger_on: fact.data.trigger,
      due_on: fact.data.dueOn,
      status: fact.data.dueOn === null ? 'paused' : 'running',
      due_version: (row?.due_version ?? 0) + 1,
      explanation: fact.data.explanation,
      updated_at,
    };
  }
  if (!row) return null;
  switch (fact.type) {
    case 'DeadlinePaused':
      return { ...row, status: 'paused', due_on: null, due_version: row.due_version + 1, updated_at };
    case 'DeadlineResumed':
    case 'DeadlineExtended':
      return { ...row, status: fact.data.dueOn === null ? 'paused' : 'running', due_on: fact.data.dueOn, due_version: row.due_version + 1, explanation: fact.data.explanation, updated_at };
    case 'DeadlineRestarted':
      return { ...row, trigger_on: fact.data.trigger, status: fact.data.dueOn === null ? 'paused' : 'running', due_on: fact.data.dueOn, due_version: row.due_version + 1, explanation: fact.data.explanation, updated_at };
    case 'DeadlineMet':
      return { ...row, status: 'met', updated_at };
    case 'DeadlineExpired':
      return { ...row, status: 'expired', updated_at };
    case 'DeadlineCancelled':
      return { ...row, status: 'cancelled', updated_at };
    default: {
      const never: never = fact;
      return never;
    }
  }
}

export const caseDeadlineProjection = (): ProjectionDefinition<CaseDeadlineRow> => ({
  name: 'case_deadlines',
  table: 'case_deadlines',
  keyColumn: 'deadline_key',
  filter: { categories: ['dispute'], eventTypes: ['DeadlineSet', 'DeadlinePaused', 'DeadlineResumed', 'DeadlineExtended', 'DeadlineRestarted', 'DeadlineMet', 'DeadlineExpired', 'DeadlineCancelled'] },
  key: (event) => (isDeadlineEvent({ type: event.type, data: event.data as object }) ? keyOf(event) : null),
  evolve: evolveCaseDeadline,
});
