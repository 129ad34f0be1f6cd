import type { DeadlineClock, DecisionContext, LegalDate } from '#domain-core';

/** What mediation must know of the rest of the case, as plain facts (filled in by the dispute's composition). */
export interface MediationContext extends DecisionContext {
  readonly disputeId: string;
  readonly today: LegalDate;
  readonly clock: DeadlineClock;
  readonly dispute: {
    readonly registered: boolean;
    /** Workers and employer (not agents): those whose signatures make an agreement binding. */
    readonly principalPartyIds: readonly string[];
    readonly partyIds: readonly string[];
    readonly claims: readonly { readonly claimId: string; readonly type: string }[];
  };
}
