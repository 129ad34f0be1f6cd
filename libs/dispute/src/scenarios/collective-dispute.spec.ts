import type { DisputeCommand } from '../dispute-commands.js';
import { caseFile, EMPLOYER, registration } from '../testing/case-file.js';
import { accept, apply, award, composeSole, hearing, received } from './steps.js';

const workers = Array.from({ length: 12 }, (_, i) => `w${i + 1}`);
const collective = (representativeIds: readonly string[]): DisputeCommand =>
  registration('2026-05-06', {
    parties: [
      ...workers.map((partyId, i) => ({ partyId, kind: 'worker' as const, displayName: `工人${i + 1}`, personId: `person-${partyId}`, maskedIdNumber: '3301**********0000' })),
      { partyId: EMPLOYER, kind: 'employer', displayName: '杭州示例制造有限公司', creditCode: '91330106MA2YYYYY0Y' },
    ],
    claims: [{ claimId: 'c1', type: 'overtime', amountFen: 9_600_000, description: 'unpaid overtime, common to the 12 workers' }],
    collective: { representativeIds },
  });

describe('a collective dispute (集体争议, LDMAL 7): 12 workers, 3 representatives, arbitration without mediation', () => {
  const dispute = caseFile();

  it('refuses 2 or 6 representatives and registers with 3', () => {
    expect(dispute.refusal('2026-05-06', collective(['w1', 'w2']), 'arbitration-clerk')).toBe('collectiveDisputeElectsThreeToFiveRepresentatives');
    expect(dispute.refusal('2026-05-06', collective(workers.slice(0, 6)), 'arbitration-clerk')).toBe('collectiveDisputeElectsThreeToFiveRepresentatives');
    dispute.on('2026-05-06', collective(['w1', 'w2', 'w3']), 'arbitration-clerk');
    expect(dispute.state.status).toBe('open');
  });

  it('is awarded and each of the 13 parties\' receipt opens their own window', () => {
    dispute.on('2026-05-06', apply('2026-05-06'), 'arbitration-clerk');
    dispute.on('2026-05-08', accept('2026-05-08', '杭劳人仲案字〔2026〕第124号'), 'arbitration-clerk');
    dispute.on('2026-05-11', composeSole('2026-05-11'), 'arbitration-clerk');
    dispute.on('2026-05-11', hearing('2026-05-11', '2026-05-25'), 'arbitration-clerk');
    // 96,000 yuan overtime for the group exceeds 12 months of minimum wage: non-final.
    dispute.on('2026-06-10', award('2026-06-10', [{ claimId: 'c1', awardedFen: 9_000_000, decision: 'pay 90,000 yuan overtime' }]), 'arbitrator');
    for (const partyId of [...workers, EMPLOYER]) dispute.on('2026-06-12', received(partyId, '2026-06-12'), 'arbitration-clerk');
    const windows = dispute.liveDeadlines().filter((d) => d.rule === 'suitAfterNonFinalAwardFifteenDays');
    expect(windows).toHaveLength(13);
    expect(new Set(windows.map((d) => d.dueOn))).toEqual(new Set(['2026-06-29']));
  });

  it('one worker\'s suit keeps the award from taking effect for everyone', () => {
    dispute.on('2026-06-20', { type: 'FileSuit', data: { partyId: 'w4', court: { courtId: 'court-xihu', level: 'basic' }, basis: 'after_non_final_award', filedOn: '2026-06-20' } }, 'court-liaison');
    for (const d of dispute.liveDeadlines()) dispute.expire(d.id);
    expect(dispute.state.status).toBe('open');
    expect(dispute.types()).not.toContain('AwardTookEffect');
  });
});
