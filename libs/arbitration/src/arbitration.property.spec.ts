import fc from 'fast-check';
import { RuleViolation } from '#domain-core';
import type { AnyArbitrationCommand } from './commands.js';
import { decideArbitration } from './decide.js';
import { evolveArbitration, initialArbitrationState, type ArbitrationFact } from './state.js';
import { context } from './testing/given.js';
import { accept, apply, compose, completeCorrection, defend, mediationStatement, noticeCorrection, repudiatedBy, resume, schedule, serve, signedBy, suspend } from './testing/steps.js';

const day = fc.integer({ min: 2, max: 31 }).map((n) => `2026-03-${String(n).padStart(2, '0')}`);
const command: fc.Arbitrary<AnyArbitrationCommand> = fc.oneof(
  fc.constant(apply),
  fc.constant(accept),
  fc.constant(compose),
  fc.constant(suspend),
  fc.constant(resume),
  fc.integer({ min: 0, max: 20 }).map((extensionDays) => ({ type: 'ExtendAwardDeadline' as const, data: { extensionDays, approvedBy: 'c', approvalRef: 'r', partiesNotifiedOn: '2026-03-20' } })),
  day.map((awardedOn) => ({ type: 'IssueAward' as const, data: { awardId: 'aw', awardedOn, items: [{ claimId: 'c1', awardedFen: 100, decision: 'x' }] } })),
  day.map((withdrawnOn) => ({ type: 'WithdrawApplication' as const, data: { withdrawnOn, reason: 'x' } })),
  fc.constant(noticeCorrection),
  fc.constant(completeCorrection),
  day.map((referredOn) => ({ type: 'ReferApplication' as const, data: { toCommissionId: 'other', reason: 'x', referredOn } })),
  fc.constant(serve),
  fc.constant(defend),
  fc.constant({ type: 'RecordDefenceServed' as const, data: { servedOn: '2026-03-20' } }),
  fc.tuple(day, fc.option(day, { nil: undefined })).map(([from, to]) => ({ type: 'RecordServiceByPublication' as const, data: to === undefined ? { from } : { from, to } })),
  fc.constantFrom('a1', 'a2', 'a9').chain((arbitratorId) => fc.boolean().map((granted) => ({ type: 'DecideRecusal' as const, data: { arbitratorId, granted, replacementId: 'a4', decidedOn: '2026-03-09' } }))),
  fc.constant(schedule),
  fc.constant({ type: 'PostponeHearing' as const, data: { hearingId: 'h1', newHearingOn: '2026-03-30', noticeServedOn: '2026-03-23', reason: 'x' } }),
  fc.constantFrom('2026-03-23', '2026-03-30').map((heldOn) => ({ type: 'RecordHearingHeld' as const, data: { hearingId: 'h1', heldOn } })),
  fc.constantFrom(['w1', 'applicant'] as const, ['e1', 'respondent'] as const).map(([partyId, side]) => ({ type: 'RecordNoShow' as const, data: { hearingId: 'h1', partyId, side, goodReason: false } })),
  day.map((amendedOn) => ({ type: 'AmendClaims' as const, data: { amendmentId: `am-${amendedOn}`, amendedOn, summary: 'x' } })),
  day.map((filedOn) => ({ type: 'RecordCounterclaim' as const, data: { counterclaimId: 'cc1', filedOn, summary: 'x' } })),
  day.map((addedOn) => ({ type: 'AddParty' as const, data: { partyId: 'e2', addedOn, capacity: 'x' } })),
  day.map((settledOn) => ({ type: 'RecordSettlement' as const, data: { settledOn, terms: 'x' } })),
  fc.constant(mediationStatement),
  fc.constantFrom('w1', 'e1').map(signedBy),
  fc.constantFrom('w1', 'e1').map(repudiatedBy),
  fc.subarray(['c1', 'c2', 'c3', 'c4'], { minLength: 1 }).map((claimIds) => ({
    type: 'IssuePartialAward' as const,
    data: { awardId: `pa-${claimIds.join('')}`, awardedOn: '2026-03-25', items: claimIds.map((claimId) => ({ claimId, awardedFen: 100, decision: 'x' })) },
  })),
  fc.boolean().map((clear) => ({
    type: 'GrantAdvanceExecution' as const,
    data: { grantId: 'ae1', claimIds: ['c1'], amountFen: 100, grantedOn: '2026-03-20', rightsAndObligationsClear: clear, seriousHardshipWithout: true },
  })),
  fc.constantFrom('acceptanceWithinFiveDays', 'awardWithinFortyFiveDays').chain((deadlineId) => day.map((dueOn) => ({ type: 'ExpireDeadline' as const, data: { deadlineId, dueOn } }))),
);
/** Half the runs start from an accepted case with its tribunal, so the later procedure is reached often. */
const opened = fc
  .tuple(fc.boolean(), fc.array(command, { maxLength: 30 }))
  .map(([open, commands]) => (open ? [apply, accept, compose, ...commands] : commands));
const ctx = context({ actorRole: 'commission-chair', today: '2026-06-01' });

describe('arbitration invariants (fast-check)', () => {
  it('no award without a tribunal, one extension at most, nothing after closure, deadlines never before their trigger', () => {
    fc.assert(
      fc.property(opened, (commands) => {
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
          if (decided.some((f) => f.type === 'DisputeClosed')) expect(decided.at(-1)?.type).toBe('DisputeClosed');
          facts.push(...decided);
          state = decided.reduce(evolveArbitration, state);
          expect(decideArbitration(c, state, ctx)).toEqual([]);
        }
        expect(facts.filter((f) => f.type === 'AwardDeadlineExtended').length).toBeLessThanOrEqual(1);
        expect(facts.filter((f) => f.type === 'DisputeClosed').length).toBeLessThanOrEqual(1);
        // A claim is decided once, partially or finally (LDMAL 43).
        const decidedClaims = facts.flatMap((f) => (f.type === 'PartialAwardIssued' || f.type === 'AwardIssued' ? f.data.items.map((i) => i.claimId) : []));
        expect(new Set(decidedClaims).size).toBe(decidedClaims.length);
        for (const f of facts) {
          if (f.type === 'DeadlineSet' && f.data.dueOn !== null && f.data.rule !== 'hearingNoticeAtLeastFiveDays') expect(f.data.dueOn > f.data.trigger).toBe(true);
        }
      }),
      { numRuns: Number(process.env['ARBITRATION_PROPERTY_RUNS'] ?? 300) },
    );
  });
});
