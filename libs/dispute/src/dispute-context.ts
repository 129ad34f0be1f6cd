import type { DeadlineClock, DecisionContext, LegalDate, Role } from '#domain-core';
import type { MinimumWageLookup } from '#arbitration';

/** What the application gives the dispute's decider: the injected clock, ids, who acts, and the law's data tables. */
export interface DisputeContext extends DecisionContext {
  readonly disputeId: string;
  /** `now` as a legal date in Asia/Shanghai. */
  readonly today: LegalDate;
  readonly clock: DeadlineClock;
  readonly actorRole: Role;
  readonly minimumWage: MinimumWageLookup;
}
