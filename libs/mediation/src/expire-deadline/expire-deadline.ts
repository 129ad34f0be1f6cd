import { ensure, isLive, type DeadlineExpired } from '#domain-core';
import type { ExpireMediationDeadline } from '../commands.js';
import type { MediationContext } from '../context.js';
import type { MediationWindowExpired } from '../events.js';
import { MEDIATION_WINDOW } from '../open-mediation/open-mediation.js';
import { mediationRules as rules } from '../rules.js';
import type { MediationState } from '../state.js';

/**
 * A timer says a deadline has run out. Stale timers (the deadline moved, ended, or is not ours) change nothing.
 * The 15-day window running out without agreement opens arbitration (LDMAL 14).
 */
export function expireDeadline(
  command: ExpireMediationDeadline,
  state: MediationState,
  context: MediationContext,
): readonly (DeadlineExpired | MediationWindowExpired)[] {
  const { deadlineId, dueOn } = command.data;
  const deadline = state.deadlines[deadlineId];
  if (!isLive(deadline) || deadline.dueOn !== dueOn) return [];
  ensure(context.today > dueOn, rules.deadlineExpiresOnlyAfterItsLastDay, `${deadlineId} runs until the end of ${dueOn}`, 'dueOn');
  const expired: DeadlineExpired = { type: 'DeadlineExpired', data: { disputeId: context.disputeId, deadlineId, dueOn, expiredAt: context.now } };
  if (deadlineId !== MEDIATION_WINDOW || state.status !== 'open') return [expired];
  return [expired, { type: 'MediationWindowExpired', data: { disputeId: context.disputeId, expiredOn: context.today, expiredAt: context.now } }];
}
