import { ensure, type LegalDate } from '#domain-core';
import type { LitigationContext } from '../context.js';
import type { LitigationFact, PaymentOrderApplied } from '../events.js';
import { litigationRules } from '../rules.js';
import { ensureNotClosed } from '../shared/closure.js';
import type { Court } from '../shared/court.js';
import { ensureStatedDate } from '../shared/dates.js';
import { roleOf } from '../shared/parties.js';
import type { LitigationState } from '../state.js';

/** 支付令: the worker asks the basic court to order payment of agreed items the employer did not pay (LDMAL 16). */
export interface ApplyForPaymentOrder {
  readonly type: 'ApplyForPaymentOrder';
  readonly data: { readonly partyId: string; readonly court: Court; readonly claimIds: readonly string[]; readonly appliedOn: LegalDate };
}

const sameClaims = (a: readonly string[], b: readonly string[]): boolean =>
  new Set(a).size === new Set(b).size && a.every((id) => b.includes(id));

export function applyForPaymentOrder(command: ApplyForPaymentOrder, state: LitigationState, context: LitigationContext): readonly LitigationFact[] {
  const { partyId, court, claimIds, appliedOn } = command.data;
  const earlier = state.paymentOrder;
  if (earlier) {
    const same = earlier.partyId === partyId && earlier.courtId === court.courtId && earlier.appliedOn === appliedOn && sameClaims(earlier.claimIds, claimIds);
    ensure(same, litigationRules.paymentOrderAlreadyApplied, `a payment order was applied for on ${earlier.appliedOn}`);
    return [];
  }
  ensureNotClosed(state, context);
  ensureStatedDate(appliedOn, 'appliedOn', context.today);
  ensure(roleOf(context, partyId) === 'worker', litigationRules.onlyWorkerMayApplyForPaymentOrder, `party ${partyId} is not the worker`, 'partyId');
  ensure(court.level === 'basic', litigationRules.paymentOrderAtBasicCourt, `court ${court.courtId} is a ${court.level} court`, 'court');
  const ineligible = claimIds.filter((id) => !context.paymentOrderEligibleClaimIds.includes(id));
  ensure(
    claimIds.length > 0 && ineligible.length === 0,
    litigationRules.paymentOrderOnlyForEligibleClaims,
    claimIds.length === 0 ? 'no claim items named' : `claims ${ineligible.join(', ')} are not unpaid agreed items a payment order covers`,
    'claimIds',
  );

  const applied: PaymentOrderApplied = {
    type: 'PaymentOrderApplied',
    data: { disputeId: context.disputeId, partyId, courtId: court.courtId, claimIds: [...new Set(claimIds)], appliedOn, recordedAt: context.now },
  };
  return [applied];
}
