import { D, given, history, NOW } from '../testing/given.js';
import { accept, apply, compose } from '../testing/steps.js';

const recuse = (arbitratorId: string, granted: boolean, replacementId?: string) => ({
  type: 'DecideRecusal' as const,
  data: { arbitratorId, granted, ...(replacementId === undefined ? {} : { replacementId }), decidedOn: '2026-03-09' },
});

describe('DecideRecusal (回避, LDMAL 33)', () => {
  it('records the decision; a granted recusal seats the replacement, presiding where the recused presided', () => {
    given(...history([apply], [accept], [compose])).when(recuse('a1', true, 'a4')).then({
      type: 'RecusalDecided',
      data: { disputeId: D, arbitratorId: 'a1', granted: true, replacementId: 'a4', decidedOn: '2026-03-09', decidedAt: NOW },
    });
    const { state } = given(...history([apply], [accept], [compose], [recuse('a1', true, 'a4')]));
    expect(state).toMatchObject({ tribunal: { form: 'three', arbitratorIds: ['a4', 'a2', 'a3'], presidingId: 'a4' } });
    given(...history([apply], [accept], [compose])).when(recuse('a2', false)).then({
      type: 'RecusalDecided',
      data: { disputeId: D, arbitratorId: 'a2', granted: false, decidedOn: '2026-03-09', decidedAt: NOW },
    });
  });
  it('changes nothing when repeated', () => {
    given(...history([apply], [accept], [compose], [recuse('a1', true, 'a4')])).when(recuse('a1', true, 'a4')).thenNothing();
    given(...history([apply], [accept], [compose], [recuse('a2', false)])).when(recuse('a2', false)).thenNothing();
  });
  it('refuses a recusal of someone not sitting, or a granted one without a new arbitrator', () => {
    given(...history([apply], [accept], [compose])).when(recuse('a9', true, 'a4')).thenRefuses('recusalOfSittingArbitrator', 'arbitratorId');
    given(...history([apply], [accept])).when(recuse('a1', true, 'a4')).thenRefuses('recusalOfSittingArbitrator', 'arbitratorId');
    given(...history([apply], [accept], [compose])).when(recuse('a1', true)).thenRefuses('grantedRecusalNeedsReplacement', 'replacementId');
    given(...history([apply], [accept], [compose])).when(recuse('a1', true, 'a2')).thenRefuses('grantedRecusalNeedsReplacement', 'replacementId');
  });
});
