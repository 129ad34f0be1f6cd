import { ensure, refuse } from '#domain-core';
import type { RecordDefenceServed } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { DefenceServed } from '../events.js';
import { arbitrationRules as rules, SERVICE_OF_DEFENCE } from '../rules.js';
import { activeCase, notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/** The defence is served on the applicant within 5 days of its receipt (LDMAL 30); late service is recorded. */
export function recordDefenceServed(command: RecordDefenceServed, state: ArbitrationState, context: ArbitrationContext): readonly DefenceServed[] {
  const { servedOn } = command.data;
  if ('defence' in state && state.defence?.servedOn === servedOn) return [];
  const running = activeCase(state);
  const defence = running.defence;
  if (defence === undefined) return refuse(rules.defenceMustBeFiled, 'no defence has been filed');
  ensure(defence.servedOn === undefined, rules.defenceMustBeFiled, `already served on ${defence.servedOn}`);
  ensure(servedOn >= defence.filedOn, rules.defenceMustBeFiled, `filed on ${defence.filedOn}`, 'servedOn');
  notInFuture(servedOn, context, 'servedOn');
  const { dueOn } = context.clock.compute({ rule: SERVICE_OF_DEFENCE, trigger: defence.filedOn });
  return [{ type: 'DefenceServed', data: { disputeId: context.disputeId, servedOn, dueOn, late: dueOn !== null && servedOn > dueOn, servedAt: context.now } }];
}
