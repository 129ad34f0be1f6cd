import { ensure, refuse, sameValue, type DeadlineCancelled, type DeadlineMet } from '#domain-core';
import type { RecordMediationSession } from '../commands.js';
import type { MediationContext } from '../context.js';
import type { MediationFailed, MediationSessionRecorded } from '../events.js';
import { mediationRules as rules } from '../rules.js';
import type { MediationState } from '../state.js';
import { closeWindow } from '../window.js';

/** Each session on record: who came, where each side stood on each claim, and how it ended. */
export function recordSession(
  command: RecordMediationSession,
  state: MediationState,
  context: MediationContext,
): readonly (MediationSessionRecorded | MediationFailed | DeadlineMet | DeadlineCancelled)[] {
  if (state.status === 'not_started') return refuse(rules.mediationMustBeOpen, 'mediation has not been opened');
  const session = command.data;
  const recorded = state.sessions[session.sessionId];
  if (recorded) {
    const { disputeId: _d, recordedAt: _r, ...earlier } = recorded;
    if (sameValue(earlier, session)) return [];
    refuse(rules.sessionIdIsNew, `session ${session.sessionId} is already on record with other particulars`, 'sessionId');
  }
  if (state.status !== 'open') return refuse(rules.mediationMustBeOpen, `mediation is ${state.status}`);
  ensure(session.heldOn >= state.receivedOn, rules.sessionWithinMediation, `held ${session.heldOn}, received ${state.receivedOn}`, 'heldOn');
  ensure(session.heldOn <= context.today, rules.statedDatesNotInFuture, 'a session on record has been held', 'heldOn');
  const parties = new Set(context.dispute.partyIds);
  const claims = new Set(context.dispute.claims.map((c) => c.claimId));
  for (const attendee of session.attendees) {
    const known = attendee.role === 'mediator' || attendee.role === 'observer' || parties.has(attendee.id);
    ensure(known, rules.sessionRefersToCase, `${attendee.id} is not a party of this dispute`, 'attendees');
  }
  for (const position of session.positions) {
    ensure(claims.has(position.claimId) && parties.has(position.partyId), rules.sessionRefersToCase, `${position.partyId} on ${position.claimId}`, 'positions');
    if (position.offerFen !== undefined) ensure(Number.isSafeInteger(position.offerFen) && position.offerFen >= 0, rules.amountsArePositive, `offer ${position.offerFen}`, 'positions');
  }
  const event: MediationSessionRecorded = { type: 'MediationSessionRecorded', data: { disputeId: context.disputeId, ...session, recordedAt: context.now } };
  if (session.outcome !== 'failed') return [event];
  return [
    event,
    { type: 'MediationFailed', data: { disputeId: context.disputeId, failedOn: session.heldOn, reason: `session ${session.sessionId} failed`, recordedAt: context.now } },
    ...closeWindow(state, context, { cancelled: 'mediation failed' }),
  ];
}
