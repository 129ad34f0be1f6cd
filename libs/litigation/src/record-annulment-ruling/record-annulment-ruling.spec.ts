import { deadlineCancelled, deadlineExpired, deadlineMet, deadlineSet, disputeClosed, fact } from '../testing/facts.js';
import { AWARD, testContext } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import { annulmentApplied, EMPLOYER_ANNULMENT_WINDOW, finalAwardReceived, WORKER_FINAL_WINDOW } from '../testing/histories.js';
import type { RecordAnnulmentRuling } from './record-annulment-ruling.js';

const ruling = (result: 'annulled' | 'rejected', ruledOn = '2026-06-28', servedOn = '2026-06-29'): RecordAnnulmentRuling => ({
  type: 'RecordAnnulmentRuling',
  data: { ruling: result, ruledOn, servedOn },
});
const at = testContext({ today: '2026-06-30' });
const ruled = { awardId: AWARD, ruledOn: '2026-06-28', servedOn: '2026-06-29' };

describe('RecordAnnulmentRuling', () => {
  it('annuls the award: the worker’s window on it goes, and either party has 15 days from the ruling (LDMAL 49)', () => {
    // The worker's window ended on 2026-06-16 unused; only the new window is set.
    given(annulmentApplied, deadlineExpired(WORKER_FINAL_WINDOW, '2026-06-16'))
      .when(ruling('annulled'), at)
      .then(
        fact('AwardAnnulled', ruled, at.now),
        deadlineSet('suitAfterAnnulmentFifteenDays', 'suitAfterAnnulmentFifteenDays', '2026-06-29', '2026-07-14', at.now),
      );
  });

  it('cancels the worker’s window on the award while it still runs', () => {
    const beforeWorkerWindowEnds = [
      ...finalAwardReceived,
      fact('AnnulmentApplied', { awardId: AWARD, partyId: 'employer-1', courtId: 'court-hangzhou', appliedOn: '2026-06-05' }),
      deadlineMet(EMPLOYER_ANNULMENT_WINDOW, '2026-06-05'),
    ];
    const context = testContext({ today: '2026-06-12' });
    given(beforeWorkerWindowEnds)
      .when(ruling('annulled', '2026-06-10', '2026-06-11'), context)
      .then(
        fact('AwardAnnulled', { awardId: AWARD, ruledOn: '2026-06-10', servedOn: '2026-06-11' }, context.now),
        deadlineCancelled(WORKER_FINAL_WINDOW, 'award annulled (LDMAL 49)', context.now),
        deadlineSet('suitAfterAnnulmentFifteenDays', 'suitAfterAnnulmentFifteenDays', '2026-06-11', '2026-06-26', context.now),
      );
  });

  it('rejects the application: once every window has passed unused, the final award can no longer be challenged', () => {
    given(annulmentApplied, deadlineExpired(WORKER_FINAL_WINDOW, '2026-06-16'))
      .when(ruling('rejected'), at)
      .then(
        fact('AnnulmentRejected', ruled, at.now),
        fact('FinalAwardUnchallenged', { awardId: AWARD, awardedFen: 1_500_000 }, at.now),
        disputeClosed('final_award_unchallenged', { awarded: 1_500_000 }, at.now),
      );
  });

  it('rejects the application while the worker may still sue: the award waits', () => {
    const earlyApplication = [
      ...finalAwardReceived,
      fact('AnnulmentApplied', { awardId: AWARD, partyId: 'employer-1', courtId: 'court-hangzhou', appliedOn: '2026-06-05' }),
      deadlineMet(EMPLOYER_ANNULMENT_WINDOW, '2026-06-05'),
    ];
    const context = testContext({ today: '2026-06-12' });
    given(earlyApplication)
      .when(ruling('rejected', '2026-06-10', '2026-06-11'), context)
      .then(fact('AnnulmentRejected', { awardId: AWARD, ruledOn: '2026-06-10', servedOn: '2026-06-11' }, context.now));
  });

  it('changes nothing when the same ruling is recorded again, and refuses a different one', () => {
    const annulled = [...annulmentApplied, fact('AwardAnnulled', ruled)];
    given(annulled).when(ruling('annulled'), at).thenNothing();
    given(annulled).when(ruling('rejected'), at).thenRefuses({ rule: 'annulmentAlreadyRuled' });
  });

  it('refuses a ruling dated in the future', () => {
    given(annulmentApplied).when(ruling('annulled'), testContext({ today: '2026-06-28' })).thenRefuses({ rule: 'statedDateNotInFuture', field: 'servedOn' });
  });

  it('refuses a ruling nobody applied for, or dated before the application or served before it was given', () => {
    given(finalAwardReceived).when(ruling('annulled'), at).thenRefuses({ rule: 'annulmentRulingNeedsApplication' });
    given(annulmentApplied).when(ruling('annulled', '2026-06-19', '2026-06-29'), at).thenRefuses({ rule: 'statedDateInOrder', field: 'ruledOn' });
    given(annulmentApplied).when(ruling('annulled', '2026-06-28', '2026-06-27'), at).thenRefuses({ rule: 'statedDateInOrder', field: 'servedOn' });
  });
});
