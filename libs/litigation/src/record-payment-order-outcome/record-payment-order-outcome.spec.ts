import { disputeClosed, fact } from '../testing/facts.js';
import { basicCourt, testContext, WORKER } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import type { RecordPaymentOrderOutcome } from './record-payment-order-outcome.js';

const paid = (paidFen = 1_500_000, paidOn = '2026-07-01'): RecordPaymentOrderOutcome => ({ type: 'RecordPaymentOrderOutcome', data: { outcome: 'paid', paidFen, paidOn } });
const objected = (objectedOn = '2026-06-25'): RecordPaymentOrderOutcome => ({ type: 'RecordPaymentOrderOutcome', data: { outcome: 'objection_raised', objectedOn } });
const at = testContext({ today: '2026-07-02' });
const applied = fact('PaymentOrderApplied', { partyId: WORKER, courtId: basicCourt.courtId, claimIds: ['wages'], appliedOn: '2026-06-10' });
const issued = [applied, fact('PaymentOrderIssued', { amountFen: 1_500_000, issuedOn: '2026-06-20' })];

describe('RecordPaymentOrderOutcome', () => {
  it('closes the dispute when the employer pays (LDMAL 16)', () => {
    given(issued)
      .when(paid(), at)
      .then(fact('PaymentOrderPaid', { paidFen: 1_500_000, paidOn: '2026-07-01' }, at.now), disputeClosed('payment_order_concluded', { recovered: 1_500_000 }, at.now));
  });

  it('records the employer’s objection: the order lapses and the dispute stays open for arbitration', () => {
    given(issued).when(objected(), at).then(fact('PaymentOrderObjectionRaised', { objectedOn: '2026-06-25' }, at.now));
  });

  it('changes nothing when the same outcome is recorded again, even after closure, and refuses a different one', () => {
    const concluded = [...issued, fact('PaymentOrderPaid', { paidFen: 1_500_000, paidOn: '2026-07-01' }), disputeClosed('payment_order_concluded', { recovered: 1_500_000 })];
    given(concluded).when(paid(), at).thenNothing();
    given(concluded).when(objected(), at).thenRefuses({ rule: 'paymentOrderOutcomeAlreadyRecorded' });
    given(issued, fact('PaymentOrderObjectionRaised', { objectedOn: '2026-06-25' })).when(objected('2026-06-26'), at).thenRefuses({ rule: 'paymentOrderOutcomeAlreadyRecorded' });
  });

  it('refuses an outcome before the order was issued or dated before it', () => {
    given(applied).when(paid(), at).thenRefuses({ rule: 'paymentOrderMustBeIssued' });
    given(issued).when(objected('2026-06-19'), at).thenRefuses({ rule: 'statedDateInOrder', field: 'objectedOn' });
    given(issued).when(paid(1, '2026-06-19'), at).thenRefuses({ rule: 'statedDateInOrder', field: 'paidOn' });
  });

  it('refuses an outcome in a case another stage closed', () => {
    given(issued, disputeClosed('withdrawn')).when(paid(), at).thenRefuses({ rule: 'nothingButEnforcementAfterClosure' });
  });
});
