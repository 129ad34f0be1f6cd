import type { DomainEvent } from './decider.js';
import type { Fen, Instant } from './values.js';

/** Every way a case can end. A closed case takes no further facts except enforcement ones. */
export const closureOutcomes = [
  'settled_in_mediation', // 调解协议 performed
  'withdrawn', // 撤回申请, LDMAL 41
  'deemed_withdrawn', // 视为撤回, LDMAL 36
  'arbitration_mediation_statement_effective', // 调解书 served, LDMAL 42
  'award_effective', // no suit in time, LDMAL 50
  'final_award_unchallenged', // 终局裁决, LDMAL 47-49
  'judgment_final',
  'enforcement_concluded', // LDMAL 51
  'payment_order_concluded', // 支付令, LDMAL 16
  'not_pursued', // refused or overdue arbitration, no suit filed
] as const;
export type ClosureOutcome = (typeof closureOutcomes)[number];

export type DisputeClosed = DomainEvent<'DisputeClosed', {
  readonly disputeId: string;
  readonly outcome: ClosureOutcome;
  /** Where money is involved: what the worker obtained, in fen. */
  readonly amounts?: { readonly agreed?: Fen; readonly awarded?: Fen; readonly recovered?: Fen };
  readonly closedAt: Instant;
}>;
