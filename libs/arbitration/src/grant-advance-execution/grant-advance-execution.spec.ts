import { D, given, history, NOW } from '../testing/given.js';
import { accept, apply, compose } from '../testing/steps.js';

const grant = (over: Partial<{ claimIds: readonly string[]; rightsAndObligationsClear: boolean; seriousHardshipWithout: boolean }> = {}) => ({
  type: 'GrantAdvanceExecution' as const,
  data: { grantId: 'ae1', claimIds: ['c1'], amountFen: 1_200_000, grantedOn: '2026-03-20', rightsAndObligationsClear: true, seriousHardshipWithout: true, ...over },
});

describe('GrantAdvanceExecution (先予执行, LDMAL 44)', () => {
  it('grants advance execution of a wage claim', () => {
    given(...history([apply], [accept], [compose])).when(grant()).then({
      type: 'AdvanceExecutionGranted',
      data: { disputeId: D, grantId: 'ae1', claimIds: ['c1'], amountFen: 1_200_000, grantedOn: '2026-03-20', grantedAt: NOW },
    });
    given(...history([apply], [accept], [compose], [grant()])).when(grant()).thenNothing();
  });
  it('refuses claims outside LDMAL 44, unclear rights, or no serious hardship', () => {
    given(...history([apply], [accept], [compose])).when(grant({ claimIds: ['c1', 'c3'] })).thenRefuses('advanceExecutionOnlyForListedClaims', 'claimIds');
    given(...history([apply], [accept], [compose])).when(grant({ rightsAndObligationsClear: false })).thenRefuses('advanceExecutionNeedsClearRights', 'rightsAndObligationsClear');
    given(...history([apply], [accept], [compose])).when(grant({ seriousHardshipWithout: false })).thenRefuses('advanceExecutionNeedsHardship', 'seriousHardshipWithout');
    given(...history([apply], [accept])).when(grant()).thenRefuses('awardRequiresComposedTribunal');
  });
});
