import { addDays, legalDateOf } from '#calendar';
import { ORG } from '../../support/tokens.js';
import type { HttpTarget, Tokens } from './session.js';

/** The suites' fixed day: its statutory clocks stay inside the loaded holiday data (2025-2026). */
export const CLOCK = '2026-06-01T02:00:00.000Z';
export const TODAY = legalDateOf(new Date(CLOCK));
export const inDays = (n: number) => addDays(TODAY, n);

export const WORKER_ID_NUMBER = '11010519491231002X';
export const WORKER_PHONE = '13800138000';

export const registration = (overrides: { workerName?: string; employerName?: string; description?: string } = {}) => ({
  parties: [
    { partyId: 'w1', kind: 'worker', displayName: overrides.workerName ?? '张三', idNumber: WORKER_ID_NUMBER, phone: WORKER_PHONE, address: '杭州市西湖区文三路 1 号' },
    { partyId: 'e1', kind: 'employer', displayName: overrides.employerName ?? '杭州示例科技有限公司', creditCode: '91330106MA2H2XYT0X' },
  ],
  claims: [
    { claimId: 'c1', type: 'wages', amountFen: 1_200_000, description: overrides.description ?? 'unpaid wages' },
    { claimId: 'c2', type: 'economic_compensation', amountFen: 5_000_000, description: 'compensation for unlawful termination' },
  ],
  channel: 'walk_in',
  regionCode: '330106',
  knewOfInfringementOn: inDays(-30),
  employmentEndedOn: inDays(-30),
  registeredOn: TODAY,
});

export async function registerCase(live: HttpTarget, tokens: Tokens, body: unknown = registration()): Promise<string> {
  const created = await live.request('POST', '/disputes', { token: tokens.home.get('mediator'), body: JSON.stringify(body) });
  if (created.status !== 201) throw new Error(`registration answered ${created.status}: ${created.body}`);
  return (JSON.parse(created.body) as { disputeId: string }).disputeId;
}

/**
 * A case that every home organisation of the suites holds: registered and mediated at body_xihu, arbitrated at
 * hz_commission, and a suit at court_xihu. A foreign organisation of each kind holds none of it.
 */
export async function caseAtEveryStage(live: HttpTarget, tokens: Tokens): Promise<string> {
  const id = await registerCase(live, tokens);
  const steps: [Parameters<Tokens['home']['get']>[0], string, unknown][] = [
    ['mediator', 'mediation', { body: 'peoples_mediation', bodyId: ORG.body, mediatorId: 'mediator-li', receivedOn: TODAY }],
    ['mediator', 'mediation/sessions', { sessionId: 's1', heldOn: TODAY, attendees: [{ id: 'w1', role: 'party' }], positions: [], outcome: 'adjourned' }],
    ['mediator', 'mediation/failure', { failedOn: TODAY, reason: 'the employer denies the arrears' }],
    ['arbitration-clerk', 'arbitration/application', { commissionId: ORG.commission, filedOn: TODAY }],
    ['arbitration-clerk', 'arbitration/acceptance', { acceptedOn: TODAY }],
    ['arbitration-clerk', 'arbitration/tribunal', { form: 'sole', arbitratorIds: ['arbitrator-wang'], presidingId: 'arbitrator-wang', composedOn: TODAY }],
    ['arbitration-clerk', 'arbitration/hearings', { hearingId: 'h1', hearingOn: inDays(10), noticeServedOn: TODAY }],
    ['arbitrator', 'arbitration/award', { awardId: 'award-1', awardedOn: TODAY, items: [{ claimId: 'c1', awardedFen: 1_200_000, decision: 'pay' }, { claimId: 'c2', awardedFen: 4_000_000, decision: 'pay' }] }],
    ['arbitration-clerk', 'arbitration/award/receipts', { partyId: 'w1', receivedOn: TODAY }],
    ['arbitration-clerk', 'arbitration/award/receipts', { partyId: 'e1', receivedOn: TODAY }],
    ['court-liaison', 'court/suits', { partyId: 'e1', court: { courtId: ORG.court, level: 'basic' }, basis: 'after_non_final_award', filedOn: TODAY }],
  ];
  for (const [role, path, body] of steps) {
    const answer = await live.request('POST', `/disputes/${id}/${path}`, { token: tokens.home.get(role), body: JSON.stringify(body) });
    if (answer.status !== 201) throw new Error(`${path} answered ${answer.status}: ${answer.body}`);
  }
  return id;
}
