import type { EnforcementTitle } from '../events.js';
import { deadlineExpired, disputeClosed, fact } from '../testing/facts.js';
import { AWARD, basicCourt, nonFinalAward, testContext, WORKER } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import {
  annulmentApplied,
  EMPLOYER_ANNULMENT_WINDOW,
  FIRST_INSTANCE,
  finalAwardReceived,
  judgmentServed,
  nonFinalAwardReceived,
  WORKER_FINAL_WINDOW,
  workerSued,
} from '../testing/histories.js';
import type { ApplyForEnforcement } from './apply-for-enforcement.js';

const enforce = (title: EnforcementTitle, partyId = WORKER): ApplyForEnforcement => ({
  type: 'ApplyForEnforcement',
  data: { partyId, court: basicCourt, title, appliedOn: '2026-07-10' },
});
const at = testContext({ today: '2026-07-10' });
const applied = (title: EnforcementTitle) =>
  fact('EnforcementApplied', { enforcementId: 'id-1', partyId: WORKER, courtId: basicCourt.courtId, title, appliedOn: '2026-07-10' }, at.now);

const unchallengedAndClosed = [
  ...finalAwardReceived,
  deadlineExpired(WORKER_FINAL_WINDOW, '2026-06-16'),
  deadlineExpired(EMPLOYER_ANNULMENT_WINDOW, '2026-07-01'),
  fact('FinalAwardUnchallenged', { awardId: AWARD, awardedFen: 1_500_000 }),
  disputeClosed('final_award_unchallenged', { awarded: 1_500_000 }),
];

describe('ApplyForEnforcement', () => {
  it('accepts enforcement of an unchallenged final award after the dispute closed (LDMAL 51)', () => {
    given(unchallengedAndClosed).when(enforce('award'), at).then(applied('award'));
  });

  it('accepts enforcement of a final award while its windows still run: it binds from the day it was made (LDMAL 47)', () => {
    given(finalAwardReceived).when(enforce('award'), at).then(applied('award'));
  });

  it('refuses enforcement of an award that is not in effect', () => {
    given(nonFinalAwardReceived).when(enforce('award'), testContext({ today: '2026-07-10', arbitration: nonFinalAward })).thenRefuses({ rule: 'enforcementNeedsEffectiveTitle', field: 'title' });
    given(workerSued).when(enforce('award'), at).thenRefuses({ rule: 'enforcementNeedsEffectiveTitle' });
    given(annulmentApplied).when(enforce('award'), at).thenRefuses({ rule: 'enforcementNeedsEffectiveTitle' });
    given().when(enforce('award'), at).thenRefuses({ rule: 'enforcementNeedsEffectiveTitle' });
  });

  it('enforces a 调解书 that has taken effect, and nothing else under that title', () => {
    given().when(enforce('mediation_statement'), testContext({ today: '2026-07-10', arbitration: { kind: 'mediation_statement_effective', statementId: 'statement-1' } })).then(applied('mediation_statement'));
    given().when(enforce('mediation_statement'), at).thenRefuses({ rule: 'enforcementNeedsEffectiveTitle' });
  });

  it('enforces a judgment only once it is effective', () => {
    const later = testContext({ today: '2026-08-20' });
    const effective = [...judgmentServed, fact('JudgmentTookEffect', { caseNumber: FIRST_INSTANCE, awardedFen: 900_000 }), disputeClosed('judgment_final', { awarded: 900_000 })];
    const command: ApplyForEnforcement = { ...enforce('judgment'), data: { ...enforce('judgment').data, appliedOn: '2026-08-20' } };
    given(effective)
      .when(command, later)
      .then(fact('EnforcementApplied', { enforcementId: 'id-1', partyId: WORKER, courtId: basicCourt.courtId, title: 'judgment', appliedOn: '2026-08-20' }, later.now));
    given(judgmentServed).when(command, later).thenRefuses({ rule: 'enforcementNeedsEffectiveTitle' });
  });

  it('changes nothing when the same application is recorded again', () => {
    given(unchallengedAndClosed, applied('award')).when(enforce('award'), at).thenNothing();
  });

  it('refuses a stranger', () => {
    given(unchallengedAndClosed).when(enforce('award', 'stranger'), at).thenRefuses({ rule: 'partyMustBeOnTheCase' });
  });
});
