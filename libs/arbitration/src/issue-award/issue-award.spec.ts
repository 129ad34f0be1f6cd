import { context, D, given, history, MINIMUM_WAGE_FEN, NOW } from '../testing/given.js';
import { accept, apply, compose } from '../testing/steps.js';

const award = (items = [
  { claimId: 'c1', awardedFen: 12 * MINIMUM_WAGE_FEN, decision: '支付工资' },
  { claimId: 'c2', awardedFen: 12 * MINIMUM_WAGE_FEN + 1, decision: '支付经济补偿' },
  { claimId: 'c3', decision: '补缴社会保险' },
  { claimId: 'c4', decision: '确认解除劳动合同违法' },
]) => ({ type: 'IssueAward' as const, data: { awardId: 'aw1', awardedOn: '2026-04-15', items } });

describe('IssueAward (LDMAL 43, 47)', () => {
  it('classifies each item: money up to 12 months’ minimum wage and labour standards are final (终局裁决)', () => {
    const [issued, met] = given(...history([apply], [accept], [compose])).when(award()).decide();
    expect(issued).toMatchObject({ type: 'AwardIssued', data: { disputeId: D, awardId: 'aw1', late: false, awardedFen: 24 * MINIMUM_WAGE_FEN + 1, issuedAt: NOW } });
    expect((issued!.data as unknown as { items: { claimId: string; finality: string }[] }).items.map((i) => [i.claimId, i.finality])).toEqual([
      ['c1', 'final'],
      ['c2', 'non_final'],
      ['c3', 'final'],
      ['c4', 'non_final'],
    ]);
    expect(met).toEqual({ type: 'DeadlineMet', data: { disputeId: D, deadlineId: 'awardWithinFortyFiveDays', metOn: '2026-04-15', metAt: NOW } });
  });
  it('refuses without a composed tribunal, twice, or without the regional minimum wage', () => {
    given(...history([apply], [accept])).when(award()).thenRefuses('awardRequiresComposedTribunal');
    given(...history([apply], [accept], [compose], [award()])).when(award()).thenNothing();
    given(...history([apply], [accept], [compose], [award()])).when({ ...award(), data: { ...award().data, awardId: 'aw2' } }).thenRefuses('awardOnce');
    given(...history([apply], [accept], [compose])).when(award(), context({ minimumWage: () => undefined })).thenRefuses('minimumWageKnownForRegionAndDate');
    given(...history([apply], [accept], [compose])).when(award([{ claimId: 'c9', decision: '?' }])).thenRefuses('awardCoversClaims', 'items');
  });
  it('records a late award as late', () => {
    const late = { ...award(), data: { ...award().data, awardedOn: '2026-04-21' } };
    const [issued] = given(...history([apply], [accept], [compose])).when(late).decide();
    expect(issued!.data).toMatchObject({ late: true });
  });
  it('records each party’s receipt of the award, once', () => {
    const receipt = { type: 'RecordAwardReceived' as const, data: { partyId: 'w1', receivedOn: '2026-04-17' } };
    const awarded = history([apply], [accept], [compose], [award()]);
    given(...awarded).when(receipt).then({ type: 'AwardReceived', data: { disputeId: D, awardId: 'aw1', partyId: 'w1', receivedOn: '2026-04-17', recordedAt: NOW } });
    given(...awarded).when({ ...receipt, data: { partyId: 'x', receivedOn: '2026-04-17' } }).thenRefuses('awardMustBeIssued', 'partyId');
    given(...history([apply], [accept])).when(receipt).thenRefuses('awardMustBeIssued');
  });
});
