import { deadlineExpired, deadlineSet, disputeClosed, fact } from '../testing/facts.js';
import { AWARD, nonFinalAward, testContext, WORKER } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import {
  annulmentApplied,
  EMPLOYER_ANNULMENT_WINDOW,
  EMPLOYER_NON_FINAL_WINDOW,
  employerAppealed,
  FIRST_INSTANCE,
  finalAwardReceived,
  judgmentServed,
  nonFinalAwardReceived,
  RECEIVED_ON,
  WORKER_FINAL_WINDOW,
  WORKER_NON_FINAL_WINDOW,
  workerSued,
} from '../testing/histories.js';
import type { ExpireDeadline } from './expire-deadline.js';

const expire = (deadlineId: string, dueOn: string): ExpireDeadline => ({ type: 'ExpireDeadline', data: { deadlineId, dueOn } });
const july = testContext({ today: '2026-07-02' });

describe('ExpireDeadline', () => {
  describe('challenge windows', () => {
    it('lets a non-final award take effect when the last window passes unused (LDMAL 50)', () => {
      const context = testContext({ today: '2026-06-17', arbitration: nonFinalAward });
      given(nonFinalAwardReceived)
        .when(expire(WORKER_NON_FINAL_WINDOW, '2026-06-16'), context)
        .then(deadlineExpired(WORKER_NON_FINAL_WINDOW, '2026-06-16', context.now));
      given(nonFinalAwardReceived, deadlineExpired(WORKER_NON_FINAL_WINDOW, '2026-06-16'))
        .when(expire(EMPLOYER_NON_FINAL_WINDOW, '2026-06-16'), context)
        .then(
          deadlineExpired(EMPLOYER_NON_FINAL_WINDOW, '2026-06-16', context.now),
          fact('AwardTookEffect', { awardId: AWARD, awardedFen: 800_000 }, context.now),
          disputeClosed('award_effective', { awarded: 800_000 }, context.now),
        );
    });

    it('records a final award as unchallenged once the worker’s and the employer’s windows have both passed (LDMAL 47-49)', () => {
      given(finalAwardReceived, deadlineExpired(WORKER_FINAL_WINDOW, '2026-06-16'))
        .when(expire(EMPLOYER_ANNULMENT_WINDOW, '2026-07-01'), july)
        .then(
          deadlineExpired(EMPLOYER_ANNULMENT_WINDOW, '2026-07-01', july.now),
          fact('FinalAwardUnchallenged', { awardId: AWARD, awardedFen: 1_500_000 }, july.now),
          disputeClosed('final_award_unchallenged', { awarded: 1_500_000 }, july.now),
        );
    });

    it('has no consequence while a suit or an annulment is under way', () => {
      given(workerSued).when(expire(EMPLOYER_ANNULMENT_WINDOW, '2026-07-01'), july).then(deadlineExpired(EMPLOYER_ANNULMENT_WINDOW, '2026-07-01', july.now));
      given(annulmentApplied).when(expire(WORKER_FINAL_WINDOW, '2026-06-16'), july).then(deadlineExpired(WORKER_FINAL_WINDOW, '2026-06-16', july.now));
    });

    it('waits for a party whose receipt is not yet recorded', () => {
      const workerOnly = [
        fact('ChallengeWindowsOpened', { awardId: AWARD, awardKind: 'final', track: 'final', receipts: [{ partyId: WORKER, role: 'worker', receivedOn: RECEIVED_ON }] }),
        deadlineSet(WORKER_FINAL_WINDOW, 'workerSuitAfterFinalAwardFifteenDays', RECEIVED_ON, '2026-06-16'),
      ];
      given(workerOnly).when(expire(WORKER_FINAL_WINDOW, '2026-06-16'), july).then(deadlineExpired(WORKER_FINAL_WINDOW, '2026-06-16', july.now));
    });
  });

  it('closes the dispute as not pursued when nobody sues within 15 days of an annulment (LDMAL 49)', () => {
    const annulled = [
      ...annulmentApplied,
      deadlineExpired(WORKER_FINAL_WINDOW, '2026-06-16'),
      fact('AwardAnnulled', { awardId: AWARD, ruledOn: '2026-06-28', servedOn: '2026-06-29' }),
      deadlineSet('suitAfterAnnulmentFifteenDays', 'suitAfterAnnulmentFifteenDays', '2026-06-29', '2026-07-14'),
    ];
    const context = testContext({ today: '2026-07-15' });
    given(annulled)
      .when(expire('suitAfterAnnulmentFifteenDays', '2026-07-14'), context)
      .then(deadlineExpired('suitAfterAnnulmentFifteenDays', '2026-07-14', context.now), disputeClosed('not_pursued', undefined, context.now));
  });

  it('makes the first-instance judgment effective and closes the dispute when nobody appeals (CPL 171)', () => {
    const context = testContext({ today: '2026-08-19' });
    given(judgmentServed)
      .when(expire('appealFifteenDays', '2026-08-18'), context)
      .then(
        deadlineExpired('appealFifteenDays', '2026-08-18', context.now),
        fact('JudgmentTookEffect', { caseNumber: FIRST_INSTANCE, awardedFen: 900_000 }, context.now),
        disputeClosed('judgment_final', { awarded: 900_000 }, context.now),
      );
  });

  it('ignores a stale timer: a moved, met, unknown or already expired deadline, or a closed case', () => {
    given(finalAwardReceived).when(expire(WORKER_FINAL_WINDOW, '2026-06-15'), july).thenNothing();
    given(workerSued).when(expire(WORKER_FINAL_WINDOW, '2026-06-16'), july).thenNothing();
    given(employerAppealed).when(expire('appealFifteenDays', '2026-08-18'), testContext({ today: '2026-08-19' })).thenNothing();
    given(finalAwardReceived).when(expire('acceptanceWithinFiveDays', '2026-06-16'), july).thenNothing();
    given(finalAwardReceived, deadlineExpired(WORKER_FINAL_WINDOW, '2026-06-16')).when(expire(WORKER_FINAL_WINDOW, '2026-06-16'), july).thenNothing();
    given(finalAwardReceived).when(expire(WORKER_FINAL_WINDOW, '2026-06-16'), testContext({ today: '2026-07-02', caseClosed: true })).thenNothing();
  });

  it('refuses to expire a window on its own last day: the day still counts (CPL 85)', () => {
    given(finalAwardReceived)
      .when(expire(WORKER_FINAL_WINDOW, '2026-06-16'), testContext({ today: '2026-06-16' }))
      .thenRefuses({ rule: 'deadlineExpiresOnlyAfterItsLastDay', article: 'CPL 85' });
  });
});
