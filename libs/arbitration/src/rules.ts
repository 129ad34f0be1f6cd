import { rule } from '#domain-core';

export const arbitrationRules = {
  disputeMustBeRegistered: rule('disputeMustBeRegistered', 'procedure', 'arbitration needs a registered dispute'),
  arbitrationAfterMediationEndsOrExpires: rule('arbitrationAfterMediationEndsOrExpires', 'LDMAL 14, 15', 'once mediation is chosen, arbitration waits until it failed, expired or its agreement was breached'),
  applicationOnce: rule('applicationOnce', 'procedure', 'a dispute has one arbitration application'),
  statedDatesNotInFuture: rule('statedDatesNotInFuture', 'procedure', 'a date that has happened cannot lie in the future'),
  applicationMustAwaitDecision: rule('applicationMustAwaitDecision', 'LDMAL 29', 'only an application awaiting its decision can be accepted or refused'),
  decisionAfterFiling: rule('decisionAfterFiling', 'LDMAL 29', 'a decision is taken on or after the filing'),
  caseNumberRequired: rule('caseNumberRequired', 'Rules 30', 'an accepted case has its number'),
  caseMustBeAccepted: rule('caseMustBeAccepted', 'LDMAL 29', 'this step belongs to an accepted case'),
  tribunalIsSoleOrThree: rule('tribunalIsSoleOrThree', 'LDMAL 31', 'a tribunal is a sole arbitrator or three arbitrators, one presiding'),
  tribunalBeforeHearing: rule('tribunalBeforeHearing', 'LDMAL 32', 'a hearing needs a composed tribunal'),
  hearingNoticeAtLeastFiveDays: rule('hearingNoticeAtLeastFiveDays', 'LDMAL 35', 'the parties are notified at least five days before the hearing'),
  notWhileSuspended: rule('notWhileSuspended', 'Rules 47', 'a suspended case takes no step until it resumes'),
  suspendOnlyWhatRuns: rule('suspendOnlyWhatRuns', 'Rules 47', 'only a running case can be suspended, only a suspended one resumed'),
  resumeAfterSuspension: rule('resumeAfterSuspension', 'Rules 47', 'a case resumes on or after the day it was suspended'),
  awardExtensionNeedsChairApproval: rule('awardExtensionNeedsChairApproval', 'LDMAL 43', 'the commission chair approves an extension in writing'),
  awardExtensionOnlyOnce: rule('awardExtensionOnlyOnce', 'LDMAL 43', 'the award period is extended at most once'),
  awardExtensionAtMostFifteenDays: rule('awardExtensionAtMostFifteenDays', 'LDMAL 43', 'an extension is at most fifteen days'),
  awardRequiresComposedTribunal: rule('awardRequiresComposedTribunal', 'LDMAL 31', 'only a composed tribunal awards'),
  awardOnce: rule('awardOnce', 'LDMAL 43', 'the case is awarded once (partial awards are their own fact)'),
  awardCoversClaims: rule('awardCoversClaims', 'LDMAL 43', 'every item decides a claim of this dispute'),
  minimumWageKnownForRegionAndDate: rule('minimumWageKnownForRegionAndDate', 'LDMAL 47', 'finality needs the regional minimum wage in force on the award date'),
  awardMustBeIssued: rule('awardMustBeIssued', 'LDMAL 48-50', 'receipt is of an issued award, by a party'),
  withdrawBeforeAward: rule('withdrawBeforeAward', 'LDMAL 41', 'an application can be withdrawn until the award'),
  deadlineExpiresOnlyAfterItsLastDay: rule('deadlineExpiresOnlyAfterItsLastDay', 'CPL 85', 'a period has not run out until its last day has passed'),
  correctionWhileAwaitingDecision: rule('correctionWhileAwaitingDecision', 'Rules 29', 'a correction is asked of an application awaiting its decision'),
  correctionNoticeOnce: rule('correctionNoticeOnce', 'Rules 29', 'the commission asks for a correction once, listing everything missing'),
  correctionMustBeNoticed: rule('correctionMustBeNoticed', 'Rules 29', 'only a noticed correction can be completed'),
  correctionAfterNotice: rule('correctionAfterNotice', 'Rules 29', 'a correction is completed on or after its notice'),
  referralToAnotherCommission: rule('referralToAnotherCommission', 'LDMAL 21', 'an application is referred to a different, competent commission'),
  serviceAfterAcceptance: rule('serviceAfterAcceptance', 'LDMAL 30', 'the application is served on the respondent after acceptance, once'),
  defenceAfterService: rule('defenceAfterService', 'LDMAL 30', 'a defence answers a served application, once'),
  defenceMustBeFiled: rule('defenceMustBeFiled', 'LDMAL 30', 'only a filed defence is served on the applicant, once, on or after filing'),
  publicationPeriodOrdered: rule('publicationPeriodOrdered', 'Rules 46', 'service by publication ends on or after it starts, and one publication runs at a time'),
  recusalOfSittingArbitrator: rule('recusalOfSittingArbitrator', 'LDMAL 33', 'recusal is decided for an arbitrator of the tribunal'),
  grantedRecusalNeedsReplacement: rule('grantedRecusalNeedsReplacement', 'LDMAL 33', 'a granted recusal names a replacement not already on the tribunal'),
  hearingMustBeScheduled: rule('hearingMustBeScheduled', 'LDMAL 35', 'the hearing must be scheduled and not yet held'),
  hearingHeldOnItsDay: rule('hearingHeldOnItsDay', 'LDMAL 35', 'a hearing is held on the day it was scheduled for'),
  noShowOfAPartyWithoutGoodReason: rule('noShowOfAPartyWithoutGoodReason', 'LDMAL 36', 'a no-show is of a party, on a hearing day that has come, without good reason (with one, postpone)'),
  restartAfterAcceptance: rule('restartAfterAcceptance', 'Rules 46', 'amendments, counterclaims and added parties come after acceptance'),
  mediationStatementByTribunal: rule('mediationStatementByTribunal', 'LDMAL 42', 'a composed tribunal issues the 调解书, one at a time, never after a repudiation'),
  mediationStatementMustBeIssued: rule('mediationStatementMustBeIssued', 'LDMAL 42', 'signing or repudiating concerns the issued, pending 调解书, by a party'),
  repudiationBeforeSigning: rule('repudiationBeforeSigning', 'LDMAL 42', 'a party can back out only before it signs for the 调解书'),
  partialAwardLeavesClaimsOpen: rule('partialAwardLeavesClaimsOpen', 'LDMAL 43', 'a partial award decides some claims, not all that remain'),
  claimDecidedOnce: rule('claimDecidedOnce', 'LDMAL 43', 'a claim decided by a partial award is not decided again'),
  advanceExecutionOnlyForListedClaims: rule('advanceExecutionOnlyForListedClaims', 'LDMAL 44', 'advance execution is for wages, work-injury medical costs, economic compensation or damages'),
  advanceExecutionNeedsClearRights: rule('advanceExecutionNeedsClearRights', 'LDMAL 44', 'the rights and obligations must be clear'),
  advanceExecutionNeedsHardship: rule('advanceExecutionNeedsHardship', 'LDMAL 44', "without it the worker's life would be seriously affected"),
} as const;

export type ArbitrationRuleName = keyof typeof arbitrationRules;

/** Deadlines this stage keeps, by rule name (the keys of #calendar's statutory periods). */
export const ACCEPTANCE = 'acceptanceWithinFiveDays';
export const SERVICE_OF_APPLICATION = 'serviceOfApplicationWithinFiveDays';
export const TRIBUNAL_NOTICE = 'tribunalNoticeWithinFiveDays';
export const AWARD = 'awardWithinFortyFiveDays';
export const LIMITATION = 'limitationOneYear';
export const HEARING_NOTICE = 'hearingNoticeAtLeastFiveDays';
export const DEFENCE = 'defenceWithinTenDays';
export const SERVICE_OF_DEFENCE = 'serviceOfDefenceWithinFiveDays';
