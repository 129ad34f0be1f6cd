import { D, given, history, NOW } from '../testing/given.js';
import { accept, apply } from '../testing/steps.js';

const withdraw = { type: 'WithdrawApplication' as const, data: { withdrawnOn: '2026-03-20', reason: '双方和解' } };

describe('WithdrawApplication (LDMAL 41)', () => {
  it('closes the case and cancels every running deadline', () => {
    const facts = given(...history([apply], [accept])).when(withdraw).decide();
    expect(facts[0]).toEqual({ type: 'ArbitrationWithdrawn', data: { disputeId: D, withdrawnOn: '2026-03-20', reason: '双方和解', withdrawnAt: NOW } });
    expect(facts.filter((f) => f.type === 'DeadlineCancelled').map((f) => (f.data as { deadlineId: string }).deadlineId).sort()).toEqual([
      'awardWithinFortyFiveDays',
      'serviceOfApplicationWithinFiveDays',
      'tribunalNoticeWithinFiveDays',
    ]);
    expect(facts.at(-1)).toEqual({ type: 'DisputeClosed', data: { disputeId: D, outcome: 'withdrawn', closedAt: NOW } });
    given(...history([apply], [accept], [withdraw])).when(withdraw).thenNothing();
  });
});
