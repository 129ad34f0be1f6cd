import { ensure, isLive, type DeadlineMet } from '#domain-core';
import type { RecordApplicationServed } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { ApplicationServed } from '../events.js';
import { arbitrationRules as rules, SERVICE_OF_APPLICATION } from '../rules.js';
import { activeCase, isParty, notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/** 送达 of the application on the respondent, due within 5 days of acceptance (LDMAL 30); late service is recorded. */
export function recordApplicationServed(command: RecordApplicationServed, state: ArbitrationState, context: ArbitrationContext): readonly (ApplicationServed | DeadlineMet)[] {
  const { partyId, servedOn } = command.data;
  if ('applicationServedOn' in state && state.applicationServedOn === servedOn) return [];
  const running = activeCase(state);
  ensure(running.applicationServedOn === undefined, rules.serviceAfterAcceptance, `already served on ${running.applicationServedOn}`);
  ensure(isParty(context, partyId), rules.serviceAfterAcceptance, `${partyId} is not a party`, 'partyId');
  ensure(servedOn >= running.acceptedOn, rules.serviceAfterAcceptance, `accepted on ${running.acceptedOn}`, 'servedOn');
  notInFuture(servedOn, context, 'servedOn');
  const deadline = running.deadlines[SERVICE_OF_APPLICATION];
  const late = deadline?.dueOn != null && servedOn > deadline.dueOn;
  const met: DeadlineMet[] = isLive(deadline)
    ? [{ type: 'DeadlineMet', data: { disputeId: context.disputeId, deadlineId: SERVICE_OF_APPLICATION, metOn: servedOn, metAt: context.now } }]
    : [];
  return [{ type: 'ApplicationServed', data: { disputeId: context.disputeId, partyId, servedOn, late: late || deadline?.status === 'expired', servedAt: context.now } }, ...met];
}
