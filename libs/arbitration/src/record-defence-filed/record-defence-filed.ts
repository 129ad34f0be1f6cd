import { ensure, refuse } from '#domain-core';
import type { RecordDefenceFiled } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { DefenceFiled } from '../events.js';
import { arbitrationRules as rules, DEFENCE } from '../rules.js';
import { activeCase, isParty, notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/**
 * 答辩 within 10 days of receiving the application (LDMAL 30). A late defence is still a defence: it is recorded with
 * `late`, never refused, and no defence does not stop the case.
 */
export function recordDefenceFiled(command: RecordDefenceFiled, state: ArbitrationState, context: ArbitrationContext): readonly DefenceFiled[] {
  const { partyId, filedOn } = command.data;
  if ('defence' in state && state.defence?.filedOn === filedOn && state.defence.partyId === partyId) return [];
  const running = activeCase(state);
  const servedOn = running.applicationServedOn;
  if (servedOn === undefined) return refuse(rules.defenceAfterService, 'the application has not been served');
  ensure(running.defence === undefined, rules.defenceAfterService, `a defence was filed on ${running.defence?.filedOn}`);
  ensure(isParty(context, partyId), rules.defenceAfterService, `${partyId} is not a party`, 'partyId');
  ensure(filedOn >= servedOn, rules.defenceAfterService, `served on ${servedOn}`, 'filedOn');
  notInFuture(filedOn, context, 'filedOn');
  const { dueOn } = context.clock.compute({ rule: DEFENCE, trigger: servedOn });
  return [{ type: 'DefenceFiled', data: { disputeId: context.disputeId, partyId, filedOn, dueOn, late: dueOn !== null && filedOn > dueOn, filedAt: context.now } }];
}
