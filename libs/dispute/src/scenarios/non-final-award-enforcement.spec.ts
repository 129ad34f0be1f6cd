import { caseFile, EMPLOYER, registration, WORKER } from '../testing/case-file.js';
import { accept, apply, award, basicCourt, composeSole, hearing, openMediation, received, session } from './steps.js';

describe('mediation fails, a suspended and extended arbitration awards partly non-final, the award takes effect and is enforced', () => {
  const dispute = caseFile();

  it('a failed mediation opens arbitration at once', () => {
    dispute.on('2026-03-02', registration('2026-03-02'), 'mediator');
    dispute.on('2026-03-02', openMediation('2026-03-02'), 'mediator');
    dispute.on('2026-03-04', session('s1', '2026-03-04', 'failed'), 'mediator');
    dispute.on('2026-03-04', { type: 'RecordMediationFailed', data: { failedOn: '2026-03-04', reason: 'the employer denies any arrears' } }, 'mediator');
    expect(dispute.deadline('mediationWindowIsFifteenDays')?.status).not.toBe('running');
    dispute.on('2026-03-05', apply('2026-03-05'), 'arbitration-clerk');
    dispute.on('2026-03-06', accept('2026-03-06'), 'arbitration-clerk');
    // 45 days from 03-07: 2026-04-20 (a Monday).
    expect(dispute.deadline('awardWithinFortyFiveDays')?.dueOn).toBe('2026-04-20');
  });

  it('a suspension stops the 45 days and the resumption adds the paused days back (Rules 46, 47)', () => {
    dispute.on('2026-03-09', composeSole('2026-03-09'), 'arbitration-clerk');
    dispute.on('2026-03-10', { type: 'SuspendArbitration', data: { ground: 'party_died_awaiting_heirs', suspendedOn: '2026-03-10' } }, 'arbitrator');
    expect(dispute.deadline('awardWithinFortyFiveDays')).toMatchObject({ status: 'paused', dueOn: null });
    expect(dispute.refusal('2026-03-12', hearing('2026-03-12', '2026-03-30'), 'arbitration-clerk')).toBe('notWhileSuspended');
    dispute.on('2026-03-22', { type: 'ResumeArbitration', data: { resumedOn: '2026-03-22' } }, 'arbitrator');
    const resumed = dispute.deadline('awardWithinFortyFiveDays');
    expect(resumed?.status).toBe('running');
    expect(resumed?.dueOn! > '2026-04-20').toBe(true);
  });

  it('the chair extends the award period once, by at most 15 days (LDMAL 43)', () => {
    const before = dispute.deadline('awardWithinFortyFiveDays')!.dueOn!;
    const extend = (days: number) => ({ type: 'ExtendAwardDeadline', data: { extensionDays: days, approvedBy: 'chair-zhao', approvalRef: 'HZ-EXT-7', partiesNotifiedOn: '2026-04-01' } }) as const;
    expect(dispute.refusal('2026-04-01', extend(15), 'arbitrator')).toBe('awardExtensionNeedsChairApproval');
    expect(dispute.refusal('2026-04-01', extend(16), 'commission-chair')).toBe('awardExtensionAtMostFifteenDays');
    dispute.on('2026-04-01', extend(15), 'commission-chair');
    expect(dispute.deadline('awardWithinFortyFiveDays')!.dueOn! > before).toBe(true);
    expect(dispute.refusal('2026-04-02', extend(5), 'commission-chair')).toBe('awardExtensionOnlyOnce');
  });

  it('awards wages as final and compensation above 12 months of minimum wage as non-final: the award is challenged as non-final', () => {
    dispute.on('2026-04-03', hearing('2026-04-03', '2026-04-15'), 'arbitration-clerk');
    const facts = dispute.on(
      '2026-04-28',
      award('2026-04-28', [
        { claimId: 'c1', awardedFen: 1_200_000, decision: 'pay the arrears' },
        { claimId: 'c2', awardedFen: 4_000_000, decision: 'pay 40,000 yuan compensation' },
      ]),
      'arbitrator',
    );
    expect(facts.find((f) => f.type === 'AwardIssued')).toMatchObject({
      data: { items: [{ claimId: 'c1', finality: 'final' }, { claimId: 'c2', finality: 'non_final' }] },
    });
    dispute.on('2026-04-30', received(WORKER, '2026-04-30'), 'arbitration-clerk');
    dispute.on('2026-04-30', received(EMPLOYER, '2026-04-30'), 'arbitration-clerk');
    expect(dispute.deadline(`suitAfterNonFinalAwardFifteenDays:${EMPLOYER}`)).toMatchObject({ status: 'running' });
  });

  it('no party sues within 15 days: the award takes effect and the case closes (LDMAL 50)', () => {
    dispute.expire(`suitAfterNonFinalAwardFifteenDays:${WORKER}`);
    const closing = dispute.expire(`suitAfterNonFinalAwardFifteenDays:${EMPLOYER}`);
    expect(closing.at(-1)).toMatchObject({ type: 'DisputeClosed', data: { outcome: 'award_effective', amounts: { awarded: 5_200_000 } } });
  });

  it('after closure only enforcement is taken: applied and concluded with the amount recovered (LDMAL 51)', () => {
    expect(dispute.refusal('2026-06-01', { type: 'RecordLimitationInterruption', data: { ground: 'request_to_authority', interruptedOn: '2026-06-01' } })).toBe(
      'nothingButEnforcementAfterClosure',
    );
    const applied = dispute.on('2026-06-01', { type: 'ApplyForEnforcement', data: { partyId: WORKER, court: basicCourt, title: 'award', appliedOn: '2026-06-01' } }, 'court-liaison');
    const enforcementId = (applied[0]!.data as { enforcementId: string }).enforcementId;
    dispute.on('2026-07-15', { type: 'RecordEnforcementConcluded', data: { enforcementId, recoveredFen: 5_200_000, concludedOn: '2026-07-15' } }, 'court-liaison');
    expect(dispute.types().slice(-2)).toEqual(['EnforcementApplied', 'EnforcementConcluded']);
    expect(dispute.state.status).toBe('closed');
  });
});
