import { endPauses, ensure, refuse, type DeadlineResumed } from '#domain-core';
import type { ResumeArbitration } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { ArbitrationResumed } from '../events.js';
import { arbitrationRules as rules, AWARD } from '../rules.js';
import { notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/** Resumption restarts the clock the suspension stopped (Rules 47); the new end date is computed with the pause. */
export function resumeArbitration(command: ResumeArbitration, state: ArbitrationState, context: ArbitrationContext): readonly (ArbitrationResumed | DeadlineResumed)[] {
  const { resumedOn } = command.data;
  if (state.status === 'accepted' && state.suspendedOn === undefined && state.lastResumedOn === resumedOn) return [];
  if (state.status !== 'accepted' || state.suspendedOn === undefined) return refuse(rules.suspendOnlyWhatRuns, 'the case is not suspended');
  ensure(resumedOn >= state.suspendedOn, rules.resumeAfterSuspension, `suspended on ${state.suspendedOn}`, 'resumedOn');
  notInFuture(resumedOn, context, 'resumedOn');
  const award = state.deadlines[AWARD];
  const resumed: DeadlineResumed[] =
    award?.status === 'paused'
      ? [
          {
            type: 'DeadlineResumed',
            data: {
              disputeId: context.disputeId,
              deadlineId: AWARD,
              resumedOn,
              reason: 'suspension',
              // A publication still running keeps the clock stopped: the computed end is then null.
              ...context.clock.compute({
                rule: AWARD,
                trigger: award.trigger,
                pauses: endPauses(award.pauses, resumedOn, 'suspension'),
                extensionDays: award.extensionDays,
              }),
              resumedAt: context.now,
            },
          },
        ]
      : [];
  return [{ type: 'ArbitrationResumed', data: { disputeId: context.disputeId, resumedOn, resumedAt: context.now } }, ...resumed];
}
