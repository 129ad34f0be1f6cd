import { isLive, refuse, type DeadlineCancelled, type DisputeClosed } from '#domain-core';
import type { WithdrawApplication } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { ArbitrationWithdrawn } from '../events.js';
import { arbitrationRules as rules } from '../rules.js';
import { notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/** 撤回申请 (LDMAL 41): the case ends; every running deadline with it. */
export function withdrawApplication(
  command: WithdrawApplication,
  state: ArbitrationState,
  context: ArbitrationContext,
): readonly (ArbitrationWithdrawn | DeadlineCancelled | DisputeClosed)[] {
  if (state.status === 'withdrawn') return [];
  if (state.status !== 'applied' && state.status !== 'accepted') return refuse(rules.withdrawBeforeAward, `the case is ${state.status}`);
  const { withdrawnOn, reason } = command.data;
  notInFuture(withdrawnOn, context, 'withdrawnOn');
  const cancelled: DeadlineCancelled[] = Object.values(state.deadlines)
    .filter(isLive)
    .map((d) => ({ type: 'DeadlineCancelled', data: { disputeId: context.disputeId, deadlineId: d.id, reason: 'application withdrawn', cancelledAt: context.now } }));
  return [
    { type: 'ArbitrationWithdrawn', data: { disputeId: context.disputeId, withdrawnOn, reason, withdrawnAt: context.now } },
    ...cancelled,
    { type: 'DisputeClosed', data: { disputeId: context.disputeId, outcome: 'withdrawn', closedAt: context.now } },
  ];
}
