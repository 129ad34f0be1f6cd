import { D, given, NOW } from '../testing/given.js';
import { agreed, opened } from '../testing/history.js';

const performed = { type: 'RecordAgreementPerformed' as const, data: { performedOn: '2026-03-18', recoveredFen: 800_000 } };

describe('RecordAgreementPerformed', () => {
  it('closes the case as settled in mediation, with the amounts agreed and recovered', () => {
    given(...agreed).when(performed).then(
      { type: 'MediationAgreementPerformed', data: { disputeId: D, performedOn: '2026-03-18', recoveredFen: 800_000, recordedAt: NOW } },
      { type: 'DeadlineCancelled', data: { disputeId: D, deadlineId: 'mediationAgreementReviewWithinFifteenDays', reason: 'agreement performed', cancelledAt: NOW } },
      { type: 'DisputeClosed', data: { disputeId: D, outcome: 'settled_in_mediation', amounts: { agreed: 800_000, recovered: 800_000 }, closedAt: NOW } },
    );
  });
  it('refuses without an agreement awaiting performance', () => {
    given(...opened).when(performed).thenRefuses('agreementMustAwaitPerformance');
  });
});
