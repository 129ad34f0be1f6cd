import fc from 'fast-check';
import { RuleViolation } from '#domain-core';
import { claimTypes, type Claim, type Party } from './events.js';
import { decideIntake } from './decide.js';
import { evolveIntake, initialIntakeState } from './state.js';
import { context } from './testing/given.js';
import { employer, registration, worker } from './testing/registration.js';

const claim: fc.Arbitrary<Claim> = fc.record({
  claimId: fc.constantFrom('c1', 'c2', 'c3'),
  type: fc.constantFrom(...claimTypes),
  amountFen: fc.option(fc.integer({ min: -10, max: 10_000_000 }), { nil: undefined }),
  description: fc.constant('x'),
});
const parties: fc.Arbitrary<Party[]> = fc.integer({ min: 0, max: 14 }).chain((n) =>
  fc.boolean().map((withEmployer) => [...Array.from({ length: n }, (_, i) => worker(i + 1)), ...(withEmployer ? [employer] : [])]),
);

describe('intake invariants (fast-check)', () => {
  it('a registration is either refused by a named rule or recorded once; what is recorded keeps every rule', () => {
    fc.assert(
      fc.property(parties, fc.array(claim, { maxLength: 4 }), fc.option(fc.array(fc.constantFrom('w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'e1'), { maxLength: 6 }), { nil: undefined }), (ps, claims, reps) => {
        const command = { type: 'RegisterDispute' as const, data: registration({ parties: ps, claims, ...(reps ? { collective: { representativeIds: reps } } : {}) }) };
        let events;
        try {
          events = decideIntake(command, initialIntakeState, context);
        } catch (error) {
          expect(error).toBeInstanceOf(RuleViolation);
          return;
        }
        expect(events).toHaveLength(1);
        const recorded = command.data;
        expect(recorded.parties.some((p) => p.kind === 'worker') && recorded.parties.some((p) => p.kind === 'employer')).toBe(true);
        expect(new Set(recorded.claims.map((c) => c.claimId)).size).toBe(recorded.claims.length);
        expect(recorded.claims.every((c) => c.amountFen === undefined || c.amountFen > 0)).toBe(true);
        if (recorded.collective) expect(recorded.parties.filter((p) => p.kind === 'worker').length).toBeGreaterThanOrEqual(10);
        const state = events.reduce(evolveIntake, initialIntakeState);
        expect(decideIntake(command, state, context)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
