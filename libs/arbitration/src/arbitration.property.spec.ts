import fc from 'fast-check';
import { RuleViolation } from '#domain-core';
import type { ArbitrationCommand } from './commands.js';
import { decideArbitration } from './decide.js';
import { evolveArbitration, initialArbitrationState, type ArbitrationFact } from './state.js';
import { context } from './testing/given.js';
import { accept, apply, compose, resume, suspend } from './testing/steps.js';

const day = fc.integer({ min: 2, max: 31 }).map((n) => `2026-03-${String(n).padStart(2, '0')}`);
const command: fc.Arbitrary<ArbitrationCommand> = fc.oneof(
  fc.constant(apply),
  fc.constant(accept),
  fc.constant(compose),
  fc.constant(suspend),
  fc.constant(resume),
  fc.integer({ min: 0, max: 20 }).map((extensionDays) => ({ type: 'ExtendAwardDeadline' as const, data: { extensionDays, approvedBy: 'c', approvalRef: 'r', partiesNotifiedOn: '2026-03-20' } })),
  day.map((awardedOn) => ({ type: 'IssueAward' as const, data: { awardId: 'aw', awardedOn, items: [{ claimId: 'c1', awardedFen: 100, decision: 'x' }] } })),
  day.map((withdrawnOn) => ({ type: 'WithdrawApplication' as const, data: { withdrawnOn, reason: 'x' } })),
  fc.constantFrom('acceptanceWithinFiveDays', 'awardWithinFortyFiveDays').chain((deadlineId) => day.map((dueOn) => ({ type: 'ExpireDeadline' as const, data: { deadlineId, dueOn } }))),
);
const ctx = context({ actorRole: 'commission-chair', today: '2026-06-01' });

describe('arbitration invariants (fast-check)', () => {
  it('no award without a tribunal, one extension at most, nothing after closure, deadlines never before their trigger', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), (commands) => {
        const facts: ArbitrationFact[] = [];
        let state = initialArbitrationState;
        for (const c of commands) {
          let decided: readonly ArbitrationFact[];
          try {
            decided = decideArbitration(c, state, ctx);
          } catch (error) {
            expect(error).toBeInstanceOf(RuleViolation);
            continue;
          }
          if (facts.some((f) => f.type === 'DisputeClosed')) expect(decided).toEqual([]);
          if (decided.some((f) => f.type === 'AwardIssued')) expect(facts.some((f) => f.type === 'TribunalComposed')).toBe(true);
          facts.push(...decided);
          state = decided.reduce(evolveArbitration, state);
          expect(decideArbitration(c, state, ctx)).toEqual([]);
        }
        expect(facts.filter((f) => f.type === 'AwardDeadlineExtended').length).toBeLessThanOrEqual(1);
        for (const f of facts) {
          if (f.type === 'DeadlineSet' && f.data.dueOn !== null && f.data.rule !== 'hearingNoticeAtLeastFiveDays') expect(f.data.dueOn > f.data.trigger).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
