import { ensure, refuse } from '#domain-core';
import type { RecordAgreementBreached } from '../commands.js';
import type { MediationContext } from '../context.js';
import type { MediationAgreementBreached } from '../events.js';
import { mediationRules as rules, paymentOrderClaimTypes } from '../rules.js';
import type { MediationState } from '../state.js';

/**
 * Not performed in the agreed period (LDMAL 15): arbitration opens; breached items on wages, work-injury medical
 * costs, economic compensation or damages also open the payment-order route to court (支付令, LDMAL 16).
 */
export function recordAgreementBreached(
  command: RecordAgreementBreached,
  state: MediationState,
  context: MediationContext,
): readonly MediationAgreementBreached[] {
  if (state.status === 'breached') return [];
  if (state.status !== 'agreement_pending') return refuse(rules.agreementMustAwaitPerformance, `mediation is ${state.status}`);
  const { breachedOn, breachedClaimIds } = command.data;
  ensure(breachedOn > state.agreement.performanceDueOn, rules.breachOnlyAfterPerformanceDue, `performance is due by ${state.agreement.performanceDueOn}`, 'breachedOn');
  ensure(breachedOn <= context.today, rules.statedDatesNotInFuture, 'a breach on record has happened', 'breachedOn');
  const agreed = new Set(state.agreement.terms.map((t) => t.claimId));
  ensure(breachedClaimIds.length > 0 && breachedClaimIds.every((id) => agreed.has(id)), rules.breachRefersToAgreedClaims, 'name claims the agreement settled', 'breachedClaimIds');
  const types = new Map(context.dispute.claims.map((c) => [c.claimId, c.type]));
  const paymentOrderEligibleClaimIds = breachedClaimIds.filter((id) => paymentOrderClaimTypes.includes(types.get(id) ?? ''));
  return [
    { type: 'MediationAgreementBreached', data: { disputeId: context.disputeId, breachedOn, breachedClaimIds, paymentOrderEligibleClaimIds, recordedAt: context.now } },
  ];
}
