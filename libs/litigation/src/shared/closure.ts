import { ensure, isLive, type ClosureOutcome, type DeadlineCancelled, type DisputeClosed } from '#domain-core';
import type { LitigationContext } from '../context.js';
import { litigationRules } from '../rules.js';
import type { LitigationState } from '../state.js';

export const isClosed = (state: LitigationState, context: LitigationContext): boolean =>
  state.status === 'closed' || context.caseClosed;

export function ensureNotClosed(state: LitigationState, context: LitigationContext): void {
  ensure(!isClosed(state, context), litigationRules.nothingButEnforcementAfterClosure, `dispute ${context.disputeId} is closed: only enforcement facts are accepted`);
}

/**
 * Closes the dispute unless it already is: the stage's deadlines still running are cancelled first, so that nothing
 * but enforcement facts follow the closure. `state` is the state after the decision's earlier events.
 */
export function closeDispute(
  state: LitigationState,
  context: LitigationContext,
  outcome: ClosureOutcome,
  amounts?: DisputeClosed['data']['amounts'],
): readonly (DeadlineCancelled | DisputeClosed)[] {
  if (isClosed(state, context)) return [];
  const cancelled: DeadlineCancelled[] = Object.values(state.deadlines)
    .filter(isLive)
    .map((deadline) => ({
      type: 'DeadlineCancelled',
      data: { disputeId: context.disputeId, deadlineId: deadline.id, reason: `dispute closed: ${outcome}`, cancelledAt: context.now },
    }));
  const closed: DisputeClosed = {
    type: 'DisputeClosed',
    data: { disputeId: context.disputeId, outcome, ...(amounts ? { amounts } : {}), closedAt: context.now },
  };
  return [...cancelled, closed];
}
