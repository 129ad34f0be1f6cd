import { ensure, refuse } from '#domain-core';
import type { RecordAwardReceived } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { AwardReceived } from '../events.js';
import { arbitrationRules as rules } from '../rules.js';
import { notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/** Service of the award on a party: its day starts that party's window to go to court (LDMAL 48–50). */
export function recordAwardReceived(command: RecordAwardReceived, state: ArbitrationState, context: ArbitrationContext): readonly AwardReceived[] {
  const { partyId, receivedOn } = command.data;
  if (state.status !== 'awarded') return refuse(rules.awardMustBeIssued, 'no award has been issued');
  if (state.receipts[partyId] === receivedOn) return [];
  ensure(state.receipts[partyId] === undefined, rules.awardMustBeIssued, `${partyId} already received it on ${state.receipts[partyId]}`, 'partyId');
  ensure(context.dispute.parties.some((p) => p.partyId === partyId), rules.awardMustBeIssued, `${partyId} is not a party`, 'partyId');
  ensure(receivedOn >= state.award.awardedOn, rules.awardMustBeIssued, `awarded on ${state.award.awardedOn}`, 'receivedOn');
  notInFuture(receivedOn, context, 'receivedOn');
  return [{ type: 'AwardReceived', data: { disputeId: context.disputeId, awardId: state.award.awardId, partyId, receivedOn, recordedAt: context.now } }];
}
