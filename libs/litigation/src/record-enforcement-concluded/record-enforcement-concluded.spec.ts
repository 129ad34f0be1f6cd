import { deadlineCancelled, deadlineExpired, disputeClosed, fact } from '../testing/facts.js';
import { AWARD, basicCourt, testContext, WORKER } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import { EMPLOYER_ANNULMENT_WINDOW, finalAwardReceived, WORKER_FINAL_WINDOW } from '../testing/histories.js';
import type { RecordEnforcementConcluded } from './record-enforcement-concluded.js';

const conclude = (recoveredFen = 1_500_000, concludedOn = '2026-09-01', enforcementId = 'enforcement-1'): RecordEnforcementConcluded => ({
  type: 'RecordEnforcementConcluded',
  data: { enforcementId, recoveredFen, concludedOn },
});
const at = testContext({ today: '2026-09-02' });
const applied = fact('EnforcementApplied', { enforcementId: 'enforcement-1', partyId: WORKER, courtId: basicCourt.courtId, title: 'award', appliedOn: '2026-06-20' });
const concluded = fact('EnforcementConcluded', { enforcementId: 'enforcement-1', recoveredFen: 1_500_000, concludedOn: '2026-09-01' }, at.now);

const closedThenEnforced = [
  ...finalAwardReceived,
  deadlineExpired(WORKER_FINAL_WINDOW, '2026-06-16'),
  deadlineExpired(EMPLOYER_ANNULMENT_WINDOW, '2026-07-01'),
  fact('FinalAwardUnchallenged', { awardId: AWARD, awardedFen: 1_500_000 }),
  disputeClosed('final_award_unchallenged', { awarded: 1_500_000 }),
  applied,
];

describe('RecordEnforcementConcluded', () => {
  it('records what was recovered after closure, without closing again', () => {
    given(closedThenEnforced).when(conclude(), at).then(concluded);
  });

  it('closes a dispute still open, cancelling the windows that still ran (LDMAL 51)', () => {
    given(finalAwardReceived, deadlineExpired(WORKER_FINAL_WINDOW, '2026-06-16'), applied)
      .when(conclude(1_500_000, '2026-06-25'), testContext({ today: '2026-06-26' }))
      .then(
        fact('EnforcementConcluded', { enforcementId: 'enforcement-1', recoveredFen: 1_500_000, concludedOn: '2026-06-25' }, '2026-06-26T02:00:00.000Z'),
        deadlineCancelled(EMPLOYER_ANNULMENT_WINDOW, 'dispute closed: enforcement_concluded', '2026-06-26T02:00:00.000Z'),
        disputeClosed('enforcement_concluded', { recovered: 1_500_000 }, '2026-06-26T02:00:00.000Z'),
      );
  });

  it('changes nothing when recorded again, and refuses a different conclusion', () => {
    given(closedThenEnforced, concluded).when(conclude(), at).thenNothing();
    given(closedThenEnforced, concluded).when(conclude(1), at).thenRefuses({ rule: 'enforcementAlreadyConcluded' });
  });

  it('refuses an enforcement nobody applied for, a conclusion before the application and a fraction of a fen', () => {
    given(closedThenEnforced).when(conclude(1, '2026-09-01', 'enforcement-9'), at).thenRefuses({ rule: 'enforcementMustBeApplied', field: 'enforcementId' });
    given(closedThenEnforced).when(conclude(1, '2026-06-19'), at).thenRefuses({ rule: 'statedDateInOrder', field: 'concludedOn' });
    given(closedThenEnforced).when(conclude(0.5), at).thenRefuses({ rule: 'amountInWholeFen', field: 'recoveredFen' });
  });
});
