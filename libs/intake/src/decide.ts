import { assertNever } from '#domain-core';
import type { IntakeCommand } from './commands.js';
import type { IntakeContext } from './context.js';
import type { IntakeEvent } from './events.js';
import { recordLimitationInterruption } from './record-limitation-interruption/record-limitation-interruption.js';
import { registerDispute } from './register-dispute/register-dispute.js';
import type { IntakeState } from './state.js';

/** Throws RuleViolation to refuse; an empty answer means the command changes nothing. */
export function decideIntake(command: IntakeCommand, state: IntakeState, context: IntakeContext): readonly IntakeEvent[] {
  switch (command.type) {
    case 'RegisterDispute':
      return registerDispute(command, state, context);
    case 'RecordLimitationInterruption':
      return recordLimitationInterruption(command, state, context);
    default:
      return assertNever(command, 'intake command');
  }
}
