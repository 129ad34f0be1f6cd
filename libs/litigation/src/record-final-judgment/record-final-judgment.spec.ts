import { disputeClosed, fact } from '../testing/facts.js';
import { testContext } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import { employerAppealed, SECOND_INSTANCE, secondInstanceRegistered } from '../testing/histories.js';
import type { RecordFinalJudgment } from './record-final-judgment.js';

const finalJudgment = (overrides: Partial<RecordFinalJudgment['data']> = {}): RecordFinalJudgment => ({
  type: 'RecordFinalJudgment',
  data: { caseNumber: SECOND_INSTANCE, outcome: 'revised', awardedFen: 1_100_000, judgedOn: '2026-10-15', ...overrides },
});
const at = testContext({ today: '2026-10-16' });
const issued = fact('FinalJudgmentIssued', { caseNumber: SECOND_INSTANCE, outcome: 'revised', awardedFen: 1_100_000, judgedOn: '2026-10-15' }, at.now);

describe('RecordFinalJudgment', () => {
  it('records the second-instance judgment and closes the dispute with the amount it gives', () => {
    given(secondInstanceRegistered).when(finalJudgment(), at).then(issued, disputeClosed('judgment_final', { awarded: 1_100_000 }, at.now));
  });

  it('changes nothing when recorded again, even though the dispute is now closed, and refuses a different one', () => {
    const closed = [...secondInstanceRegistered, issued, disputeClosed('judgment_final', { awarded: 1_100_000 }, at.now)];
    given(closed).when(finalJudgment(), at).thenNothing();
    given(closed).when(finalJudgment({ outcome: 'upheld' }), at).thenRefuses({ rule: 'judgmentAlreadyRecorded' });
  });

  it('refuses a final judgment without a registered second-instance case', () => {
    given(employerAppealed).when(finalJudgment(), at).thenRefuses({ rule: 'judgmentNeedsRegisteredCourtCase', field: 'caseNumber' });
  });

  it('refuses a judgment dated before the case was registered', () => {
    given(secondInstanceRegistered).when(finalJudgment({ judgedOn: '2026-08-19' }), at).thenRefuses({ rule: 'statedDateInOrder', field: 'judgedOn' });
  });
});
