import { ensure, isLive, type DeadlineExpired } from '#domain-core';
import type { ExpireArbitrationDeadline } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { ArbitrationAcceptanceOverdue, AwardOverdue } from '../events.js';
import { ACCEPTANCE, arbitrationRules as rules, AWARD } from '../rules.js';
import type { ArbitrationState } from '../state.js';

/** Stale timers change nothing; silence on acceptance (LDMAL 29) and a late award (LDMAL 43) open the way to court. */
export function expireDeadline(
  command: ExpireArbitrationDeadline,
  state: ArbitrationState,
  context: ArbitrationContext,
): readonly (DeadlineExpired | ArbitrationAcceptanceOverdue | AwardOverdue)[] {
  const { deadlineId, dueOn } = command.data;
  const deadline = state.deadlines[deadlineId];
  if (!isLive(deadline) || deadline.dueOn !== dueOn) return [];
  // Awaiting 补正 the file is not yet received (Rules 29): the 5 days start afresh once it is corrected.
  if (deadlineId === ACCEPTANCE && state.status === 'applied' && state.correction !== undefined && state.correction.correctedOn === undefined) return [];
  ensure(context.today > dueOn, rules.deadlineExpiresOnlyAfterItsLastDay, `${deadlineId} runs until the end of ${dueOn}`, 'dueOn');
  const expired: DeadlineExpired = { type: 'DeadlineExpired', data: { disputeId: context.disputeId, deadlineId, dueOn, expiredAt: context.now } };
  if (deadlineId === ACCEPTANCE && state.status === 'applied') {
    return [expired, { type: 'ArbitrationAcceptanceOverdue', data: { disputeId: context.disputeId, dueOn, recordedAt: context.now } }];
  }
  if (deadlineId === AWARD && state.status === 'accepted') {
    return [expired, { type: 'AwardOverdue', data: { disputeId: context.disputeId, dueOn, recordedAt: context.now } }];
  }
  return [expired];
}
