import { D, context, given, NOW } from '../testing/given.js';
import { agreed } from '../testing/history.js';

const breach = (breachedOn = '2026-04-02', breachedClaimIds = ['c1']) => ({ type: 'RecordAgreementBreached' as const, data: { breachedOn, breachedClaimIds } });
const later = context({ today: '2026-04-05' });

describe('RecordAgreementBreached (LDMAL 15, 16)', () => {
  it('opens arbitration, and the payment-order route for a breached wage term', () => {
    given(...agreed).when(breach(), later).then({
      type: 'MediationAgreementBreached',
      data: { disputeId: D, breachedOn: '2026-04-02', breachedClaimIds: ['c1'], paymentOrderEligibleClaimIds: ['c1'], recordedAt: NOW },
    });
  });
  it('refuses a breach before the performance date has passed, and on claims not agreed', () => {
    given(...agreed).when(breach('2026-03-31'), later).thenRefuses('breachOnlyAfterPerformanceDue', 'breachedOn');
    given(...agreed).when(breach('2026-04-02', ['c2']), later).thenRefuses('breachRefersToAgreedClaims');
  });
});
