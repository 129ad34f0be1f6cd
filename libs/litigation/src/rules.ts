import { rule, type Rule } from '#domain-core';

/**
 * Every rule the litigation stage enforces. Where one rule applies under several articles (a suit window is LDMAL 48,
 * 49 or 50 depending on the award), the refusal carries the article of the case at hand (`underArticle`).
 */
export const litigationRules = {
  // Dates and amounts as stated
  statedDateWellFormed: rule('statedDateWellFormed', 'procedure', 'a stated date is a real calendar day (YYYY-MM-DD)'),
  statedDateNotInFuture: rule('statedDateNotInFuture', 'procedure', 'a stated date (filing, receipt, service, ruling) is not after today'),
  statedDateInOrder: rule('statedDateInOrder', 'procedure', 'a date does not precede the fact it follows (service after judgment, ruling after application)'),
  amountInWholeFen: rule('amountInWholeFen', 'procedure', 'money is a whole, non-negative number of fen'),
  partyMustBeOnTheCase: rule('partyMustBeOnTheCase', 'procedure', 'only a party of the dispute acts in it'),
  nothingButEnforcementAfterClosure: rule('nothingButEnforcementAfterClosure', 'LDMAL 51', 'a closed case takes no new facts except enforcement (执行)'),
  deadlineExpiresOnlyAfterItsLastDay: rule('deadlineExpiresOnlyAfterItsLastDay', 'CPL 85', 'a period includes its last day: it expires only once that day has passed'),

  // Challenge windows after an award (LDMAL 47–50)
  challengeNeedsAnAward: rule('challengeNeedsAnAward', 'LDMAL 47-50', 'challenge windows open only on the award arbitration made'),
  oneAwardUnderChallenge: rule('oneAwardUnderChallenge', 'procedure', 'one award at a time is under challenge in a dispute'),
  awardReceiptAlreadyRecorded: rule('awardReceiptAlreadyRecorded', 'LDMAL 48-50', "a party's receipt of the award starts its window once; it is not moved"),

  // Suits
  suitWindowClosed: rule('suitWindowClosed', 'LDMAL 48-50', 'a suit against an award is filed within 15 days of receipt (of the ruling, after an annulment)'),
  suitBasisNotOpen: rule('suitBasisNotOpen', 'LDMAL 29, 43, 48-50', 'a suit rests on a ground arbitration has opened: refusal, overdue acceptance or award, an award received, an annulment'),
  employerCannotSueOnFinalAward: rule('employerCannotSueOnFinalAward', 'LDMAL 47, 49', 'against a final award (终局裁决) the employer may only apply to annul it'),
  suitAlreadyFiled: rule('suitAlreadyFiled', 'procedure', 'a party files one suit on one ground'),

  // Annulment of a final award (撤销仲裁裁决, LDMAL 49)
  onlyEmployerMayApplyForAnnulment: rule('onlyEmployerMayApplyForAnnulment', 'LDMAL 49', 'annulment of a final award is the employer’s remedy'),
  annulmentOnlyForFinalAward: rule('annulmentOnlyForFinalAward', 'LDMAL 49; Interp. I 20 (verify)', 'only a final award can be annulled; a mixed award is challenged as non-final'),
  annulmentAtIntermediateCourt: rule('annulmentAtIntermediateCourt', 'LDMAL 49', 'annulment is applied for at the intermediate court where the commission sits'),
  annulmentWithinThirtyDays: rule('annulmentWithinThirtyDays', 'LDMAL 49', 'the employer applies within 30 days of receiving the award'),
  noAnnulmentWhileWorkerSues: rule('noAnnulmentWhileWorkerSues', 'Interp. I 18 (verify)', 'once the worker has sued on the final award, the intermediate court does not take the employer’s application'),
  annulmentAlreadyApplied: rule('annulmentAlreadyApplied', 'procedure', 'one annulment application per award'),
  annulmentRulingNeedsApplication: rule('annulmentRulingNeedsApplication', 'procedure', 'a ruling on annulment answers an application'),
  annulmentAlreadyRuled: rule('annulmentAlreadyRuled', 'procedure', 'an annulment application is ruled on once'),

  // Court cases and judgments
  courtCaseNumberWellFormed: rule('courtCaseNumberWellFormed', 'SPC case-number rules (法〔2015〕137号)', 'a court case number has the form (year)court-code case-type sequence 号, matching court level, proceeding and year'),
  courtLevelFitsProceeding: rule('courtLevelFitsProceeding', 'CPL 18-20, 171; LDMAL 49', 'first instance at a basic (or intermediate) court, appeal one level up, annulment at the intermediate court'),
  courtCaseNeedsItsFiling: rule('courtCaseNeedsItsFiling', 'procedure', 'a court registers a case that was filed: a suit, an appeal, an annulment application'),
  courtCaseAlreadyRegistered: rule('courtCaseAlreadyRegistered', 'procedure', 'one court case per proceeding'),
  judgmentNeedsRegisteredCourtCase: rule('judgmentNeedsRegisteredCourtCase', 'procedure', 'a judgment is recorded against the registered court case that gave it'),
  judgmentAlreadyRecorded: rule('judgmentAlreadyRecorded', 'procedure', 'a court case gives one judgment'),
  appealNeedsJudgment: rule('appealNeedsJudgment', 'CPL 171', 'an appeal is against a first-instance judgment'),
  appealWithinFifteenDays: rule('appealWithinFifteenDays', 'CPL 171', 'an appeal is filed within 15 days of service of the judgment'),
  appealAlreadyFiled: rule('appealAlreadyFiled', 'procedure', 'a party appeals once'),

  // Enforcement (执行, LDMAL 51)
  enforcementNeedsEffectiveTitle: rule('enforcementNeedsEffectiveTitle', 'LDMAL 51', 'a court enforces an effective award, 调解书 or judgment'),
  enforcementMustBeApplied: rule('enforcementMustBeApplied', 'procedure', 'an enforcement is concluded after it was applied for'),
  enforcementAlreadyConcluded: rule('enforcementAlreadyConcluded', 'procedure', 'an enforcement concludes once'),

  // Payment order (支付令, LDMAL 16)
  onlyWorkerMayApplyForPaymentOrder: rule('onlyWorkerMayApplyForPaymentOrder', 'LDMAL 16', 'the worker applies for a payment order'),
  paymentOrderOnlyForEligibleClaims: rule('paymentOrderOnlyForEligibleClaims', 'LDMAL 16', 'a payment order covers unpaid wages, work-injury medical costs, economic compensation or damages agreed in mediation'),
  paymentOrderAtBasicCourt: rule('paymentOrderAtBasicCourt', 'LDMAL 16', 'a payment order is applied for at a basic court'),
  paymentOrderAlreadyApplied: rule('paymentOrderAlreadyApplied', 'procedure', 'one payment order per dispute'),
  paymentOrderMustBeApplied: rule('paymentOrderMustBeApplied', 'procedure', 'a payment order is issued on an application'),
  paymentOrderMustBeIssued: rule('paymentOrderMustBeIssued', 'procedure', 'a payment order is paid or objected to once issued'),
  paymentOrderAlreadyIssued: rule('paymentOrderAlreadyIssued', 'procedure', 'a payment order is issued once'),
  paymentOrderOutcomeAlreadyRecorded: rule('paymentOrderOutcomeAlreadyRecorded', 'procedure', 'a payment order ends once: paid or objected to'),
} as const satisfies Record<string, Rule>;

export type LitigationRuleName = keyof typeof litigationRules;

/** The same rule under the article of the case at hand. */
export const underArticle = (general: Rule, article: string): Rule => ({ ...general, article });
