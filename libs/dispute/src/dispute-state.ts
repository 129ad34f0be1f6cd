import { arbitrationEventTypes, evolveArbitration, initialArbitrationState, type ArbitrationEvent, type ArbitrationState } from '#arbitration';
import { isDeadlineEvent, type ClosureOutcome, type DeadlineEvent, type DisputeClosed } from '#domain-core';
import { evolveIntake, initialIntakeState, intakeEventTypes, type IntakeEvent, type IntakeState } from '#intake';
import { evolveLitigation, initialLitigationState, litigationPeriods, type LitigationFact, type LitigationState } from '#litigation';
import { AGREEMENT_REVIEW, evolveMediation, initialMediationState, MEDIATION_WINDOW, mediationEventTypes, type MediationEvent, type MediationState } from '#mediation';

export type DisputeFact = IntakeEvent | MediationEvent | ArbitrationEvent | LitigationFact | DeadlineEvent | DisputeClosed;

export interface DisputeStages {
  readonly intake: IntakeState;
  readonly mediation: MediationState;
  readonly arbitration: ArbitrationState;
  readonly litigation: LitigationState;
}

/** One dispute, every stage side by side in one stream. */
export type DisputeState =
  | (DisputeStages & { readonly status: 'unregistered' })
  | (DisputeStages & { readonly status: 'open' })
  | (DisputeStages & { readonly status: 'closed'; readonly outcome: ClosureOutcome });

export const initialDisputeState = (): DisputeState => ({
  status: 'unregistered',
  intake: initialIntakeState,
  mediation: initialMediationState,
  arbitration: initialArbitrationState,
  litigation: initialLitigationState,
});

const is = (types: readonly string[], event: { type: string }) => types.includes(event.type);
const mediationDeadlines: readonly string[] = [MEDIATION_WINDOW, AGREEMENT_REVIEW];
const litigationDeadlines: readonly string[] = Object.values(litigationPeriods);

/** A deadline fact belongs to the stage that set it: by its rule when set, by who holds it afterwards. */
function deadlineOwner(state: DisputeStages, event: DeadlineEvent): 'mediation' | 'arbitration' | 'litigation' {
  if (event.type === 'DeadlineSet') {
    if (mediationDeadlines.includes(event.data.rule)) return 'mediation';
    if (litigationDeadlines.includes(event.data.rule)) return 'litigation';
    return 'arbitration';
  }
  if (event.data.deadlineId in state.mediation.deadlines) return 'mediation';
  if (event.data.deadlineId in state.arbitration.deadlines) return 'arbitration';
  return 'litigation';
}

export function evolveDispute(state: DisputeState, event: DisputeFact): DisputeState {
  const stages: DisputeStages = { intake: state.intake, mediation: state.mediation, arbitration: state.arbitration, litigation: state.litigation };
  if (event.type === 'DisputeClosed') {
    return {
      status: 'closed',
      outcome: event.data.outcome,
      intake: stages.intake,
      mediation: evolveMediation(stages.mediation, event),
      arbitration: evolveArbitration(stages.arbitration, event),
      litigation: evolveLitigation(stages.litigation, event),
    };
  }
  const next: DisputeStages = isDeadlineEvent(event)
    ? (() => {
        const owner = deadlineOwner(stages, event);
        if (owner === 'mediation') return { ...stages, mediation: evolveMediation(stages.mediation, event) };
        if (owner === 'arbitration') return { ...stages, arbitration: evolveArbitration(stages.arbitration, event) };
        return { ...stages, litigation: evolveLitigation(stages.litigation, event) };
      })()
    : is(intakeEventTypes, event)
      ? { ...stages, intake: evolveIntake(stages.intake, event as IntakeEvent) }
      : is(mediationEventTypes, event)
        ? { ...stages, mediation: evolveMediation(stages.mediation, event as MediationEvent) }
        : is(arbitrationEventTypes, event)
          ? { ...stages, arbitration: evolveArbitration(stages.arbitration, event as ArbitrationEvent) }
          : { ...stages, litigation: evolveLitigation(stages.litigation, event as LitigationFact) };
  if (state.status === 'closed') return { ...next, status: 'closed', outcome: state.outcome };
  return { ...next, status: next.intake.status === 'registered' ? 'open' : 'unregistered' };
}
