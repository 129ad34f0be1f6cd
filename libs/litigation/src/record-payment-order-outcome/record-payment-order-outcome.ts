import { ensure, type Fen, type LegalDate } from '#domain-core';
import type { LitigationContext } from '../context.js';
import type { LitigationFact, PaymentOrderObjectionRaised, PaymentOrderPaid } from '../events.js';
import { litigationRules } from '../rules.js';
import { closeDispute, ensureNotClosed } from '../shared/closure.js';
import { ensureNotBefore, ensureStatedDate, ensureWholeFen } from '../shared/dates.js';
import { evolveLitigation, type LitigationState, type PaymentOrder } from '../state.js';

/** The employer paid, or objected (异议) and the order lapsed so the worker may apply for arbitration (LDMAL 16). */
export interface RecordPaymentOrderOutcome {
  readonly type: 'RecordPaymentOrderOutcome';
  readonly data:
    | { readonly outcome: 'paid'; readonly paidFen: Fen; readonly paidOn: LegalDate }
    | { readonly outcome: 'objection_raised'; readonly objectedOn: LegalDate };
}

const sameOutcome = (recorded: NonNullable<PaymentOrder['outcome']>, data: RecordPaymentOrderOutcome['data']): boolean =>
  recorded.kind === 'paid'
    ? data.outcome === 'paid' && data.paidFen === recorded.paidFen && data.paidOn === recorded.paidOn
    : data.outcome === 'objection_raised' && data.objectedOn === recorded.objectedOn;

export function recordPaymentOrderOutcome(command: RecordPaymentOrderOutcome, state: LitigationState, context: LitigationContext): readonly LitigationFact[] {
  const { data } = command;
  const issued = state.paymentOrder?.issued;
  ensure(issued !== undefined, litigationRules.paymentOrderMustBeIssued, 'no payment order has been issued');
  const recorded = state.paymentOrder?.outcome;
  if (recorded) {
    ensure(sameOutcome(recorded, data), litigationRules.paymentOrderOutcomeAlreadyRecorded, `the payment order was already ${recorded.kind.replace('_', ' ')}`);
    return [];
  }
  ensureNotClosed(state, context);
  const disputeId = context.disputeId;
  if (data.outcome === 'objection_raised') {
    ensureStatedDate(data.objectedOn, 'objectedOn', context.today);
    ensureNotBefore(data.objectedOn, issued.issuedOn, 'objectedOn', 'the order of');
    const objected: PaymentOrderObjectionRaised = { type: 'PaymentOrderObjectionRaised', data: { disputeId, objectedOn: data.objectedOn, recordedAt: context.now } };
    return [objected];
  }
  ensureStatedDate(data.paidOn, 'paidOn', context.today);
  ensureNotBefore(data.paidOn, issued.issuedOn, 'paidOn', 'the order of');
  ensureWholeFen(data.paidFen, 'paidFen');
  const paid: PaymentOrderPaid = { type: 'PaymentOrderPaid', data: { disputeId, paidFen: data.paidFen, paidOn: data.paidOn, recordedAt: context.now } };
  return [paid, ...closeDispute(evolveLitigation(state, paid), context, 'payment_order_concluded', { recovered: data.paidFen })];
}
