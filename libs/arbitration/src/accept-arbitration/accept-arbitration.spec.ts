import { D, due, given, history, NOW } from '../testing/given.js';
import { accept, apply } from '../testing/steps.js';

describe('AcceptArbitration / RefuseArbitration (LDMAL 29)', () => {
  it('accepts with the case number and starts service, tribunal notice and the 45 days (LDMAL 43)', () => {
    // Accepted Thu 5 Mar 2026: 45 days end Sun 19 Apr, moved to Mon 20 Apr.
    expect(due('awardWithinFortyFiveDays', '2026-03-05').dueOn).toBe('2026-04-20');
    const set = (rule: string) => ({ type: 'DeadlineSet', data: { disputeId: D, deadlineId: rule, rule, trigger: '2026-03-05', ...due(rule, '2026-03-05'), setAt: NOW } });
    given(...history([apply])).when(accept).then(
      { type: 'ArbitrationAccepted', data: { disputeId: D, caseNumber: '杭劳人仲案字〔2026〕第123号', acceptedOn: '2026-03-05', acceptedAt: NOW } },
      { type: 'DeadlineMet', data: { disputeId: D, deadlineId: 'acceptanceWithinFiveDays', metOn: '2026-03-05', metAt: NOW } },
      set('serviceOfApplicationWithinFiveDays') as never,
      set('tribunalNoticeWithinFiveDays') as never,
      set('awardWithinFortyFiveDays') as never,
    );
  });
  it('is a no-op when repeated; refused before the filing or without an application', () => {
    given(...history([apply], [accept])).when(accept).thenNothing();
    given(...history([apply])).when({ type: 'AcceptArbitration', data: { caseNumber: 'x', acceptedOn: '2026-03-01' } }).thenRefuses('decisionAfterFiling', 'acceptedOn');
    given().when(accept).thenRefuses('applicationMustAwaitDecision');
  });
  it('refuses in writing with a typed reason; the applicant may then sue', () => {
    const refusal = { type: 'RefuseArbitration' as const, data: { reason: 'no_jurisdiction' as const, writtenReasons: '不属于本委管辖', refusedOn: '2026-03-04' } };
    given(...history([apply])).when(refusal).then(
      { type: 'ArbitrationRefused', data: { disputeId: D, ...refusal.data, refusedAt: NOW } },
      { type: 'DeadlineMet', data: { disputeId: D, deadlineId: 'acceptanceWithinFiveDays', metOn: '2026-03-04', metAt: NOW } },
    );
    given(...history([apply], [accept])).when(refusal).thenRefuses('applicationMustAwaitDecision');
  });
});
