import { ensure, refuse } from '#domain-core';
import type { RecordLimitationInterruption } from '../commands.js';
import type { IntakeContext } from '../context.js';
import type { LimitationInterrupted } from '../events.js';
import { intakeRules as rules } from '../rules.js';
import type { IntakeState } from '../state.js';

/** 时效中断 (LDMAL 27): recorded so arbitration can weigh the 1-year limitation; never a refusal of the case. */
export function recordLimitationInterruption(
  command: RecordLimitationInterruption,
  state: IntakeState,
  context: IntakeContext,
): readonly LimitationInterrupted[] {
  if (state.status !== 'registered') return refuse(rules.disputeMustBeRegistered, 'register the dispute first');
  const { ground, interruptedOn, note } = command.data;
  if (state.interruptions.some((i) => i.ground === ground && i.interruptedOn === interruptedOn)) return [];
  ensure(interruptedOn >= state.registration.knewOfInfringementOn, rules.interruptionAfterKnowledge, `${interruptedOn} is before the worker knew`, 'interruptedOn');
  ensure(interruptedOn <= context.today, rules.statedDatesNotInFuture, 'the interruption is in the future', 'interruptedOn');
  return [
    {
      type: 'LimitationInterrupted',
      data: { disputeId: context.disputeId, ground, interruptedOn, ...(note !== undefined ? { note } : {}), recordedAt: context.now },
    },
  ];
}
