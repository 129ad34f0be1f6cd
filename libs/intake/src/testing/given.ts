import { RuleViolation } from '#domain-core';
import type { IntakeCommand } from '../commands.js';
import type { IntakeContext } from '../context.js';
import { decideIntake } from '../decide.js';
import type { IntakeEvent } from '../events.js';
import type { IntakeRuleName } from '../rules.js';
import { evolveIntake, initialIntakeState } from '../state.js';

export const NOW = '2026-03-10T02:00:00.000Z';
export const TODAY = '2026-03-10';
export const DISPUTE = 'd-1';
export const context: IntakeContext = { disputeId: DISPUTE, now: NOW, today: TODAY, newId: () => 'id-1' };

/** given(events…).when(command).then(events…) | .thenNothing() | .thenRefuses(rule, field?) */
export function given(...history: readonly IntakeEvent[]) {
  const state = history.reduce(evolveIntake, initialIntakeState);
  return {
    state,
    when(command: IntakeCommand) {
      const decide = () => decideIntake(command, state, context);
      return {
        then: (...expected: readonly IntakeEvent[]) => expect(decide()).toEqual(expected),
        thenNothing: () => expect(decide()).toEqual([]),
        thenRefuses(rule: IntakeRuleName, field?: string) {
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
