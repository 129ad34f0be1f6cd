import { context, D, due, given, NOW } from '../testing/given.js';
import { apply } from '../testing/steps.js';

const applied = (extra: object = {}, route = 'handed_off_from_mediation') => [
  { type: 'ArbitrationApplied', data: { disputeId: D, commissionId: 'hz-ac', filedOn: '2026-03-02', route, ...extra, appliedAt: NOW } },
  { type: 'DeadlineSet', data: { disputeId: D, deadlineId: 'acceptanceWithinFiveDays', rule: 'acceptanceWithinFiveDays', trigger: '2026-03-02', ...due('acceptanceWithinFiveDays', '2026-03-02'), setAt: NOW } },
];

describe('ApplyForArbitration', () => {
  it('takes a case handed off after failed mediation and gives the commission 5 working days (LDMAL 29)', () => {
    // Filed Mon 2 Mar 2026: Tue 3 … Fri 6 = 4, Mon 9 = 5.
    expect(due('acceptanceWithinFiveDays', '2026-03-02').dueOn).toBe('2026-03-09');
    given().when(apply).then(...(applied() as never[]));
  });
  it('takes a direct filing when mediation was never chosen', () => {
    given().when(apply, context({ mediation: 'not_started' })).then(...(applied({}, 'direct') as never[]));
  });
  it('waits while mediation is in progress or its agreement awaits performance (LDMAL 14, 15)', () => {
    given().when(apply, context({ mediation: 'in_progress' })).thenRefuses('arbitrationAfterMediationEndsOrExpires');
    given().when(apply, context({ mediation: 'agreement_pending_performance' })).thenRefuses('arbitrationAfterMediationEndsOrExpires');
    given().when(apply, context({ mediation: 'settled' })).thenRefuses('arbitrationAfterMediationEndsOrExpires');
  });
  it('warns, never refuses, when the 1-year limitation looks passed (LDMAL 27)', () => {
    // Knew on Fri 14 Feb 2025: one year on is Sat 14 Feb 2026, a make-up working day, so it ends that day.
    const late = context({ dispute: { ...context().dispute, limitationRunsFrom: '2025-02-14' } });
    given().when(apply, late).then(...(applied({ limitationWarning: { limitationRunsFrom: '2025-02-14', limitationEndsOn: '2026-02-14', daysLate: 16 } }) as never[]));
  });
  it('does not limit wage arrears while employment lasts', () => {
    const wagesOnly = { ...context().dispute, limitationRunsFrom: '2024-01-01', claims: [{ claimId: 'c1', type: 'wages', amountFen: 100 }] };
    const decided = given().when(apply, context({ dispute: wagesOnly })).decide();
    expect(decided[0]!.data).not.toHaveProperty('limitationWarning');
  });
  it('is a no-op when repeated, and refuses a second filing', () => {
    given(...(applied() as never[])).when(apply).thenNothing();
    given(...(applied() as never[])).when({ type: 'ApplyForArbitration', data: { commissionId: 'other', filedOn: '2026-03-02' } }).thenRefuses('applicationOnce');
  });
});
