import { D, given, NOW } from '../testing/given.js';
import { agreed, opened } from '../testing/history.js';

const fail = { type: 'RecordMediationFailed' as const, data: { failedOn: '2026-03-08', reason: '双方分歧过大' } };

describe('RecordMediationFailed', () => {
  it('ends mediation, cancels the window, and is a no-op when repeated', () => {
    const facts = [
      { type: 'MediationFailed' as const, data: { disputeId: D, failedOn: '2026-03-08', reason: '双方分歧过大', recordedAt: NOW } },
      { type: 'DeadlineCancelled' as const, data: { disputeId: D, deadlineId: 'mediationWindowIsFifteenDays', reason: 'mediation failed', cancelledAt: NOW } },
    ];
    given(...opened).when(fail).then(...facts);
    given(...opened, ...facts).when(fail).thenNothing();
  });
  it('cannot fail a mediation that reached agreement', () => {
    given(...agreed).when(fail).thenRefuses('mediationMustBeOpen');
  });
});
