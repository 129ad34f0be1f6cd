import { limitationFacts, evolveIntake, initialIntakeState } from '../state.js';
import { DISPUTE, given, NOW } from '../testing/given.js';
import { registration } from '../testing/registration.js';

const registered = { type: 'DisputeRegistered' as const, data: { disputeId: DISPUTE, ...registration(), registeredAt: NOW } };
const interrupt = (interruptedOn: string, ground = 'claim_to_other_party' as const) => ({
  type: 'RecordLimitationInterruption' as const,
  data: { ground, interruptedOn },
});
const interrupted = (interruptedOn: string) => ({
  type: 'LimitationInterrupted' as const,
  data: { disputeId: DISPUTE, ground: 'claim_to_other_party' as const, interruptedOn, recordedAt: NOW },
});

describe('RecordLimitationInterruption (时效中断, LDMAL 27)', () => {
  it('records the day the limitation starts afresh', () => {
    given(registered).when(interrupt('2026-02-01')).then(interrupted('2026-02-01'));
  });

  it('is a no-op when the same interruption is recorded again', () => {
    given(registered, interrupted('2026-02-01')).when(interrupt('2026-02-01')).thenNothing();
  });

  it('refuses an interruption before the worker knew, in the future, or on an unregistered dispute', () => {
    given(registered).when(interrupt('2026-01-01')).thenRefuses('interruptionAfterKnowledge', 'interruptedOn');
    given(registered).when(interrupt('2026-04-01')).thenRefuses('statedDatesNotInFuture', 'interruptedOn');
    given().when(interrupt('2026-02-01')).thenRefuses('disputeMustBeRegistered');
  });

  it('hands arbitration the latest restart of the limitation', () => {
    const state = [registered, interrupted('2026-02-20'), interrupted('2026-02-01')].reduce(evolveIntake, initialIntakeState);
    expect(limitationFacts(state)).toEqual({ knewOfInfringementOn: '2026-01-15', limitationRunsFrom: '2026-02-20', employmentEndedOn: undefined });
    expect(limitationFacts(initialIntakeState)).toBeUndefined();
  });
});
