import { arbitrationOutcome } from '../state.js';
import { D, given, history, NOW } from '../testing/given.js';
import { accept, apply, compose, mediationStatement, repudiatedBy, signedBy } from '../testing/steps.js';

const settle = { type: 'RecordSettlement' as const, data: { settledOn: '2026-03-20', terms: '双方自行和解' } };
const award = { type: 'IssueAward' as const, data: { awardId: 'aw1', awardedOn: '2026-04-15', items: [{ claimId: 'c3', decision: '补缴社会保险' }] } };

describe('Settlement (和解, LDMAL 41) and the tribunal’s mediation statement (调解书, LDMAL 42)', () => {
  it('closes a settled case as withdrawn, cancelling its deadlines', () => {
    const facts = given(...history([apply], [accept])).when(settle).decide();
    expect(facts[0]).toEqual({ type: 'ArbitrationSettled', data: { disputeId: D, settledOn: '2026-03-20', terms: '双方自行和解', settledAt: NOW } });
    expect(facts.filter((f) => f.type === 'DeadlineCancelled')).toHaveLength(3);
    expect(facts.at(-1)).toEqual({ type: 'DisputeClosed', data: { disputeId: D, outcome: 'withdrawn', closedAt: NOW } });
    const settled = given(...history([apply], [accept], [settle]));
    expect(settled.state).toMatchObject({ status: 'withdrawn', settledOn: '2026-03-20' });
    settled.when(settle).thenNothing();
    given(...history([apply], [accept], [compose], [award])).when(settle).thenRefuses('withdrawBeforeAward');
  });
  it('issues a 调解书 by the composed tribunal, one at a time', () => {
    given(...history([apply], [accept], [compose])).when(mediationStatement).then({
      type: 'MediationStatementIssued',
      data: { disputeId: D, statementId: 'ms1', terms: '被申请人支付经济补偿30000元', agreedFen: 3_000_000, issuedOn: '2026-03-20', issuedAt: NOW },
    });
    given(...history([apply], [accept], [compose], [mediationStatement])).when(mediationStatement).thenNothing();
    given(...history([apply], [accept])).when(mediationStatement).thenRefuses('mediationStatementByTribunal');
    given(...history([apply], [accept], [compose], [mediationStatement]))
      .when({ ...mediationStatement, data: { ...(mediationStatement.data as object), statementId: 'ms2' } } as typeof mediationStatement)
      .thenRefuses('mediationStatementByTribunal', 'statementId');
  });
  it('takes effect when every party has signed for it, closing the case with the agreed amount', () => {
    const issued = history([apply], [accept], [compose], [mediationStatement]);
    given(...issued).when(signedBy('w1')).then({ type: 'MediationStatementSigned', data: { disputeId: D, statementId: 'ms1', partyId: 'w1', signedOn: '2026-03-24', signedAt: NOW } });
    expect(given(...issued).when(signedBy('e1')).decide().map((f) => f.type)).toEqual(['MediationStatementSigned']);
    const both = given(...history([apply], [accept], [compose], [mediationStatement], [signedBy('w1')])).when(signedBy('e1')).decide();
    expect(both.map((f) => f.type)).toEqual(['MediationStatementSigned', 'MediationStatementTookEffect', 'DeadlineCancelled', 'DeadlineCancelled', 'DeadlineCancelled', 'DisputeClosed']);
    expect(both[1]).toEqual({ type: 'MediationStatementTookEffect', data: { disputeId: D, statementId: 'ms1', effectiveOn: '2026-03-24', agreedFen: 3_000_000, effectiveAt: NOW } });
    expect(both.at(-1)).toEqual({
      type: 'DisputeClosed',
      data: { disputeId: D, outcome: 'arbitration_mediation_statement_effective', amounts: { agreed: 3_000_000 }, closedAt: NOW },
    });
    const effective = given(...history([apply], [accept], [compose], [mediationStatement], [signedBy('w1')], [signedBy('e1')]));
    expect(arbitrationOutcome(effective.state)).toEqual({ kind: 'mediation_statement_effective', statementId: 'ms1' });
    effective.when(signedBy('e1')).thenNothing();
    given(...history([apply], [accept], [compose], [mediationStatement], [signedBy('w1')])).when(signedBy('w1')).thenNothing();
  });
  it('refuses signing a statement never issued, or by a stranger', () => {
    given(...history([apply], [accept], [compose])).when(signedBy('w1')).thenRefuses('mediationStatementMustBeIssued', 'statementId');
    given(...history([apply], [accept], [compose], [mediationStatement])).when(signedBy('x')).thenRefuses('mediationStatementMustBeIssued', 'partyId');
  });
  it('records a party backing out before signing (反悔); then the award follows, not another statement', () => {
    const issued = history([apply], [accept], [compose], [mediationStatement]);
    given(...issued).when(repudiatedBy('e1')).then({
      type: 'MediationStatementRepudiated',
      data: { disputeId: D, statementId: 'ms1', partyId: 'e1', repudiatedOn: '2026-03-24', repudiatedAt: NOW },
    });
    const backedOut = history([apply], [accept], [compose], [mediationStatement], [repudiatedBy('e1')]);
    given(...backedOut).when(repudiatedBy('e1')).thenNothing();
    given(...backedOut).when(signedBy('w1')).thenRefuses('mediationStatementMustBeIssued');
    expect(given(...backedOut).when(award).decide()[0]).toMatchObject({ type: 'AwardIssued' });
    given(...history([apply], [accept], [compose], [mediationStatement], [signedBy('w1')])).when(repudiatedBy('w1')).thenRefuses('repudiationBeforeSigning', 'partyId');
  });
});
