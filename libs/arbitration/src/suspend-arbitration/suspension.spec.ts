import { context, D, due, given, history, NOW } from '../testing/given.js';
import { accept, apply, compose, resume, suspend } from '../testing/steps.js';

describe('Suspension (中止, Rules 46–47) and extension (LDMAL 43)', () => {
  it('pauses the award clock, then resumes it with the suspended days left out', () => {
    // Accepted 5 Mar; suspended 10 Mar, resumed 22 Mar: 12 days out. 19 Apr + 12 = Fri 1 May, Labour Day
    // (1–5 May) → Wed 6 May.
    given(...history([apply], [accept])).when(suspend).then(
      { type: 'ArbitrationSuspended', data: { disputeId: D, ground: 'awaiting_work_injury_determination', suspendedOn: '2026-03-10', suspendedAt: NOW } },
      { type: 'DeadlinePaused', data: { disputeId: D, deadlineId: 'awardWithinFortyFiveDays', pausedOn: '2026-03-10', reason: 'suspension', pausedAt: NOW } },
    );
    const resumed = given(...history([apply], [accept], [suspend])).when(resume).decide();
    expect(resumed[1]).toMatchObject({ type: 'DeadlineResumed', data: { deadlineId: 'awardWithinFortyFiveDays', resumedOn: '2026-03-22', dueOn: '2026-05-06' } });
  });
  it('refuses a second suspension, resuming what runs, and steps while suspended', () => {
    given(...history([apply], [accept], [suspend])).when({ type: 'SuspendArbitration', data: { ground: 'force_majeure', suspendedOn: '2026-03-11' } }).thenRefuses('suspendOnlyWhatRuns');
    given(...history([apply], [accept])).when(resume).thenRefuses('suspendOnlyWhatRuns');
    given(...history([apply], [accept], [suspend])).when(compose).thenRefuses('notWhileSuspended');
  });
  const extend = (extensionDays: number) => ({
    type: 'ExtendAwardDeadline' as const,
    data: { extensionDays, approvedBy: 'chair-1', approvalRef: '延期审批〔2026〕7号', partiesNotifiedOn: '2026-04-10' },
  });
  const chair = context({ actorRole: 'commission-chair' });
  it('extends once, by at most 15 days, with the chair’s approval; the new end counts the suspension', () => {
    // 45 + 12 suspended + 15 = 72 days after 5 Mar = Sat 16 May → Mon 18 May.
    const extended = given(...history([apply], [accept], [suspend], [resume])).when(extend(15), chair).decide();
    expect(extended[1]).toMatchObject({ type: 'DeadlineExtended', data: { extensionDays: 15, dueOn: '2026-05-18' } });
    expect(due('awardWithinFortyFiveDays', '2026-03-05', { extensionDays: 15 }).dueOn).toBe('2026-05-06');
  });
  it('refuses an extension by anyone but the chair, over 15 days, or a second one', () => {
    given(...history([apply], [accept])).when(extend(10)).thenRefuses('awardExtensionNeedsChairApproval');
    given(...history([apply], [accept])).when(extend(16), chair).thenRefuses('awardExtensionAtMostFifteenDays', 'extensionDays');
    given(...history([apply], [accept], [extend(5), chair])).when(extend(5), chair).thenNothing();
    given(...history([apply], [accept], [extend(5), chair])).when(extend(6), chair).thenRefuses('awardExtensionOnlyOnce');
  });
});
