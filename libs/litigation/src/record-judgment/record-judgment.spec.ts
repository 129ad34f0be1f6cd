import { deadlineSet, disputeClosed, fact } from '../testing/facts.js';
import { testContext } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import { FIRST_INSTANCE, firstInstanceRegistered, judgmentServed, workerSued } from '../testing/histories.js';
import type { RecordJudgment } from './record-judgment.js';

const judgment = (overrides: Partial<RecordJudgment['data']> = {}): RecordJudgment => ({
  type: 'RecordJudgment',
  data: { caseNumber: FIRST_INSTANCE, outcome: 'claims_partly_upheld', awardedFen: 900_000, judgedOn: '2026-08-01', servedOn: '2026-08-03', ...overrides },
});
const at = testContext({ today: '2026-08-04' });

describe('RecordJudgment', () => {
  it('records the first-instance judgment and opens the 15-day appeal window from service (CPL 171)', () => {
    given(firstInstanceRegistered)
      .when(judgment(), at)
      .then(
        fact('JudgmentIssued', { caseNumber: FIRST_INSTANCE, outcome: 'claims_partly_upheld', awardedFen: 900_000, judgedOn: '2026-08-01', servedOn: '2026-08-03' }, at.now),
        deadlineSet('appealFifteenDays', 'appealFifteenDays', '2026-08-03', '2026-08-18', at.now),
      );
  });

  it('changes nothing when the same judgment is recorded again, and refuses a different one', () => {
    given(judgmentServed).when(judgment(), at).thenNothing();
    given(judgmentServed).when(judgment({ awardedFen: 1 }), at).thenRefuses({ rule: 'judgmentAlreadyRecorded' });
  });

  it('refuses a judgment without a registered court case, or for another case number', () => {
    given(workerSued).when(judgment(), at).thenRefuses({ rule: 'judgmentNeedsRegisteredCourtCase', field: 'caseNumber' });
    given(firstInstanceRegistered).when(judgment({ caseNumber: '(2026)浙0106民初9999号' }), at).thenRefuses({ rule: 'judgmentNeedsRegisteredCourtCase' });
  });

  it('refuses dates out of order and amounts that are not whole fen', () => {
    given(firstInstanceRegistered).when(judgment({ judgedOn: '2026-06-11' }), at).thenRefuses({ rule: 'statedDateInOrder', field: 'judgedOn' });
    given(firstInstanceRegistered).when(judgment({ servedOn: '2026-07-31' }), at).thenRefuses({ rule: 'statedDateInOrder', field: 'servedOn' });
    given(firstInstanceRegistered).when(judgment({ servedOn: '2026-08-05' }), at).thenRefuses({ rule: 'statedDateNotInFuture', field: 'servedOn' });
    given(firstInstanceRegistered).when(judgment({ awardedFen: 10.5 }), at).thenRefuses({ rule: 'amountInWholeFen', field: 'awardedFen' });
    given(firstInstanceRegistered).when(judgment({ awardedFen: -1 }), at).thenRefuses({ rule: 'amountInWholeFen' });
  });

  it('refuses a judgment in a closed case', () => {
    given(firstInstanceRegistered, disputeClosed('withdrawn')).when(judgment(), at).thenRefuses({ rule: 'nothingButEnforcementAfterClosure' });
  });
});
