import { assertNever, isDeadlineEvent, type DeadlineEvent, type DisputeClosed, type LegalDate } from '#domain-core';
import type { IntakeEvent, InterruptionGround, Registration } from './events.js';

export type IntakeState =
  | { readonly status: 'unregistered' }
  | {
      readonly status: 'registered';
      readonly registration: Registration;
      readonly interruptions: readonly { readonly ground: InterruptionGround; readonly interruptedOn: LegalDate }[];
    };

export const initialIntakeState: IntakeState = { status: 'unregistered' };

export type IntakeFact = IntakeEvent | DeadlineEvent | DisputeClosed;

export function evolveIntake(state: IntakeState, event: IntakeFact): IntakeState {
  if (isDeadlineEvent(event) || event.type === 'DisputeClosed') return state;
  switch (event.type) {
    case 'DisputeRegistered': {
      const { disputeId: _id, registeredAt: _at, ...registration } = event.data;
      return { status: 'registered', registration, interruptions: [] };
    }
    case 'LimitationInterrupted':
      return state.status === 'registered'
        ? { ...state, interruptions: [...state.interruptions, { ground: event.data.ground, interruptedOn: event.data.interruptedOn }] }
        : state;
    default:
      return assertNever(event, 'intake event');
  }
}

/** What arbitration needs for its 1-year limitation warning (LDMAL 27): the latest restart of the clock. */
export function limitationFacts(state: IntakeState) {
  if (state.status !== 'registered') return undefined;
  const restarts = [state.registration.knewOfInfringementOn, ...state.interruptions.map((i) => i.interruptedOn)].sort();
  return {
    knewOfInfringementOn: state.registration.knewOfInfringementOn,
    limitationRunsFrom: restarts[restarts.length - 1]!,
    employmentEndedOn: state.registration.employmentEndedOn,
  };
}
