import { D, given, history, NOW } from '../testing/given.js';
import { accept, apply, compose } from '../testing/steps.js';

describe('ComposeTribunal (LDMAL 31)', () => {
  it('composes three arbitrators with one presiding, once', () => {
    given(...history([apply], [accept])).when(compose).then({
      type: 'TribunalComposed',
      data: { disputeId: D, form: 'three', arbitratorIds: ['a1', 'a2', 'a3'], presidingId: 'a1', composedOn: '2026-03-06', composedAt: NOW },
    });
    given(...history([apply], [accept], [compose])).when(compose).thenNothing();
  });
  it('refuses two arbitrators, a presiding outsider, or an unaccepted case', () => {
    const two = { type: 'ComposeTribunal' as const, data: { form: 'three' as const, arbitratorIds: ['a1', 'a2'], presidingId: 'a1', composedOn: '2026-03-06' } };
    given(...history([apply], [accept])).when(two).thenRefuses('tribunalIsSoleOrThree', 'arbitratorIds');
    const outsider = { type: 'ComposeTribunal' as const, data: { form: 'sole' as const, arbitratorIds: ['a1'], presidingId: 'a9', composedOn: '2026-03-06' } };
    given(...history([apply], [accept])).when(outsider).thenRefuses('tribunalIsSoleOrThree');
    given(...history([apply])).when(compose).thenRefuses('caseMustBeAccepted');
  });
});
