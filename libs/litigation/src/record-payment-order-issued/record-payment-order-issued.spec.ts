import { fact } from '../testing/facts.js';
import { basicCourt, testContext, WORKER } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import type { RecordPaymentOrderIssued } from './record-payment-order-issued.js';

const issue = (amountFen = 1_500_000, issuedOn = '2026-06-20'): RecordPaymentOrderIssued => ({ type: 'RecordPaymentOrderIssued', data: { amountFen, issuedOn } });
const at = testContext({ today: '2026-06-21' });
const applied = fact('PaymentOrderApplied', { partyId: WORKER, courtId: basicCourt.courtId, claimIds: ['wages'], appliedOn: '2026-06-10' });
const issued = fact('PaymentOrderIssued', { amountFen: 1_500_000, issuedOn: '2026-06-20' }, at.now);

describe('RecordPaymentOrderIssued', () => {
  it('records the order the court issued', () => {
    given(applied).when(issue(), at).then(issued);
  });

  it('changes nothing when recorded again, and refuses a different order', () => {
    given(applied, issued).when(issue(), at).thenNothing();
    given(applied, issued).when(issue(1), at).thenRefuses({ rule: 'paymentOrderAlreadyIssued' });
  });

  it('refuses an order nobody applied for, one dated before the application, and a fraction of a fen', () => {
    given().when(issue(), at).thenRefuses({ rule: 'paymentOrderMustBeApplied' });
    given(applied).when(issue(1, '2026-06-09'), at).thenRefuses({ rule: 'statedDateInOrder', field: 'issuedOn' });
    given(applied).when(issue(1.5), at).thenRefuses({ rule: 'amountInWholeFen', field: 'amountFen' });
  });
});
