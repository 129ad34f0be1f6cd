import type { PeriodRule } from '#calendar';
import { assertNever, type Deadline, type DeadlineMet, type DeadlineSet, type LegalDate } from '#domain-core';
import type { LitigationContext, PartyRole } from '../context.js';
import type { ChallengeTrack, SuitBasis } from '../events.js';

/** The statutory periods this stage counts: the compiler checks each is a row of `#calendar`'s statutory-periods table. */
export const litigationPeriods = {
  workerSuitAfterFinalAward: 'workerSuitAfterFinalAwardFifteenDays', // LDMAL 48
  employerAnnulment: 'employerAnnulmentThirtyDays', // LDMAL 49
  suitAfterNonFinalAward: 'suitAfterNonFinalAwardFifteenDays', // LDMAL 50
  suitAfterAnnulment: 'suitAfterAnnulmentFifteenDays', // LDMAL 49
  appeal: 'appealFifteenDays', // CPL 171
} as const satisfies Record<string, PeriodRule>;
export type LitigationPeriod = (typeof litigationPeriods)[keyof typeof litigationPeriods];

const periodNames: readonly string[] = Object.values(litigationPeriods);
export const isLitigationPeriod = (rule: string): rule is LitigationPeriod => periodNames.includes(rule);

const challengePeriods: readonly string[] = [litigationPeriods.workerSuitAfterFinalAward, litigationPeriods.employerAnnulment, litigationPeriods.suitAfterNonFinalAward];
/** A window against the award itself (not the later ones after an annulment or a judgment). */
export const isChallengePeriod = (rule: string): boolean => challengePeriods.includes(rule);

/** The challenge windows against an award: per party, since each counts from that party's receipt. */
export const challengePeriodFor = (track: ChallengeTrack, role: PartyRole): LitigationPeriod =>
  track === 'non_final'
    ? litigationPeriods.suitAfterNonFinalAward
    : role === 'worker'
      ? litigationPeriods.workerSuitAfterFinalAward
      : litigationPeriods.employerAnnulment;

export const partyWindowId = (period: LitigationPeriod, partyId: string): string => `${period}:${partyId}`;

/** The window a suit on this basis must be filed in, and the article it rests on; no window for refusal/overdue suits. */
export function suitWindowOf(basis: SuitBasis, partyId: string): { readonly deadlineId: string; readonly article: string } | undefined {
  switch (basis) {
    case 'after_final_award':
      return { deadlineId: partyWindowId(litigationPeriods.workerSuitAfterFinalAward, partyId), article: 'LDMAL 48' };
    case 'after_non_final_award':
      return { deadlineId: partyWindowId(litigationPeriods.suitAfterNonFinalAward, partyId), article: 'LDMAL 50' };
    case 'after_annulment':
      // One ruling served on both parties: one window for either of them.
      return { deadlineId: litigationPeriods.suitAfterAnnulment, article: 'LDMAL 49' };
    case 'after_refusal':
    case 'after_acceptance_overdue':
    case 'after_award_overdue':
      return undefined;
    default:
      return assertNever(basis, 'suit basis');
  }
}

/** Whether an act on `on` is still inside the window: it includes its last day, and a met window stays open to the others. */
export const windowAdmits = (window: Deadline, on: LegalDate): boolean =>
  window.status !== 'expired' && window.status !== 'cancelled' && (window.dueOn === null || on <= window.dueOn);

export function setDeadline(context: LitigationContext, deadlineId: string, rule: LitigationPeriod, trigger: LegalDate): DeadlineSet {
  const { dueOn, explanation } = context.clock.compute({ rule, trigger });
  return {
    type: 'DeadlineSet',
    data: { disputeId: context.disputeId, deadlineId, rule, trigger, dueOn, explanation, setAt: context.now },
  };
}

export const deadlineMet = (context: LitigationContext, deadlineId: string, metOn: LegalDate): DeadlineMet => ({
  type: 'DeadlineMet',
  data: { disputeId: context.disputeId, deadlineId, metOn, metAt: context.now },
});
