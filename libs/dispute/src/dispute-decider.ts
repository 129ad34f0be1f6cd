import { decideArbitration, type AnyArbitrationCommand } from '#arbitration';
import { isLive, refuse, type DeadlineCancelled, type Decider } from '#domain-core';
import { decideIntake, type IntakeCommand } from '#intake';
import { decideLitigation, type LitigationCommand } from '#litigation';
import { decideMediation, type MediationCommand } from '#mediation';
import { commandStages, type DisputeCommand, type Stage } from './dispute-commands.js';
import type { DisputeContext } from './dispute-context.js';
import { disputeRules } from './dispute-rules.js';
import { evolveDispute, initialDisputeState, type DisputeFact, type DisputeState } from './dispute-state.js';
import { stageContexts } from './stage-contexts.js';

/** The stage holding a deadline decides its expiry; a deadline nobody holds is stale and changes nothing. */
function stageOf(command: DisputeCommand, state: DisputeState): Stage | undefined {
  if (command.type !== 'ExpireDeadline') return commandStages[command.type];
  const { deadlineId } = command.data;
  if (deadlineId in state.mediation.deadlines) return 'mediation';
  if (deadlineId in state.arbitration.deadlines) return 'arbitration';
  if (deadlineId in state.litigation.deadlines) return 'litigation';
  return undefined;
}

function decideInStage(stage: Stage, command: DisputeCommand, state: DisputeState, context: DisputeContext): readonly DisputeFact[] {
  const contexts = stageContexts(state, context);
  switch (stage) {
    case 'intake':
      return decideIntake(command as IntakeCommand, state.intake, contexts.intake);
    case 'mediation':
      return decideMediation(command as MediationCommand, state.mediation, contexts.mediation);
    case 'arbitration':
      return decideArbitration(command as AnyArbitrationCommand, state.arbitration, contexts.arbitration);
    case 'litigation':
      return decideLitigation(command as LitigationCommand, state.litigation, contexts.litigation);
    default: {
      const never: never = stage;
      return never;
    }
  }
}

const fold = (state: DisputeState, events: readonly DisputeFact[]) => events.reduce(evolveDispute, state);

/** Receipt of the award opens each recipient's window to go to court (LDMAL 48–50): one fact, two stages. */
function challengeWindowsFor(events: readonly DisputeFact[], state: DisputeState, context: DisputeContext): readonly DisputeFact[] {
  const receipts = events.flatMap((e) => (e.type === 'AwardReceived' ? [e.data] : []));
  if (receipts.length === 0) return [];
  const after = fold(state, events);
  return decideLitigation(
    { type: 'OpenChallengeWindows', data: { awardId: receipts[0]!.awardId, receipts: receipts.map(({ partyId, receivedOn }) => ({ partyId, receivedOn })) } },
    after.litigation,
    stageContexts(after, context).litigation,
  );
}

/** A closing case leaves no clock running in any stage: each live deadline is cancelled just before the closure. */
function cancelEveryLiveDeadline(events: readonly DisputeFact[], state: DisputeState, context: DisputeContext): readonly DisputeFact[] {
  const closing = events.findIndex((e) => e.type === 'DisputeClosed');
  if (closing < 0) return events;
  const before = fold(state, events.slice(0, closing));
  const outcome = (events[closing] as Extract<DisputeFact, { type: 'DisputeClosed' }>).data.outcome;
  const cancelled: DeadlineCancelled[] = [before.mediation.deadlines, before.arbitration.deadlines, before.litigation.deadlines]
    .flatMap((deadlines) => Object.values(deadlines))
    .filter(isLive)
    .map((deadline) => ({
      type: 'DeadlineCancelled',
      data: { disputeId: context.disputeId, deadlineId: deadline.id, reason: `dispute closed: ${outcome}`, cancelledAt: context.now },
    }));
  return [...events.slice(0, closing), ...cancelled, ...events.slice(closing)];
}

/**
 * The dispute's decider: routes the command to its stage with what that stage must know of the others, then adds the
 * facts that cross stages. Throws RuleViolation to refuse; [] when nothing changes.
 */
export function decideDispute(command: DisputeCommand, state: DisputeState, context: DisputeContext): readonly DisputeFact[] {
  const stage = stageOf(command, state);
  if (stage === undefined) return [];
  const decided = decideInStage(stage, command, state, context);
  if (decided.length === 0) return [];
  // Enforcement may follow closure (LDMAL 51); the litigation stage polices that itself.
  if (state.status === 'closed' && stage !== 'litigation') {
    return refuse(disputeRules.nothingButEnforcementAfterClosure, `dispute ${context.disputeId} is closed (${state.outcome})`);
  }
  const events = [...decided, ...challengeWindowsFor(decided, state, context)];
  return cancelEveryLiveDeadline(events, state, context);
}

export const disputeDecider: Decider<DisputeCommand, DisputeFact, DisputeState, DisputeContext> = {
  decide: decideDispute,
  evolve: evolveDispute,
  initialState: initialDisputeState,
};
