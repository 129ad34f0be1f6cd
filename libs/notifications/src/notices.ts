import type { RecordedEvent } from '#event-store';
import { streamId } from '#event-store';
import { organisationsOf, type NotificationCaseRow } from './notification-case.projection.js';

export const noticeKinds = ['reminder', 'handoff', 'expiry'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

/** What a receiver is told. No personal data: ids, dates and rules only; the receiver reads the case through the API. */
export interface NoticePayload {
  readonly kind: NoticeKind;
  readonly disputeId: string;
  /** The fact's event id (handoff, expiry); absent for reminders, which are no fact of their own. */
  readonly eventId?: string;
  readonly detail: Readonly<Record<string, unknown>>;
}

export interface Notice {
  readonly payload: NoticePayload;
  /** Organisations to tell: those of the case, and the one a handoff brings it to. */
  readonly organisations: readonly string[];
}

const union = (...lists: readonly (readonly (string | undefined | null)[])[]) => [...new Set(lists.flat().filter((o): o is string => typeof o === 'string'))];

/** The notice an event calls for, if any: a handoff between stages, or an expiry. */
export function noticeOf(event: RecordedEvent, row: NotificationCaseRow | undefined): Notice | null {
  const disputeId = streamId(event.stream);
  const data = event.data as Record<string, unknown>;
  const caseOrganisations = row ? organisationsOf(row) : [];
  const handoff = (from: string, to: string, organisation: string, on: unknown): Notice => ({
    payload: { kind: 'handoff', disputeId, eventId: event.id, detail: { from, to, organisationId: organisation, on, fact: event.type } },
    organisations: union(caseOrganisations, [organisation]),
  });
  switch (event.type) {
    case 'ArbitrationApplied':
      return data['route'] === 'handed_off_from_mediation' ? handoff('mediation', 'arbitration', data['commissionId'] as string, data['filedOn']) : null;
    case 'SuitFiled':
      return handoff('arbitration', 'court', data['courtId'] as string, data['filedOn']);
    case 'AnnulmentApplied':
      return handoff('arbitration', 'court', data['courtId'] as string, data['appliedOn']);
    case 'DeadlineExpired': {
      const deadline = row?.deadlines[data['deadlineId'] as string];
      return {
        payload: { kind: 'expiry', disputeId, eventId: event.id, detail: { deadlineId: data['deadlineId'], rule: deadline?.rule ?? data['rule'], dueOn: data['dueOn'] } },
        organisations: caseOrganisations,
      };
    }
    default:
      return null;
  }
}
