import type { CaseNumberEvent } from './events.js';
import { allocationsOf, emptyLedger, foldLedger, heldBy } from './ledger.js';

const allocated = (sequence: number, disputeId: string): CaseNumberEvent => ({
  type: 'CaseNumberAllocated',
  data: { commissionId: 'hz', year: 2026, sequence, caseNumber: `杭劳人仲案字〔2026〕第${sequence}号`, disputeId, allocatedAt: '2026-03-01T02:00:00.000Z' },
});
const voided = (sequence: number, disputeId: string): CaseNumberEvent => ({
  type: 'CaseNumberVoided',
  data: { commissionId: 'hz', year: 2026, sequence, caseNumber: `杭劳人仲案字〔2026〕第${sequence}号`, disputeId, reason: 'refused on review', voidedAt: '2026-03-05T02:00:00.000Z' },
});
const entries = (...events: CaseNumberEvent[]) => events.map((event, revision) => ({ revision, event }));

describe('the case-number ledger', () => {
  it('starts empty, before the stream exists', () => {
    expect(emptyLedger).toEqual({ revision: 'no_stream', lastSequence: 0, allocations: [] });
  });

  it('knows the last sequence, the revision and who holds which number', () => {
    const ledger = foldLedger(emptyLedger, entries(allocated(1, 'd1'), allocated(2, 'd2')));
    expect(ledger.revision).toBe(1);
    expect(ledger.lastSequence).toBe(2);
    expect(heldBy(ledger, 'd2')?.caseNumber).toBe('杭劳人仲案字〔2026〕第2号');
    expect(heldBy(ledger, 'd3')).toBeUndefined();
  });

  it('keeps a voided number spent: it still counts, and the dispute no longer holds it', () => {
    const ledger = foldLedger(emptyLedger, entries(allocated(1, 'd1'), allocated(2, 'd2'), voided(1, 'd1')));
    expect(ledger.lastSequence).toBe(2);
    expect(heldBy(ledger, 'd1')).toBeUndefined();
    expect(allocationsOf(ledger, 'd1')).toEqual([expect.objectContaining({ sequence: 1, voided: { reason: 'refused on review', voidedAt: '2026-03-05T02:00:00.000Z' } })]);
  });

  it('skips entries it has already folded, as two overlapping refreshes deliver them', () => {
    const all = entries(allocated(1, 'd1'), allocated(2, 'd2'), allocated(3, 'd3'));
    const once = foldLedger(foldLedger(emptyLedger, all.slice(0, 2)), all);
    expect(once).toEqual(foldLedger(emptyLedger, all));
    expect(once.allocations).toHaveLength(3);
  });
});
