import { deadlineMet, deadlineSet, disputeClosed, fact } from '../testing/facts.js';
import { AWARD, basicCourt, EMPLOYER, intermediateCourt, mixedAward, testContext, WORKER } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import { annulmentApplied, EMPLOYER_ANNULMENT_WINDOW, finalAwardReceived, nonFinalAwardReceived, workerSued } from '../testing/histories.js';
import type { ApplyForAnnulment } from './apply-for-annulment.js';

const apply = (partyId = EMPLOYER, appliedOn = '2026-06-20', court = intermediateCourt): ApplyForAnnulment => ({
  type: 'ApplyForAnnulment',
  data: { partyId, court, appliedOn },
});
const at = testContext({ today: '2026-06-20' });

describe('ApplyForAnnulment', () => {
  it('records the employer’s application at the intermediate court and meets its 30-day window (LDMAL 49)', () => {
    given(finalAwardReceived)
      .when(apply(), at)
      .then(
        fact('AnnulmentApplied', { awardId: AWARD, partyId: EMPLOYER, courtId: intermediateCourt.courtId, appliedOn: '2026-06-20' }, at.now),
        deadlineMet(EMPLOYER_ANNULMENT_WINDOW, '2026-06-20', at.now),
      );
  });

  it('changes nothing when the same application is recorded again, and refuses a second one', () => {
    given(annulmentApplied).when(apply(), at).thenNothing();
    given(annulmentApplied).when(apply(EMPLOYER, '2026-06-19'), at).thenRefuses({ rule: 'annulmentAlreadyApplied' });
  });

  it('refuses the worker: annulment is the employer’s remedy', () => {
    given(finalAwardReceived).when(apply(WORKER), at).thenRefuses({ rule: 'onlyEmployerMayApplyForAnnulment', article: 'LDMAL 49', field: 'partyId' });
  });

  it('refuses annulment of a non-final or mixed award', () => {
    given(nonFinalAwardReceived).when(apply(), at).thenRefuses({ rule: 'annulmentOnlyForFinalAward' });
    const mixedReceived = [
      fact('ChallengeWindowsOpened', { awardId: AWARD, awardKind: 'mixed', track: 'non_final', receipts: [{ partyId: EMPLOYER, role: 'employer', receivedOn: '2026-06-01' }] }),
      deadlineSet(`suitAfterNonFinalAwardFifteenDays:${EMPLOYER}`, 'suitAfterNonFinalAwardFifteenDays', '2026-06-01', '2026-06-16'),
    ];
    given(mixedReceived).when(apply(EMPLOYER, '2026-06-10'), testContext({ arbitration: mixedAward })).thenRefuses({ rule: 'annulmentOnlyForFinalAward' });
  });

  it('refuses an application at a basic court', () => {
    given(finalAwardReceived).when(apply(EMPLOYER, '2026-06-20', basicCourt), at).thenRefuses({ rule: 'annulmentAtIntermediateCourt', field: 'court' });
  });

  it('refuses an application after the 30 days', () => {
    given(finalAwardReceived)
      .when(apply(EMPLOYER, '2026-07-02'), testContext({ today: '2026-07-05' }))
      .thenRefuses({ rule: 'annulmentWithinThirtyDays', article: 'LDMAL 49', field: 'appliedOn' });
  });

  it('refuses the application once the worker has sued on the final award (Interp. I 18)', () => {
    given(workerSued).when(apply(), at).thenRefuses({ rule: 'noAnnulmentWhileWorkerSues' });
  });

  it('refuses an application in a closed case', () => {
    given(finalAwardReceived, disputeClosed('withdrawn')).when(apply(), at).thenRefuses({ rule: 'nothingButEnforcementAfterClosure' });
  });
});
