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
} as const;

export type ArbitrationRuleName = keyof typeof arbitrationRules;

/** Deadlines this stage keeps, by rule name (the keys of #calendar's statutory periods). */
export const ACCEPTANCE = 'acceptanceWithinFiveDays';
export const SERVICE_OF_APPLICATION = 'serviceOfApplicationWithinFiveDays';
export const TRIBUNAL_NOTICE = 'tribunalNoticeWithinFiveDays';
export const AWARD = 'awardWithinFortyFiveDays';
export const LIMITATION = 'limitationOneYear';
export const HEARING_NOTICE = 'hearingNoticeAtLeastFiveDays';
