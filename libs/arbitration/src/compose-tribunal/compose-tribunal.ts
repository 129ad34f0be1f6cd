import { ensure, sameValue } from '#domain-core';
import type { ComposeTribunal } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { TribunalComposed } from '../events.js';
import { arbitrationRules as rules } from '../rules.js';
import { activeCase, notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/** A sole arbitrator, or three with one presiding (LDMAL 31). */
export function composeTribunal(command: ComposeTribunal, state: ArbitrationState, context: ArbitrationContext): readonly TribunalComposed[] {
  const { form, arbitratorIds, presidingId, composedOn } = command.data;
  const running = activeCase(state);
  if (running.tribunal && sameValue(running.tribunal, { form, arbitratorIds, presidingId })) return [];
  const size = form === 'sole' ? 1 : 3;
  ensure(
    arbitratorIds.length === size && new Set(arbitratorIds).size === size && arbitratorIds.includes(presidingId),
    rules.tribunalIsSoleOrThree,
    `${form}: ${arbitratorIds.length} arbitrators, presiding ${presidingId}`,
    'arbitratorIds',
  );
  notInFuture(composedOn, context, 'composedOn');
  return [{ type: 'TribunalComposed', data: { disputeId: context.disputeId, form, arbitratorIds, presidingId, composedOn, composedAt: context.now } }];
}
