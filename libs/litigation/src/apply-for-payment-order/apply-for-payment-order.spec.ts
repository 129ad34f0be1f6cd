import { disputeClosed, fact } from '../testing/facts.js';
import { basicCourt, EMPLOYER, intermediateCourt, testContext, WORKER } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import type { ApplyForPaymentOrder } from './apply-for-payment-order.js';

const apply = (overrides: Partial<ApplyForPaymentOrder['data']> = {}): ApplyForPaymentOrder => ({
  type: 'ApplyForPaymentOrder',
  data: { partyId: WORKER, court: basicCourt, claimIds: ['wages', 'compensation'], appliedOn: '2026-06-10', ...overrides },
});
const eligible = testContext({ paymentOrderEligibleClaimIds: ['wages', 'compensation', 'injury-costs'] });
const applied = fact('PaymentOrderApplied', { partyId: WORKER, courtId: basicCourt.courtId, claimIds: ['wages', 'compensation'], appliedOn: '2026-06-10' });

describe('ApplyForPaymentOrder', () => {
  it('records the worker’s application to the basic court for agreed items left unpaid (支付令, LDMAL 16)', () => {
    given().when(apply(), eligible).then(applied);
  });

  it('changes nothing when the same application is recorded again (in any order of items), and refuses a second one', () => {
    given(applied).when(apply({ claimIds: ['compensation', 'wages'] }), eligible).thenNothing();
    given(applied).when(apply({ claimIds: ['wages'] }), eligible).thenRefuses({ rule: 'paymentOrderAlreadyApplied' });
  });

  it('refuses items the mediation breach did not make eligible, or none at all', () => {
    given().when(apply({ claimIds: ['wages', 'reinstatement'] }), eligible).thenRefuses({ rule: 'paymentOrderOnlyForEligibleClaims', article: 'LDMAL 16', field: 'claimIds' });
    given().when(apply({ claimIds: [] }), eligible).thenRefuses({ rule: 'paymentOrderOnlyForEligibleClaims' });
    given().when(apply(), testContext()).thenRefuses({ rule: 'paymentOrderOnlyForEligibleClaims' });
  });

  it('refuses the employer and any court but a basic one', () => {
    given().when(apply({ partyId: EMPLOYER }), eligible).thenRefuses({ rule: 'onlyWorkerMayApplyForPaymentOrder', field: 'partyId' });
    given().when(apply({ court: intermediateCourt }), eligible).thenRefuses({ rule: 'paymentOrderAtBasicCourt', field: 'court' });
  });

  it('refuses an application in a closed case', () => {
    given(disputeClosed('settled_in_mediation')).when(apply(), eligible).thenRefuses({ rule: 'nothingButEnforcementAfterClosure' });
  });
});
