import { addDays } from '#calendar';
import { RuleViolation, type DeadlineClock } from '#domain-core';
import type { MediationCommand } from '../commands.js';
import type { MediationContext } from '../context.js';
import { decideMediation } from '../decide.js';
import type { MediationRuleName } from '../rules.js';
import { evolveMediation, initialMediationState, type MediationFact } from '../state.js';

export const NOW = '2026-03-20T02:00:00.000Z';
export const TODAY = '2026-03-20';
export const D = 'd-1';

/** Plain calendar days, no holidays: the real clock has its own tests; these test the decider. */
const lengths: Record<string, number> = { mediationWindowIsFifteenDays: 15, mediationAgreementReviewWithinFifteenDays: 15 };
export const fakeClock: DeadlineClock = {
  compute: ({ rule, trigger }) => {
    const dueOn = addDays(trigger, lengths[rule]!);
    return { dueOn, explanation: { summary: `${rule}: ${trigger} + ${lengths[rule]} = ${dueOn}` } };
  },
};
export const due = (rule: string, trigger: string) => fakeClock.compute({ rule, trigger });

export const context = (overrides: Partial<MediationContext> = {}): MediationContext => ({
  disputeId: D,
  now: NOW,
  today: TODAY,
  newId: () => 'id-1',
  clock: fakeClock,
  dispute: {
    registered: true,
    principalPartyIds: ['w1', 'e1'],
    partyIds: ['w1', 'e1', 'a1'],
    claims: [
      { claimId: 'c1', type: 'wages' },
      { claimId: 'c2', type: 'social_insurance' },
    ],
  },
  ...overrides,
});

/** given(facts…).when(command[, context]).then(facts…) | .thenNothing() | .thenRefuses(rule, field?) */
export function given(...history: readonly MediationFact[]) {
  const state = history.reduce(evolveMediation, initialMediationState);
  return {
    state,
    when(command: MediationCommand, ctx: MediationContext = context()) {
      const decide = () => decideMediation(command, state, ctx);
      return {
        then: (...expected: readonly MediationFact[]) => expect(decide()).toEqual(expected),
        thenNothing: () => expect(decide()).toEqual([]),
        thenRefuses(rule: MediationRuleName, field?: string) {
          let caught: unknown;
          try {
            decide();
          } catch (error) {
            caught = error;
          }
          expect(caught).toBeInstanceOf(RuleViolation);
          expect((caught as RuleViolation).rule.name).toBe(rule);
          if (field !== undefined) expect((caught as RuleViolation).field).toBe(field);
        },
      };
    },
  };
}
