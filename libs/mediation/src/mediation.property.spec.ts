import fc from 'fast-check';
import { RuleViolation, type DeadlineEvent } from '#domain-core';
import type { MediationCommand } from './commands.js';
import { decideMediation } from './decide.js';
import { evolveMediation, initialMediationState, type MediationFact } from './state.js';
import { context } from './testing/given.js';
import { signatures, terms } from './testing/history.js';

const day = fc.integer({ min: 1, max: 40 }).map((n) => `2026-03-${String(Math.min(n, 31)).padStart(2, '0')}`);
const command: fc.Arbitrary<MediationCommand> = fc.oneof(
  day.map((receivedOn) => ({ type: 'OpenMediation' as const, data: { body: 'union' as const, bodyId: 'u-1', mediatorId: 'm1', receivedOn } })),
  fc.tuple(fc.constantFrom('s1', 's2'), day, fc.constantFrom('adjourned' as const, 'failed' as const, 'partial_agreement' as const)).map(([sessionId, heldOn, outcome]) => ({
    type: 'RecordMediationSession' as const,
    data: { sessionId, heldOn, attendees: [{ id: 'w1', role: 'party' as const }], positions: [], outcome },
  })),
  day.map((performanceDueOn) => ({ type: 'RecordMediationAgreement' as const, data: { terms, performanceDueOn, signatures } })),
  day.map((performedOn) => ({ type: 'RecordAgreementPerformed' as const, data: { performedOn, recoveredFen: 1 } })),
  day.map((breachedOn) => ({ type: 'RecordAgreementBreached' as const, data: { breachedOn, breachedClaimIds: ['c1'] } })),
  day.map((failedOn) => ({ type: 'RecordMediationFailed' as const, data: { failedOn, reason: 'x' } })),
  day.map((dueOn) => ({ type: 'ExpireDeadline' as const, data: { deadlineId: 'mediationWindowIsFifteenDays', dueOn } })),
);
const ctx = context({ today: '2026-04-30' });

describe('mediation invariants (fast-check)', () => {
  it('over any command sequence: no session after mediation ended, agreement never beside failure, window met xor expired, nothing after closure', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 25 }), (commands) => {
        const facts: MediationFact[] = [];
        let state = initialMediationState;
        for (const c of commands) {
          let decided: readonly MediationFact[];
          try {
            decided = decideMediation(c, state, ctx);
          } catch (error) {
            expect(error).toBeInstanceOf(RuleViolation);
            continue;
          }
          if (facts.some((f) => f.type === 'DisputeClosed')) expect(decided).toEqual([]);
          const ended = ['MediationFailed', 'MediationWindowExpired', 'MediationAgreementReached'].some((t) => facts.some((f) => f.type === t));
          if (ended) expect(decided.some((f) => f.type === 'MediationSessionRecorded')).toBe(false);
          facts.push(...decided);
          state = decided.reduce(evolveMediation, state);
          expect(decideMediation(c, state, ctx)).toEqual([]);
        }
        const types = facts.map((f) => f.type);
        expect(types.includes('MediationAgreementReached') && types.includes('MediationFailed')).toBe(false);
        const window = facts.filter((f): f is DeadlineEvent => 'deadlineId' in f.data && f.data.deadlineId === 'mediationWindowIsFifteenDays');
        expect(window.some((f) => f.type === 'DeadlineMet') && window.some((f) => f.type === 'DeadlineExpired')).toBe(false);
        expect(types.filter((t) => t === 'DisputeClosed').length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});
