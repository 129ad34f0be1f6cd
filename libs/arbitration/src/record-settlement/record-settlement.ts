import { refuse, type DeadlineCancelled, type DisputeClosed } from '#domain-core';
import type { RecordSettlement } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { ArbitrationSettled } from '../events.js';
import { arbitrationRules as rules } from '../rules.js';
import { cancelLive, notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/** 和解 (LDMAL 41): the parties settle by themselves and the application is withdrawn, until the award. */
export function recordSettlement(command: RecordSettlement, state: ArbitrationState, context: ArbitrationContext): readonly (ArbitrationSettled | DeadlineCancelled | DisputeClosed)[] {
  if (state.status === 'withdrawn') return [];
  if (state.status !== 'applied' && state.status !== 'accepted') return refuse(rules.withdrawBeforeAward, `the case is ${state.status}`);
  const { settledOn, terms } = command.data;
  notInFuture(settledOn, context, 'settledOn');
  return [
    { type: 'ArbitrationSettled', data: { disputeId: context.disputeId, settledOn, terms, settledAt: context.now } },
    ...cancelLive(state, context, 'settled'),
    { type: 'DisputeClosed', data: { disputeId: context.disputeId, outcome: 'withdrawn', closedAt: context.now } },
  ];
}
