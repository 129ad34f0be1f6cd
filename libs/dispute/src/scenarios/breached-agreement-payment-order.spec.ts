import { caseFile, registration, WORKER } from '../testing/case-file.js';
import { agreement, apply, basicCourt, openMediation, session } from './steps.js';

describe('a wage agreement breached, recovered through a payment order (支付令, LDMAL 16)', () => {
  const dispute = caseFile();

  it('the breach opens the payment-order route for the wage item', () => {
    dispute.on('2026-04-01', registration('2026-04-01'), 'mediator');
    dispute.on('2026-04-01', openMediation('2026-04-01'), 'mediator');
    dispute.on('2026-04-03', session('s1', '2026-04-03', 'agreement'), 'mediator');
    dispute.on('2026-04-03', agreement('2026-04-03', '2026-04-15'), 'mediator');
    dispute.on('2026-04-20', { type: 'RecordAgreementBreached', data: { breachedOn: '2026-04-16', breachedClaimIds: ['c1'] } }, 'mediator');
    expect(dispute.state.mediation).toMatchObject({ status: 'breached', paymentOrderEligibleClaimIds: ['c1'] });
  });

  it('only the breached wage item may go into the payment order', () => {
    expect(
      dispute.refusal('2026-04-21', { type: 'ApplyForPaymentOrder', data: { partyId: WORKER, court: basicCourt, claimIds: ['c2'], appliedOn: '2026-04-21' } }, 'court-liaison'),
    ).toMatch(/paymentOrder/);
  });

  it('the order is applied for, issued and paid: the case closes with the amount recovered', () => {
    dispute.on('2026-04-21', { type: 'ApplyForPaymentOrder', data: { partyId: WORKER, court: basicCourt, claimIds: ['c1'], appliedOn: '2026-04-21' } }, 'court-liaison');
    dispute.on('2026-04-24', { type: 'RecordPaymentOrderIssued', data: { amountFen: 1_000_000, issuedOn: '2026-04-24' } }, 'court-liaison');
    const closing = dispute.on('2026-05-20', { type: 'RecordPaymentOrderOutcome', data: { outcome: 'paid', paidFen: 1_000_000, paidOn: '2026-05-20' } }, 'court-liaison');
    expect(closing.at(-1)).toMatchObject({ type: 'DisputeClosed', data: { outcome: 'payment_order_concluded' } });
    expect(dispute.liveDeadlines()).toEqual([]);
  });

  it('arbitration was available after the breach but is closed to the case now', () => {
    expect(dispute.refusal('2026-05-21', apply('2026-05-21'), 'arbitration-clerk')).toBe('nothingButEnforcementAfterClosure');
  });
});
