import type { DeadlineClock, DecisionContext, Fen, LegalDate } from '#domain-core';

export type PartyRole = 'worker' | 'employer';

export interface CaseParty {
  readonly partyId: string;
  readonly role: PartyRole;
}

/** One claim item of the award: finality is judged per item (终局裁决, LDMAL 47; Interp. I 20 for a mixed award). */
export interface AwardedItem {
  readonly claimId: string;
  readonly finality: 'final' | 'non_final';
  readonly awardedFen: Fen;
}

/** What arbitration has come to, as far as the court side needs to know. Composed from the arbitration stage's facts. */
export type ArbitrationFacts =
  | { readonly kind: 'none' }
  /** 不予受理 in writing: the applicant may sue (LDMAL 29). */
  | { readonly kind: 'refused'; readonly refusedOn: LegalDate }
  /** No decision on acceptance within 5 days (LDMAL 29). */
  | { readonly kind: 'acceptance_overdue' }
  /** No award within the 45 (+15) days (LDMAL 43). */
  | { readonly kind: 'award_overdue' }
  | { readonly kind: 'awarded'; readonly awardId: string; readonly items: readonly AwardedItem[] }
  /** 仲裁调解书 signed for by both parties (LDMAL 42): enforceable (LDMAL 51). */
  | { readonly kind: 'mediation_statement_effective'; readonly statementId: string };

/**
 * What the litigation decider is told about the rest of the dispute. Everything here is a plain fact the composition
 * derives from other stages' events: this lib imports none of them.
 */
export interface LitigationContext extends DecisionContext {
  readonly disputeId: string;
  readonly clock: DeadlineClock;
  /** Today in law (Asia/Shanghai): no stated date may lie after it. */
  readonly today: LegalDate;
  readonly parties: readonly CaseParty[];
  readonly arbitration: ArbitrationFacts;
  /** Claim items of a breached mediation agreement that a payment order may cover (支付令, LDMAL 16). */
  readonly paymentOrderEligibleClaimIds: readonly string[];
  /** Closed by any stage (this one tracks its own closures in state too). */
  readonly caseClosed: boolean;
}
