import { ensure, isLive, type DeadlineCancelled, type LegalDate } from '#domain-core';
import type { LitigationContext } from '../context.js';
import type { AnnulmentRejected, AwardAnnulled, LitigationFact } from '../events.js';
import { litigationRules } from '../rules.js';
import { settleAward } from '../shared/award.js';
import { ensureNotClosed } from '../shared/closure.js';
import { ensureNotBefore, ensureStatedDate } from '../shared/dates.js';
import { isChallengePeriod, litigationPeriods, setDeadline } from '../shared/windows.js';
import { evolveLitigation, type LitigationState } from '../state.js';

export interface RecordAnnulmentRuling {
  readonly type: 'RecordAnnulmentRuling';
  readonly data: { readonly ruling: 'annulled' | 'rejected'; readonly ruledOn: LegalDate; readonly servedOn: LegalDate };
}

export function recordAnnulmentRuling(command: RecordAnnulmentRuling, state: LitigationState, context: LitigationContext): readonly LitigationFact[] {
  const { ruling, ruledOn, servedOn } = command.data;
  const { annulment, award } = state;
  ensure(annulment !== undefined && award !== undefined, litigationRules.annulmentRulingNeedsApplication, 'no annulment was applied for');
  if (annulment.ruling) {
    const { result, ruledOn: on, servedOn: served } = annulment.ruling;
    ensure(result === ruling && on === ruledOn && served === servedOn, litigationRules.annulmentAlreadyRuled, `the court ruled ${result} on ${on}`);
    return [];
  }
  ensureNotClosed(state, context);
  ensureStatedDate(ruledOn, 'ruledOn', context.today);
  ensureStatedDate(servedOn, 'servedOn', context.today);
  ensureNotBefore(ruledOn, annulment.appliedOn, 'ruledOn', 'the application of');
  ensureNotBefore(servedOn, ruledOn, 'servedOn', 'the ruling of');

  const data = { disputeId: context.disputeId, awardId: award.awardId, ruledOn, servedOn, recordedAt: context.now };
  if (ruling === 'rejected') {
    const rejected: AnnulmentRejected = { type: 'AnnulmentRejected', data };
    return [rejected, ...settleAward(evolveLitigation(state, rejected), context)];
  }
  const annulled: AwardAnnulled = { type: 'AwardAnnulled', data };
  // The windows against the award go with it; either party now has 15 days from the ruling (LDMAL 49).
  const moot: DeadlineCancelled[] = Object.values(state.deadlines)
    .filter((d) => isLive(d) && isChallengePeriod(d.rule))
    .map((d) => ({ type: 'DeadlineCancelled', data: { disputeId: context.disputeId, deadlineId: d.id, reason: 'award annulled (LDMAL 49)', cancelledAt: context.now } }));
  return [annulled, ...moot, setDeadline(context, litigationPeriods.suitAfterAnnulment, litigationPeriods.suitAfterAnnulment, servedOn)];
}
