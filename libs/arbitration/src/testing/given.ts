import { computeDeadline, workingCalendar, type PeriodRule } from '#calendar';
import { RuleViolation, type DeadlineClock } from '#domain-core';
import type { AnyArbitrationCommand } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import { decideArbitration } from '../decide.js';
import type { ArbitrationRuleName } from '../rules.js';
import { evolveArbitration, initialArbitrationState, type ArbitrationFact } from '../state.js';

export const NOW = '2026-06-01T02:00:00.000Z';
export const D = 'd-1';

const calendar = workingCalendar();
/** The real statutory clock: these tests check dates a clerk would check by hand. */
export const clock: DeadlineClock = {
  compute: ({ rule, trigger, pauses, extensionDays }) => {
    const { dueOn, explanation } = computeDeadline({ rule: rule as PeriodRule, trigger, pauses: pauses?.map(({ from, to }) => (to ? { from, to } : { from })), extensionDays }, calendar);
    return { dueOn, explanation: { ...explanation } };
  },
};
export const due = (rule: string, trigger: string, extra: Omit<Parameters<DeadlineClock['compute']>[0], 'rule' | 'trigger'> = {}) => clock.compute({ rule, trigger, ...extra });

/** Hangzhou, tier 1, an illustrative monthly minimum wage of 2,490 yuan. */
export const MINIMUM_WAGE_FEN = 249_000;

export const context = (overrides: Partial<ArbitrationContext> = {}): ArbitrationContext => ({
  disputeId: D,
  now: NOW,
  today: '2026-06-01',
  newId: () => 'id-1',
  clock,
  actorRole: 'arbitration-clerk',
  dispute: {
    registered: true,
    regionCode: '330106',
    parties: [
      { partyId: 'w1', kind: 'worker' },
      { partyId: 'e1', kind: 'employer' },
    ],
    claims: [
      { claimId: 'c1', type: 'wages', amountFen: 1_200_000 },
      { claimId: 'c2', type: 'economic_compensation', amountFen: 5_000_000 },
      { claimId: 'c3', type: 'social_insurance' },
      { claimId: 'c4', type: 'contract_termination' },
    ],
    limitationRunsFrom: '2026-01-15',
  },
  mediation: 'failed',
  minimumWage: (region, on) => (region.startsWith('3301') && on >= '2023-12-01' ? { monthlyFen: MINIMUM_WAGE_FEN, source: 'fixture' } : undefined),
  ...overrides,
});

/** given(facts…).when(command[, context]).then(facts…) | .thenNothing() | .thenRefuses(rule, field?) */
export function given(...history: readonly ArbitrationFact[]) {
  const state = history.reduce(evolveArbitration, initialArbitrationState);
  return {
    state,
    when(command: AnyArbitrationCommand, ctx: ArbitrationContext = context()) {
      const decide = () => decideArbitration(command, state, ctx);
      return {
        decide,
        then: (...expected: readonly ArbitrationFact[]) => expect(decide()).toEqual(expected),
        thenNothing: () => expect(decide()).toEqual([]),
        thenRefuses(rule: ArbitrationRuleName, field?: string) {
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

/** Builds a history by deciding commands in order (the facts are the decider's own). */
export function history(...commands: readonly [AnyArbitrationCommand, ArbitrationContext?][]): ArbitrationFact[] {
  const facts: ArbitrationFact[] = [];
  let state = initialArbitrationState;
  for (const [command, ctx] of commands) {
    const decided = decideArbitration(command, state, ctx ?? context());
    facts.push(...decided);
    state = decided.reduce(evolveArbitration, state);
  }
  return facts;
}
