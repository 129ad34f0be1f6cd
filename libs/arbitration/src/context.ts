import type { DeadlineClock, DecisionContext, Fen, LegalDate, Role } from '#domain-core';

/** Mediation as arbitration needs to know it (LDMAL 14, 15). */
export type MediationStanding = 'not_started' | 'in_progress' | 'agreement_pending_performance' | 'settled' | 'failed' | 'expired' | 'agreement_breached';

/** The monthly minimum wage in force for a region on a day, in fen; undefined when the table does not know. */
export type MinimumWageLookup = (regionCode: string, on: LegalDate) => { readonly monthlyFen: Fen; readonly source: string } | undefined;

export interface ArbitrationContext extends DecisionContext {
  readonly disputeId: string;
  readonly today: LegalDate;
  readonly clock: DeadlineClock;
  /** Who is deciding: an extension needs the commission chair (LDMAL 43). */
  readonly actorRole: Role;
  readonly dispute: {
    readonly registered: boolean;
    readonly regionCode: string;
    readonly parties: readonly { readonly partyId: string; readonly kind: string }[];
    readonly claims: readonly { readonly claimId: string; readonly type: string; readonly amountFen?: Fen }[];
    /** The latest start of the limitation: the day the worker knew, or the latest interruption (LDMAL 27). */
    readonly limitationRunsFrom: LegalDate;
    readonly employmentEndedOn?: LegalDate;
  };
  readonly mediation: MediationStanding;
  readonly minimumWage: MinimumWageLookup;
}
