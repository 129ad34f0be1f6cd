import { refuse, type DeadlineSet, type LegalDate } from '#domain-core';
import type { ArbitrationContext } from './context.js';
import { arbitrationRules as rules } from './rules.js';
import type { ArbitrationState } from './state.js';

export const deadlineSet = (context: ArbitrationContext, rule: string, trigger: LegalDate): DeadlineSet => ({
  type: 'DeadlineSet',
  data: { disputeId: context.disputeId, deadlineId: rule, rule, trigger, ...context.clock.compute({ rule, trigger }), setAt: context.now },
});

/** The case must be accepted, not yet awarded, and not suspended. */
export function activeCase(state: ArbitrationState) {
  if (state.status !== 'accepted') return refuse(rules.caseMustBeAccepted, `the case is ${state.status}`);
  if (state.suspendedOn !== undefined) return refuse(rules.notWhileSuspended, `suspended since ${state.suspendedOn}`);
  return state;
}

export const notInFuture = (date: LegalDate, context: ArbitrationContext, field: string) => {
  if (date > context.today) refuse(rules.statedDatesNotInFuture, `${date} is after today`, field);
};
