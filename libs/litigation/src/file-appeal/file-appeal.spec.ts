import { deadlineExpired, deadlineMet, disputeClosed, fact } from '../testing/facts.js';
import { EMPLOYER, testContext, WORKER } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import { employerAppealed, firstInstanceRegistered, judgmentServed } from '../testing/histories.js';
import type { FileAppeal } from './file-appeal.js';

const appeal = (partyId: string, filedOn = '2026-08-10'): FileAppeal => ({ type: 'FileAppeal', data: { partyId, filedOn } });
const at = testContext({ today: '2026-08-10' });

describe('FileAppeal', () => {
  it('files the appeal within 15 days of service and meets the window (CPL 171)', () => {
    given(judgmentServed)
      .when(appeal(EMPLOYER), at)
      .then(fact('AppealFiled', { partyId: EMPLOYER, role: 'employer', filedOn: '2026-08-10' }, at.now), deadlineMet('appealFifteenDays', '2026-08-10', at.now));
  });

  it('lets the other party appeal too while the window lasts, up to its last day', () => {
    const lastDay = testContext({ today: '2026-08-18' });
    given(employerAppealed)
      .when(appeal(WORKER, '2026-08-18'), lastDay)
      .then(fact('AppealFiled', { partyId: WORKER, role: 'worker', filedOn: '2026-08-18' }, lastDay.now));
  });

  it('refuses an appeal after the 15 days', () => {
    const late = testContext({ today: '2026-08-25' });
    given(judgmentServed).when(appeal(WORKER, '2026-08-19'), late).thenRefuses({ rule: 'appealWithinFifteenDays', article: 'CPL 171', field: 'filedOn' });
    given(employerAppealed).when(appeal(WORKER, '2026-08-19'), late).thenRefuses({ rule: 'appealWithinFifteenDays' });
    given(judgmentServed, deadlineExpired('appealFifteenDays', '2026-08-18')).when(appeal(WORKER, '2026-08-17'), late).thenRefuses({ rule: 'appealWithinFifteenDays' });
  });

  it('changes nothing when the same appeal is filed again, and refuses a second appeal by the same party', () => {
    given(employerAppealed).when(appeal(EMPLOYER), at).thenNothing();
    given(employerAppealed).when(appeal(EMPLOYER, '2026-08-09'), at).thenRefuses({ rule: 'appealAlreadyFiled' });
  });

  it('refuses an appeal with no judgment, by a stranger, or in a closed case', () => {
    given(firstInstanceRegistered).when(appeal(EMPLOYER), at).thenRefuses({ rule: 'appealNeedsJudgment' });
    given(judgmentServed).when(appeal('stranger'), at).thenRefuses({ rule: 'partyMustBeOnTheCase' });
    given(judgmentServed, disputeClosed('withdrawn')).when(appeal(EMPLOYER), at).thenRefuses({ rule: 'nothingButEnforcementAfterClosure' });
  });
});
