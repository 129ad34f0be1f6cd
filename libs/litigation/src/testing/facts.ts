import type {
  ClosureOutcome,
  DeadlineCancelled,
  DeadlineExpired,
  DeadlineMet,
  DeadlineSet,
  DisputeClosed,
  Instant,
  LegalDate,
} from '#domain-core';
import type { LitigationEvent } from '../events.js';
import { DISPUTE, NOW } from './fixtures.js';

type EventOf<T extends LitigationEvent['type']> = Extract<LitigationEvent, { type: T }>;

/** A litigation fact of this dispute, recorded at `at` (NOW by default). */
export const fact = <T extends LitigationEvent['type']>(type: T, data: Omit<EventOf<T>['data'], 'disputeId' | 'recordedAt'>, at: Instant = NOW): EventOf<T> =>
  ({ type, data: { disputeId: DISPUTE, ...data, recordedAt: at } }) as unknown as EventOf<T>;

export const deadlineSet = (deadlineId: string, rule: string, trigger: LegalDate, dueOn: LegalDate, at: Instant = NOW): DeadlineSet => ({
  type: 'DeadlineSet',
  data: { disputeId: DISPUTE, deadlineId, rule, trigger, dueOn, explanation: { summary: `${rule} from ${trigger}` }, setAt: at },
});

export const deadlineMet = (deadlineId: string, metOn: LegalDate, at: Instant = NOW): DeadlineMet => ({
  type: 'DeadlineMet',
  data: { disputeId: DISPUTE, deadlineId, metOn, metAt: at },
});

export const deadlineExpired = (deadlineId: string, dueOn: LegalDate, at: Instant = NOW): DeadlineExpired => ({
  type: 'DeadlineExpired',
  data: { disputeId: DISPUTE, deadlineId, dueOn, expiredAt: at },
});

export const deadlineCancelled = (deadlineId: string, reason: string, at: Instant = NOW): DeadlineCancelled => ({
  type: 'DeadlineCancelled',
  data: { disputeId: DISPUTE, deadlineId, reason, cancelledAt: at },
});

export const disputeClosed = (outcome: ClosureOutcome, amounts?: DisputeClosed['data']['amounts'], at: Instant = NOW): DisputeClosed => ({
  type: 'DisputeClosed',
  data: { disputeId: DISPUTE, outcome, ...(amounts ? { amounts } : {}), closedAt: at },
});
