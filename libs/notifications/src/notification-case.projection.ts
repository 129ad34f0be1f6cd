import { isDeadlineEvent } from '#domain-core';
import { streamId, type RecordedEvent } from '#event-store';
import type { ProjectionDefinition } from '#projections';
import { evolveCaseDeadline, type CaseDeadlineRow } from '#read-models';

/** What notifications need of a deadline: enough to tell a live reminder from a stale one. */
export interface NotifiedDeadline {
  readonly rule: string;
  readonly due_on: string | null;
  readonly status: CaseDeadlineRow['status'];
  readonly due_version: number;
}

/**
 * One row per dispute: its organisations and deadlines, as the facts up to `last_position` leave them. Kept by
 * notifications themselves (not read from case_summaries or case_deadlines) so the side effect that writes the
 * outbox reads rows committed in the same batch as the facts it tells, never a read model that lags behind.
 */
export type NotificationCaseRow = {
  readonly dispute_id: string;
  readonly mediation_body_id: string | null;
  readonly commission_id: string | null;
  readonly court_ids: readonly string[];
  readonly deadlines: Readonly<Record<string, NotifiedDeadline>>;
};

export const NOTIFICATION_CASES = 'notification_cases';

/** Facts that name an organisation the case reaches. */
const organisationEvents = ['MediationOpened', 'ArbitrationApplied', 'SuitFiled', 'AnnulmentApplied', 'CourtCaseRegistered', 'EnforcementApplied', 'PaymentOrderApplied'];
const deadlineEvents = ['DeadlineSet', 'DeadlinePaused', 'DeadlineResumed', 'DeadlineExtended', 'DeadlineRestarted', 'DeadlineMet', 'DeadlineExpired', 'DeadlineCancelled'];

export function evolveNotificationCase(row: NotificationCaseRow | null, event: RecordedEvent): NotificationCaseRow | null {
  const current: NotificationCaseRow = row ?? { dispute_id: streamId(event.stream), mediation_body_id: null, commission_id: null, court_ids: [], deadlines: {} };
  const data = event.data as Record<string, unknown>;
  if (isDeadlineEvent({ type: event.type, data: event.data as object })) {
    const id = data['deadlineId'] as string;
    const known = current.deadlines[id];
    const before: CaseDeadlineRow | null = known
      ? { ...known, deadline_key: `${current.dispute_id}/${id}`, dispute_id: current.dispute_id, deadline_id: id, trigger_on: '', explanation: {}, updated_at: '' }
      : null;
    const after = evolveCaseDeadline(before, event);
    if (!after) return current;
    return { ...current, deadlines: { ...current.deadlines, [id]: { rule: after.rule, due_on: after.due_on, status: after.status, due_version: after.due_version } } };
  }
  const court = typeof data['courtId'] === 'string' ? (data['courtId'] as string) : undefined;
  return {
    ...current,
    mediation_body_id: event.type === 'MediationOpened' ? (data['bodyId'] as string) : current.mediation_body_id,
    commission_id: event.type === 'ArbitrationApplied' ? (data['commissionId'] as string) : current.commission_id,
    court_ids: court && !current.court_ids.includes(court) ? [...current.court_ids, court] : current.court_ids,
  };
}

export const organisationsOf = (row: NotificationCaseRow): string[] =>
  [row.mediation_body_id, row.commission_id, ...row.court_ids].filter((org): org is string => typeof org === 'string');

export const notificationCaseProjection = (): ProjectionDefinition<NotificationCaseRow> => ({
  name: NOTIFICATION_CASES,
  table: NOTIFICATION_CASES,
  keyColumn: 'dispute_id',
  filter: { categories: ['dispute'], eventTypes: [...organisationEvents, ...deadlineEvents] },
  key: (event) => streamId(event.stream),
  evolve: evolveNotificationCase,
});
