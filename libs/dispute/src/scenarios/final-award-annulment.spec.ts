import { caseFile, EMPLOYER, registration, WORKER } from '../testing/case-file.js';
import { accept, apply, award, composeSole, hearing, intermediateCourt, received } from './steps.js';

const wagesOnly = registration('2026-06-01', {
  claims: [{ claimId: 'c1', type: 'wages', amountFen: 1_200_000, description: 'unpaid wages' }],
});

describe('a final award (终局裁决, LDMAL 47), the employer applies to annul it and fails', () => {
  const dispute = caseFile();

  it('goes straight to arbitration (no mediation chosen) and is accepted within the 5 days', () => {
    dispute.on('2026-06-01', wagesOnly, 'arbitration-clerk');
    dispute.on('2026-06-01', apply('2026-06-01'), 'arbitration-clerk');
    dispute.on('2026-06-03', accept('2026-06-03'), 'arbitration-clerk');
    expect(dispute.deadline('acceptanceWithinFiveDays')?.status).toBe('met');
    // 45 calendar days from the day after acceptance (LDMAL 43): 2026-07-18, a Saturday, so Monday 2026-07-20.
    expect(dispute.deadline('awardWithinFortyFiveDays')).toMatchObject({ status: 'running', dueOn: '2026-07-20' });
  });

  it('refuses an award before the tribunal is composed and a hearing noticed under 5 days', () => {
    expect(dispute.refusal('2026-06-05', award('2026-06-05', [{ claimId: 'c1', awardedFen: 1_200_000, decision: 'pay' }]), 'arbitrator')).toBe('awardRequiresComposedTribunal');
    dispute.on('2026-06-05', composeSole('2026-06-05'), 'arbitration-clerk');
    expect(dispute.refusal('2026-06-08', hearing('2026-06-08', '2026-06-11'), 'arbitration-clerk')).toBe('hearingNoticeAtLeastFiveDays');
    dispute.on('2026-06-08', hearing('2026-06-08', '2026-06-22'), 'arbitration-clerk');
  });

  it('awards the wages as final: 12,000 yuan is under 12 months of the Hangzhou minimum wage', () => {
    const facts = dispute.on('2026-06-30', award('2026-06-30', [{ claimId: 'c1', awardedFen: 1_200_000, decision: 'the employer pays 12,000 yuan' }]), 'arbitrator');
    const issued = facts.find((f) => f.type === 'AwardIssued');
    expect(issued).toMatchObject({ data: { items: [{ claimId: 'c1', finality: 'final' }] } });
    expect(dispute.deadline('awardWithinFortyFiveDays')?.status).toBe('met');
  });

  it('receipt opens the worker\'s 15-day suit window and the employer\'s 30-day annulment window', () => {
    dispute.on('2026-07-02', received(WORKER, '2026-07-02'), 'arbitration-clerk');
    const employerReceipt = dispute.on('2026-07-03', received(EMPLOYER, '2026-07-03'), 'arbitration-clerk');
    expect(employerReceipt.map((f) => f.type)).toEqual(['AwardReceived', 'ChallengeWindowsOpened', 'DeadlineSet']);
    expect(dispute.deadline(`workerSuitAfterFinalAwardFifteenDays:${WORKER}`)?.dueOn).toBe('2026-07-17');
    expect(dispute.deadline(`employerAnnulmentThirtyDays:${EMPLOYER}`)?.dueOn).toBe('2026-08-03');
  });

  it('the employer cannot sue on a final award; it applies to the intermediate court to annul it', () => {
    expect(
      dispute.refusal('2026-07-20', { type: 'FileSuit', data: { partyId: EMPLOYER, court: intermediateCourt, basis: 'after_final_award', filedOn: '2026-07-20' } }, 'court-liaison'),
    ).toBe('employerCannotSueOnFinalAward');
    dispute.on('2026-07-20', { type: 'ApplyForAnnulment', data: { partyId: EMPLOYER, court: intermediateCourt, appliedOn: '2026-07-20' } }, 'court-liaison');
  });

  it('the worker lets the window pass; the annulment is rejected; the award stands and the case closes', () => {
    dispute.expire(`workerSuitAfterFinalAwardFifteenDays:${WORKER}`);
    expect(dispute.state.status).toBe('open');
    const closing = dispute.on('2026-08-21', { type: 'RecordAnnulmentRuling', data: { ruling: 'rejected', ruledOn: '2026-08-20', servedOn: '2026-08-21' } }, 'court-liaison');
    expect(closing.at(-1)).toMatchObject({ type: 'DisputeClosed', data: { outcome: 'final_award_unchallenged', amounts: { awarded: 1_200_000 } } });
    expect(dispute.liveDeadlines()).toEqual([]);
  });
});
