import { rule } from '#domain-core';

export const mediationRules = {
  disputeMustBeRegistered: rule('disputeMustBeRegistered', 'procedure', 'mediation needs a registered dispute'),
  mediationOpensOnce: rule('mediationOpensOnce', 'procedure', 'a dispute is mediated once; a second body means a new case'),
  mediationMustBeOpen: rule('mediationMustBeOpen', 'LDMAL 14', 'only an open mediation takes sessions, agreements or a failure'),
  statedDatesNotInFuture: rule('statedDatesNotInFuture', 'procedure', 'a date that has happened cannot lie in the future'),
  sessionWithinMediation: rule('sessionWithinMediation', 'LDMAL 14', 'a session is held on or after the body received the application'),
  sessionRefersToCase: rule('sessionRefersToCase', 'procedure', 'attendees, positions and claims belong to this dispute'),
  sessionIdIsNew: rule('sessionIdIsNew', 'procedure', 'a session id recorded with other particulars is a different session'),
  mediationAgreementNeedsAllSignatures: rule('mediationAgreementNeedsAllSignatures', 'LDMAL 14', 'binding once both parties sign or seal, the mediator signs and the body seals'),
  agreementTermsReferenceClaims: rule('agreementTermsReferenceClaims', 'LDMAL 14', 'every term settles a claim of this dispute'),
  performanceDueAfterAgreement: rule('performanceDueAfterAgreement', 'LDMAL 15', 'the agreed performance date is on or after the agreement took effect'),
  agreementMustAwaitPerformance: rule('agreementMustAwaitPerformance', 'LDMAL 15', 'only an agreement awaiting performance can be performed or breached'),
  breachOnlyAfterPerformanceDue: rule('breachOnlyAfterPerformanceDue', 'LDMAL 15', 'a party fails to perform only once the agreed period has passed'),
  breachRefersToAgreedClaims: rule('breachRefersToAgreedClaims', 'LDMAL 15', 'a breach names claims the agreement settled'),
  amountsArePositive: rule('amountsArePositive', 'procedure', 'amounts are whole fen, not negative'),
  mediationAgreementReviewWithinFifteenDays: rule('mediationAgreementReviewWithinFifteenDays', 'Rules 74', 'review is applied for within 15 days of the agreement taking effect'),
  deadlineExpiresOnlyAfterItsLastDay: rule('deadlineExpiresOnlyAfterItsLastDay', 'CPL 85', 'a period has not run out until its last day has passed'),
} as const;

export type MediationRuleName = keyof typeof mediationRules;

/** 支付令 (LDMAL 16): the claim types a worker can take to court for a payment order when an agreement is breached. */
export const paymentOrderClaimTypes: readonly string[] = ['wages', 'work_injury_medical', 'economic_compensation', 'damages'];
