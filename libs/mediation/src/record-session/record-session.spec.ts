import { D, given, NOW } from '../testing/given.js';
import { opened } from '../testing/history.js';
import type { RecordMediationSession } from '../commands.js';

const session = (overrides: Partial<RecordMediationSession['data']> = {}): RecordMediationSession => ({
  type: 'RecordMediationSession',
  data: {
    sessionId: 's1',
    heldOn: '2026-03-05',
    attendees: [
      { id: 'w1', role: 'party' },
      { id: 'e1', role: 'party' },
      { id: 'm1', role: 'mediator' },
    ],
    positions: [
      { claimId: 'c1', partyId: 'w1', position: '要求支付全部工资', offerFen: 1_200_000 },
      { claimId: 'c1', partyId: 'e1', position: '同意支付部分', offerFen: 600_000 },
    ],
    outcome: 'adjourned',
    nextSessionOn: '2026-03-09',
    ...overrides,
  },
});
const recorded = (command: RecordMediationSession) => ({ type: 'MediationSessionRecorded' as const, data: { disputeId: D, ...command.data, recordedAt: NOW } });

describe('RecordMediationSession', () => {
  it('records attendees, each side’s position and offer per claim, and the outcome', () => {
    given(...opened).when(session()).then(recorded(session()));
  });
  it('is a no-op when the same session is recorded again; other particulars under the same id are refused', () => {
    given(...opened, recorded(session())).when(session()).thenNothing();
    given(...opened, recorded(session())).when(session({ outcome: 'partial_agreement' })).thenRefuses('sessionIdIsNew', 'sessionId');
  });
  it('is a no-op for the same session resent after its fact was stored (jsonb hands the keys back in its own order)', () => {
    const reordered = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reordered) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reordered(v)])) : value;
    const stored = recorded(session());
    given(...opened, { ...stored, data: reordered(stored.data) as typeof stored.data }).when(session()).thenNothing();
  });
  it('a failed session ends mediation and cancels the window', () => {
    const failed = session({ outcome: 'failed' });
    given(...opened).when(failed).then(
      recorded(failed),
      { type: 'MediationFailed', data: { disputeId: D, failedOn: '2026-03-05', reason: 'session s1 failed', recordedAt: NOW } },
      { type: 'DeadlineCancelled', data: { disputeId: D, deadlineId: 'mediationWindowIsFifteenDays', reason: 'mediation failed', cancelledAt: NOW } },
    );
  });
  it('refuses sessions before receipt or in the future, strangers, unknown claims and negative offers', () => {
    given(...opened).when(session({ heldOn: '2026-02-28' })).thenRefuses('sessionWithinMediation', 'heldOn');
    given(...opened).when(session({ heldOn: '2026-03-21' })).thenRefuses('statedDatesNotInFuture', 'heldOn');
    given(...opened).when(session({ attendees: [{ id: 'x9', role: 'party' }] })).thenRefuses('sessionRefersToCase', 'attendees');
    given(...opened).when(session({ positions: [{ claimId: 'c9', partyId: 'w1', position: '?' }] })).thenRefuses('sessionRefersToCase', 'positions');
    given(...opened).when(session({ positions: [{ claimId: 'c1', partyId: 'w1', position: '?', offerFen: -1 }] })).thenRefuses('amountsArePositive');
    given().when(session()).thenRefuses('mediationMustBeOpen');
  });
});
