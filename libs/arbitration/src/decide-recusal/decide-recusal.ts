import { ensure } from '#domain-core';
import type { DecideRecusal } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { RecusalDecided } from '../events.js';
import { arbitrationRules as rules } from '../rules.js';
import { activeCase, notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/** 回避 (LDMAL 33): decided for a sitting arbitrator; a granted recusal seats the named replacement in their place. */
export function decideRecusal(command: DecideRecusal, state: ArbitrationState, context: ArbitrationContext): readonly RecusalDecided[] {
  const { arbitratorId, granted, replacementId, decidedOn } = command.data;
  const previous = 'recusals' in state ? state.recusals?.[arbitratorId] : undefined;
  // A refused recusal seats nobody: a replacement named with it is ignored.
  if (previous !== undefined && previous.granted === granted && previous.replacementId === (granted ? replacementId : undefined)) return [];
  const running = activeCase(state);
  const tribunal = running.tribunal;
  ensure(tribunal !== undefined && tribunal.arbitratorIds.includes(arbitratorId), rules.recusalOfSittingArbitrator, `${arbitratorId} does not sit on the tribunal`, 'arbitratorId');
  if (granted) {
    ensure(
      replacementId !== undefined && replacementId.trim().length > 0 && !tribunal.arbitratorIds.includes(replacementId),
      rules.grantedRecusalNeedsReplacement,
      'name a replacement who does not already sit',
      'replacementId',
    );
  }
  notInFuture(decidedOn, context, 'decidedOn');
  return [
    {
      type: 'RecusalDecided',
      data: { disputeId: context.disputeId, arbitratorId, granted, ...(granted && replacementId !== undefined ? { replacementId } : {}), decidedOn, decidedAt: context.now },
    },
  ];
}
