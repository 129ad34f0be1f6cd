import { RuleViolation } from '#domain-core';
import type { LitigationCommand } from '../commands.js';
import type { LitigationContext } from '../context.js';
import { decideLitigation } from '../decide.js';
import type { LitigationFact } from '../events.js';
import type { LitigationRuleName } from '../rules.js';
import { evolveLitigation, initialLitigationState, type LitigationState } from '../state.js';
import { countingIds, testContext } from './fixtures.js';

export interface Refusal {
  readonly rule: LitigationRuleName;
  readonly article?: string;
  readonly field?: string;
}

/** given(events…).when(command, context).then(events…) | .thenNothing() | .thenRefuses({ rule, article, field }) */
export function given(...history: readonly (LitigationFact | readonly LitigationFact[])[]) {
  const state: LitigationState = history.flat().reduce(evolveLitigation, initialLitigationState);
  return {
    state,
    when(command: LitigationCommand, context: LitigationContext = testContext()) {
      // Each decision numbers its new ids afresh (id-1, id-2…), so one context can serve several decisions.
      const decide = () => decideLitigation(command, state, { ...context, newId: countingIds() });
      return {
        then: (...expected: readonly LitigationFact[]) => expect(decide()).toEqual(expected),
        thenNothing: () => expect(decide()).toEqual([]),
        thenRefuses(refusal: Refusal) {
          let caught: unknown;
          try {
            decide();
          } catch (error) {
            caught = error;
          }
          expect(caught).toBeInstanceOf(RuleViolation);
          const violation = caught as RuleViolation;
          expect(violation.rule.name).toBe(refusal.rule);
          if (refusal.article !== undefined) expect(violation.rule.article).toBe(refusal.article);
          if (refusal.field !== undefined) expect(violation.field).toBe(refusal.field);
        },
      };
    },
  };
}
