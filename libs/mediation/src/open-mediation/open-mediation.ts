import { ensure, refuse, type DeadlineSet } from '#domain-core';
import type { OpenMediation } from '../commands.js';
import type { MediationContext } from '../context.js';
import type { MediationOpened } from '../events.js';
import { mediationRules as rules } from '../rules.js';
import type { MediationState } from '../state.js';

export const MEDIATION_WINDOW = 'mediationWindowIsFifteenDays';

/** Opens mediation and starts its 15 days from the day the body received the application (LDMAL 14). */
export function openMediation(command: OpenMediation, state: MediationState, context: MediationContext): readonly (MediationOpened | DeadlineSet)[] {
  const { body, bodyId, mediatorId, receivedOn } = command.data;
  if (state.status !== 'not_started') {
    const same = state.body === body && state.bodyId === bodyId && state.receivedOn === receivedOn;
    if (same) return [];
    refuse(rules.mediationOpensOnce, `already with ${state.bodyId} since ${state.receivedOn}`);
  }
  ensure(context.dispute.registered, rules.disputeMustBeRegistered, 'register the dispute first');
  ensure(receivedOn <= context.today, rules.statedDatesNotInFuture, 'the body cannot have received it in the future', 'receivedOn');
  const due = context.clock.compute({ rule: MEDIATION_WINDOW, trigger: receivedOn });
  return [
    { type: 'MediationOpened', data: { disputeId: context.disputeId, body, bodyId, mediatorId, receivedOn, openedAt: context.now } },
    {
      type: 'DeadlineSet',
      data: { disputeId: context.disputeId, deadlineId: MEDIATION_WINDOW, rule: MEDIATION_WINDOW, trigger: receivedOn, ...due, setAt: context.now },
    },
  ];
}
