import { ensure, type DeadlineCancelled, type DisputeClosed } from '#domain-core';
import type { RecordNoShow } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { ApplicationDeemedWithdrawn, DefaultHearingAllowed } from '../events.js';
import { arbitrationRules as rules } from '../rules.js';
import { activeCase, cancelLive, isParty } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/**
 * LDMAL 36, a party served with notice stays away without good reason: the applicant's application is 视为撤回 and the
 * case closes; for the respondent the tribunal may proceed to 缺席裁决 and the case goes on. With good reason the
 * hearing is postponed instead.
 */
export function recordNoShow(
  command: RecordNoShow,
  state: ArbitrationState,
  context: ArbitrationContext,
): readonly (ApplicationDeemedWithdrawn | DefaultHearingAllowed | DeadlineCancelled | DisputeClosed)[] {
  const { hearingId, partyId, side, goodReason } = command.data;
  if (state.status === 'deemed_withdrawn') return [];
  if ('defaults' in state && state.defaults?.[hearingId]?.includes(partyId)) return [];
  const running = activeCase(state);
  const hearingOn = running.hearings[hearingId];
  ensure(hearingOn !== undefined && running.held?.[hearingId] === undefined, rules.hearingMustBeScheduled, `no pending hearing ${hearingId}`, 'hearingId');
  ensure(isParty(context, partyId), rules.noShowOfAPartyWithoutGoodReason, `${partyId} is not a party`, 'partyId');
  ensure(hearingOn <= context.today, rules.noShowOfAPartyWithoutGoodReason, `the hearing is on ${hearingOn}`, 'hearingId');
  ensure(!goodReason, rules.noShowOfAPartyWithoutGoodReason, 'with good reason the hearing is postponed', 'goodReason');
  if (side === 'respondent') {
    return [{ type: 'DefaultHearingAllowed', data: { disputeId: context.disputeId, hearingId, partyId, hearingOn, allowedAt: context.now } }];
  }
  return [
    { type: 'ApplicationDeemedWithdrawn', data: { disputeId: context.disputeId, hearingId, partyId, hearingOn, deemedAt: context.now } },
    ...cancelLive(running, context, 'application deemed withdrawn'),
    { type: 'DisputeClosed', data: { disputeId: context.disputeId, outcome: 'deemed_withdrawn', closedAt: context.now } },
  ];
}
