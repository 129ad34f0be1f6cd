import type { DecisionContext, LegalDate } from '#domain-core';

export interface IntakeContext extends DecisionContext {
  readonly disputeId: string;
  /** The legal date of `now` (Asia/Shanghai): what "in the future" means for stated dates. */
  readonly today: LegalDate;
}
