import { refuse } from '#domain-core';
import type { AssignMediator } from '../commands.js';
import type { MediationContext } from '../context.js';
import type { MediatorAssigned } from '../events.js';
import { mediationRules as rules } from '../rules.js';
import type { MediationState } from '../state.js';

export function assignMediator(command: AssignMediator, state: MediationState, context: MediationContext): readonly MediatorAssigned[] {
  if (state.status !== 'open') return refuse(rules.mediationMustBeOpen, `mediation is ${state.status}`);
  if (state.mediatorId === command.data.mediatorId) return [];
  return [{ type: 'MediatorAssigned', data: { disputeId: context.disputeId, mediatorId: command.data.mediatorId, assignedAt: context.now } }];
}
