import { assertNever, isLive, type Fen } from '#domain-core';
import type { AwardedItem, LitigationContext } from '../context.js';
import type { AwardKind, AwardTookEffect, FinalAwardUnchallenged, LitigationFact } from '../events.js';
import { evolveLitigation, type LitigationState } from '../state.js';
import { closeDispute } from './closure.js';
import { isChallengePeriod } from './windows.js';

export function awardKindOf(items: readonly AwardedItem[]): AwardKind {
  const finals = items.filter((item) => item.finality === 'final').length;
  return finals === items.length ? 'final' : finals === 0 ? 'non_final' : 'mixed';
}

export function awardedFenOf(context: LitigationContext, awardId: string): Fen {
  const { arbitration } = context;
  if (arbitration.kind !== 'awarded' || arbitration.awardId !== awardId) return 0;
  return arbitration.items.reduce((sum, item) => sum + item.awardedFen, 0);
}

const awardBases: readonly string[] = ['after_final_award', 'after_non_final_award'];

/**
 * Every party has received the award, each one's window has passed unused, and any annulment was rejected: the
 * award can no longer be challenged.
 */
export function awardStandsUnchallenged(state: LitigationState, context: LitigationContext): boolean {
  const { award } = state;
  if (!award || award.standing !== 'challengeable') return false;
  const everyoneReceived = context.parties.every((party) => award.receipts.some((r) => r.partyId === party.partyId));
  const windowStillOpen = Object.values(state.deadlines).some((d) => isChallengePeriod(d.rule) && isLive(d));
  const sued = state.suits.some((suit) => awardBases.includes(suit.basis));
  const annulmentStands = state.annulment !== undefined && state.annulment.ruling?.result !== 'rejected';
  return everyoneReceived && !windowStillOpen && !sued && !annulmentStands;
}

/** The award's consequence once nothing can challenge it: LDMAL 50 for a non-final award, LDMAL 47–49 for a final one. */
export function settleAward(state: LitigationState, context: LitigationContext): readonly LitigationFact[] {
  if (!state.award || !awardStandsUnchallenged(state, context)) return [];
  const { awardId, track } = state.award;
  const awardedFen = awardedFenOf(context, awardId);
  const data = { disputeId: context.disputeId, awardId, awardedFen, recordedAt: context.now };
  const fact: AwardTookEffect | FinalAwardUnchallenged =
    track === 'final' ? { type: 'FinalAwardUnchallenged', data } : { type: 'AwardTookEffect', data };
  return [fact, ...closeDispute(evolveLitigation(state, fact), context, track === 'final' ? 'final_award_unchallenged' : 'award_effective', { awarded: awardedFen })];
}

/** A final award binds from the day it is made (LDMAL 47) unless the worker sued on it or an annulment is pending. */
export function awardIsEnforceable(state: LitigationState): boolean {
  const { award, annulment } = state;
  if (!award) return false;
  switch (award.standing) {
    case 'took_effect':
    case 'unchallenged':
      return true;
    case 'annulled':
      return false;
    case 'challengeable':
      return (
        award.track === 'final' &&
        !state.suits.some((suit) => suit.basis === 'after_final_award') &&
        !(annulment !== undefined && annulment.ruling === undefined)
      );
    default:
      return assertNever(award.standing, 'award standing');
  }
}
