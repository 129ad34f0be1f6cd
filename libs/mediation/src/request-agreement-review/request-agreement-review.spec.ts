import { D, context, given, NOW } from '../testing/given.js';
import { agreed, opened } from '../testing/history.js';

const review = (requestedOn: string) => ({ type: 'RequestAgreementReview' as const, data: { commissionId: 'ac-1', requestedOn } });

describe('RequestAgreementReview (Rules 74)', () => {
  it('is accepted within 15 days of the agreement taking effect, once', () => {
    const facts = [
      { type: 'MediationAgreementReviewRequested' as const, data: { disputeId: D, commissionId: 'ac-1', requestedOn: '2026-03-20', requestedAt: NOW } },
      { type: 'DeadlineMet' as const, data: { disputeId: D, deadlineId: 'mediationAgreementReviewWithinFifteenDays', metOn: '2026-03-20', metAt: NOW } },
    ];
    given(...agreed).when(review('2026-03-20')).then(...facts);
    given(...agreed, ...facts).when(review('2026-03-20')).thenNothing();
  });
  it('is refused after the 15 days, or without an agreement', () => {
    given(...agreed).when(review('2026-03-28'), context({ today: '2026-03-30' })).thenRefuses('mediationAgreementReviewWithinFifteenDays', 'requestedOn');
    given(...opened).when(review('2026-03-20')).thenRefuses('agreementMustAwaitPerformance');
  });
});
