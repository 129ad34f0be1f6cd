import { isLive, refuse, type DeadlineCancelled, type DeadlineRestarted, type DeadlineSet, type LegalDate, type RestartReason } from '#domain-core';
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

/** Every deadline still able to fire ends with the case at this commission. */
export const cancelLive = (state: ArbitrationState, context: ArbitrationContext, reason: string): DeadlineCancelled[] =>
  Object.values(state.deadlines)
    .filter(isLive)
    .map((d) => ({ type: 'DeadlineCancelled', data: { disputeId: context.disputeId, deadlineId: d.id, reason, cancelledAt: context.now } }));

/**
 * Counted afresh from `trigger` (Rules 46): an open pause (公告送达) stays open, closed ones belong to the old count;
 * an approved extension still applies.
 */
export function restartDeadline(state: ArbitrationState, context: ArbitrationContext, deadlineId: string, trigger: LegalDate, reason: RestartReason): DeadlineRestarted[] {
  const deadline = state.deadlines[deadlineId];
  if (!isLive(deadline)) return [];
  const open = deadline.pauses.filter((p) => p.to === undefined);
  return [
    {
      type: 'DeadlineRestarted',
      data: {
        disputeId: context.disputeId,
        deadlineId,
        trigger,
        reason,
        ...context.clock.compute({ rule: deadline.rule, trigger, ...(open.length > 0 ? { pauses: open } : {}), ...(deadline.extensionDays > 0 ? { extensionDays: deadline.extensionDays } : {}) }),
        restartedAt: context.now,
      },
    },
  ];
}

export const isParty = (context: ArbitrationContext, partyId: string) => context.dispute.parties.some((p) => p.partyId === partyId);
