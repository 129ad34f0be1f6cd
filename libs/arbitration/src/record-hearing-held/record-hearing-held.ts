import { ensure } from '#domain-core';
import type { RecordHearingHeld } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { HearingHeld } from '../events.js';
import { arbitrationRules as rules } from '../rules.js';
import { activeCase, notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/** 开庭: held on the day noticed (LDMAL 35); another day is a postponement first. */
export function recordHearingHeld(command: RecordHearingHeld, state: ArbitrationState, context: ArbitrationContext): readonly HearingHeld[] {
  const { hearingId, heldOn } = command.data;
  if ('held' in state && state.held?.[hearingId] === heldOn) return [];
  const running = activeCase(state);
  const scheduled = running.hearings[hearingId];
  ensure(scheduled !== undefined && running.held?.[hearingId] === undefined, rules.hearingMustBeScheduled, `no pending hearing ${hearingId}`, 'hearingId');
  ensure(heldOn === scheduled, rules.hearingHeldOnItsDay, `scheduled for ${scheduled}`, 'heldOn');
  notInFuture(heldOn, context, 'heldOn');
  return [{ type: 'HearingHeld', data: { disputeId: context.disputeId, hearingId, heldOn, heldAt: context.now } }];
}
