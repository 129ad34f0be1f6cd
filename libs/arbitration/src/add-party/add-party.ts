import type { DeadlineRestarted } from '#domain-core';
import { restartAward } from '../amend-claims/restart-award.js';
import type { AddParty } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { PartyAdded } from '../events.js';
import type { ArbitrationState } from '../state.js';

/** 追加当事人 (e.g. a co-respondent or third party): the 45 days are counted afresh from the addition (Rules 46). */
export function addParty(command: AddParty, state: ArbitrationState, context: ArbitrationContext): readonly (PartyAdded | DeadlineRestarted)[] {
  const { partyId, addedOn, capacity } = command.data;
  const decided = restartAward(state, context, `party:${partyId}`, addedOn, 'addedOn', 'party_added');
  if (decided === undefined) return [];
  return [{ type: 'PartyAdded', data: { disputeId: context.disputeId, partyId, addedOn, capacity, addedAt: context.now } }, ...decided.restart];
}
