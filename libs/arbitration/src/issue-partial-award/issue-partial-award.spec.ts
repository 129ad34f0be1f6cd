import { D, given, history, MINIMUM_WAGE_FEN, NOW } from '../testing/given.js';
import { accept, apply, compose, suspend } from '../testing/steps.js';

const partial = (awardId: string, claimIds: readonly string[]) => ({
  type: 'IssuePartialAward' as const,
  data: { awardId, awardedOn: '2026-04-01', items: claimIds.map((claimId) => ({ claimId, awardedFen: 12 * MINIMUM_WAGE_FEN, decision: '支付' })) },
});
const award = (claimIds: readonly string[]) => ({
  type: 'IssueAward' as const,
  data: { awardId: 'aw1', awardedOn: '2026-04-15', items: claimIds.map((claimId) => ({ claimId, decision: '裁决' })) },
});

describe('IssuePartialAward (部分裁决, LDMAL 43)', () => {
  it('awards the clear part first, each item classified as in the award', () => {
    const [issued] = given(...history([apply], [accept], [compose])).when(partial('pa1', ['c1'])).decide();
    expect(issued).toEqual({
      type: 'PartialAwardIssued',
      data: {
        disputeId: D,
        awardId: 'pa1',
        awardedOn: '2026-04-01',
        items: [{ claimId: 'c1', awardedFen: 12 * MINIMUM_WAGE_FEN, decision: '支付', finality: 'final', finalityReason: expect.stringContaining('≤ 12 ×') }],
        awardedFen: 12 * MINIMUM_WAGE_FEN,
        issuedAt: NOW,
      },
    });
    given(...history([apply], [accept], [compose], [partial('pa1', ['c1'])])).when(partial('pa1', ['c1'])).thenNothing();
  });
  it('never decides a claim twice, in another partial award or in the final one', () => {
    const partly = history([apply], [accept], [compose], [partial('pa1', ['c1'])]);
    given(...partly).when(partial('pa2', ['c1', 'c2'])).thenRefuses('claimDecidedOnce', 'items');
    given(...partly).when(award(['c1', 'c2', 'c3', 'c4'])).thenRefuses('claimDecidedOnce', 'items');
    expect(given(...partly).when(award(['c2', 'c3', 'c4'])).decide()[0]).toMatchObject({ type: 'AwardIssued' });
  });
  it('refuses a “partial” award of everything left, without a tribunal, or while suspended', () => {
    given(...history([apply], [accept], [compose])).when(partial('pa1', ['c1', 'c2', 'c3', 'c4'])).thenRefuses('partialAwardLeavesClaimsOpen', 'items');
    given(...history([apply], [accept])).when(partial('pa1', ['c1'])).thenRefuses('awardRequiresComposedTribunal');
    given(...history([apply], [accept], [compose], [suspend])).when(partial('pa1', ['c1'])).thenRefuses('notWhileSuspended');
  });
});
