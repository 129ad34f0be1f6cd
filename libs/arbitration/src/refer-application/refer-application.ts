import { ensure, refuse, type DeadlineCancelled } from '#domain-core';
import type { ReferApplication } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { ApplicationReferred } from '../events.js';
import { arbitrationRules as rules } from '../rules.js';
import { cancelLive, notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/**
 * 移送 (LDMAL 21): a commission without jurisdiction refers the application in writing to the competent one. The
 * application ends here; the dispute does not close, it goes on at the other commission.
 */
export function referApplication(command: ReferApplication, state: ArbitrationState, context: ArbitrationContext): readonly (ApplicationReferred | DeadlineCancelled)[] {
  const { toCommissionId, reason, referredOn } = command.data;
  if (state.status === 'referred' && state.referredTo === toCommissionId) return [];
  if (state.status !== 'applied') return refuse(rules.applicationMustAwaitDecision, `the application is ${state.status}`);
  ensure(toCommissionId.trim().length > 0 && toCommissionId !== state.commissionId, rules.referralToAnotherCommission, `filed with ${state.commissionId}`, 'toCommissionId');
  ensure(referredOn >= state.filedOn, rules.decisionAfterFiling, `filed ${state.filedOn}`, 'referredOn');
  notInFuture(referredOn, context, 'referredOn');
  return [
    { type: 'ApplicationReferred', data: { disputeId: context.disputeId, toCommissionId, reason, referredOn, referredAt: context.now } },
    ...cancelLive(state, context, `referred to ${toCommissionId}`),
  ];
}
