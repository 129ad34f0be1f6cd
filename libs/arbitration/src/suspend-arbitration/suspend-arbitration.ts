import { isLive, refuse, type DeadlinePaused } from '#domain-core';
import type { SuspendArbitration } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { ArbitrationSuspended } from '../events.js';
import { arbitrationRules as rules, AWARD } from '../rules.js';
import { notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/** 中止 (Rules 47): the award clock stops; the suspended days do not count (Rules 46). */
export function suspendArbitration(command: SuspendArbitration, state: ArbitrationState, context: ArbitrationContext): readonly (ArbitrationSuspended | DeadlinePaused)[] {
  const { ground, suspendedOn } = command.data;
  if (state.status !== 'accepted') return refuse(rules.caseMustBeAccepted, `the case is ${state.status}`);
  if (state.suspendedOn === suspendedOn) return [];
  if (state.suspendedOn !== undefined) return refuse(rules.suspendOnlyWhatRuns, `already suspended since ${state.suspendedOn}`);
  notInFuture(suspendedOn, context, 'suspendedOn');
  const pause: DeadlinePaused[] = isLive(state.deadlines[AWARD])
    ? [{ type: 'DeadlinePaused', data: { disputeId: context.disputeId, deadlineId: AWARD, pausedOn: suspendedOn, reason: 'suspension', pausedAt: context.now } }]
    : [];
  return [{ type: 'ArbitrationSuspended', data: { disputeId: context.disputeId, ground, suspendedOn, suspendedAt: context.now } }, ...pause];
}
