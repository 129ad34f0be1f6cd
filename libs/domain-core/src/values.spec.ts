import { sameValue } from './values.js';

describe('sameValue', () => {
  it('ignores the order of keys at every depth, as jsonb reorders them', () => {
    const sent = { sessionId: 's1', heldOn: '2026-06-02', positions: [{ claimId: 'c1', partyId: 'e1', offerFen: 5 }] };
    const stored = { heldOn: '2026-06-02', positions: [{ offerFen: 5, claimId: 'c1', partyId: 'e1' }], sessionId: 's1' };
    expect(JSON.stringify(sent) === JSON.stringify(stored)).toBe(false);
    expect(sameValue(sent, stored)).toBe(true);
  });
  it('still tells different values apart: values, array order, missing keys', () => {
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 3 })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameValue({ a: { x: 1 } }, { a: { x: '1' } })).toBe(false);
  });
  it('treats an undefined property as absent, as stored JSON does', () => {
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });
});
