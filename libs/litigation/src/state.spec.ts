import type { LitigationFact } from './events.js';
import { evolveLitigation, initialLitigationState } from './state.js';
import { deadlineExpired, deadlineSet, disputeClosed, fact } from './testing/facts.js';
import { basicCourt, WORKER } from './testing/fixtures.js';
import { finalAwardReceived, WORKER_FINAL_WINDOW } from './testing/histories.js';

const replay = (...events: readonly LitigationFact[]) => events.reduce(evolveLitigation, initialLitigationState);

describe('evolveLitigation', () => {
  it('passes other stages’ events and deadlines through untouched', () => {
    const another = { type: 'MediationSessionRecorded', data: { disputeId: 'dispute-1' } } as unknown as LitigationFact;
    expect(evolveLitigation(initialLitigationState, another)).toBe(initialLitigationState);
    expect(replay(deadlineSet('acceptanceWithinFiveDays', 'acceptanceWithinFiveDays', '2026-06-01', '2026-06-08'))).toBe(initialLitigationState);
    expect(replay(deadlineExpired('acceptanceWithinFiveDays', '2026-06-08'))).toBe(initialLitigationState);
  });

  it('tracks its own windows through their life', () => {
    const state = replay(...finalAwardReceived, deadlineExpired(WORKER_FINAL_WINDOW, '2026-06-16'));
    expect(state.status).toBe('open');
    expect(state.deadlines[WORKER_FINAL_WINDOW]).toMatchObject({ status: 'expired', dueOn: '2026-06-16', trigger: '2026-06-01' });
  });

  it('is closed by any stage’s DisputeClosed, and stays closed through enforcement facts', () => {
    const closed = replay(disputeClosed('settled_in_mediation'));
    expect(closed).toMatchObject({ status: 'closed', closure: { outcome: 'settled_in_mediation' } });
    const enforced = evolveLitigation(closed, fact('EnforcementApplied', { enforcementId: 'e-1', partyId: WORKER, courtId: basicCourt.courtId, title: 'mediation_statement', appliedOn: '2026-07-01' }));
    expect(enforced).toMatchObject({ status: 'closed', closure: { outcome: 'settled_in_mediation' } });
    expect(enforced.enforcements['e-1']).toMatchObject({ title: 'mediation_statement' });
  });
});
