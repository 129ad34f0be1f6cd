import { ensure, type Fen, type LegalDate } from '#domain-core';
import type { LitigationContext } from '../context.js';
import type { LitigationFact, PaymentOrderIssued } from '../events.js';
import { litigationRules } from '../rules.js';
import { ensureNotClosed } from '../shared/closure.js';
import { ensureNotBefore, ensureStatedDate, ensureWholeFen } from '../shared/dates.js';
import type { LitigationState } from '../state.js';

export interface RecordPaymentOrderIssued {
  readonly type: 'RecordPaymentOrderIssued';
  readonly data: { readonly amountFen: Fen; readonly issuedOn: LegalDate };
}

export function recordPaymentOrderIssued(command: RecordPaymentOrderIssued, state: LitigationState, context: LitigationContext): readonly LitigationFact[] {
  const { amountFen, issuedOn } = command.data;
  const order = state.paymentOrder;
  ensure(order !== undefined, litigationRules.paymentOrderMustBeApplied, 'no payment order was applied for');
  if (order.issued) {
    ensure(order.issued.amountFen === amountFen && order.issued.issuedOn === issuedOn, litigationRules.paymentOrderAlreadyIssued, `issued on ${order.issued.issuedOn}`);
    return [];
  }
  ensureNotClosed(state, context);
  ensureStatedDate(issuedOn, 'issuedOn', context.today);
  ensureNotBefore(issuedOn, order.appliedOn, 'issuedOn', 'the application of');
  ensureWholeFen(amountFen, 'amountFen');

  const issued: PaymentOrderIssued = { type: 'PaymentOrderIssued', data: { disputeId: context.disputeId, amountFen, issuedOn, recordedAt: context.now } };
  return [issued];
}
