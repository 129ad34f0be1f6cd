import type { DisputeState } from '#dispute';

export const stages = ['intake', 'mediation', 'arbitration', 'litigation', 'closed'] as const;
export type Stage = (typeof stages)[number];

/** One row per dispute: what lists, dashboards and statistics read. Column names are the table's. */
export type CaseSummaryRow = {
  readonly dispute_id: string;
  readonly revision: number;
  readonly stage: Stage;
  /** The status within the stage, e.g. `agreement_pending`, `accepted`, `settled_in_mediation` once closed. */
  readonly status: string;
  readonly registered_on: string | null;
  readonly region_code: string | null;
  readonly industry: string | null;
  readonly channel: string | null;
  readonly employer_name: string | null;
  readonly worker_count: number;
  readonly collective: boolean;
  /** Masked only: display names, kinds and masked ID numbers; never a vault value. */
  readonly parties: readonly { partyId: string; kind: string; displayName: string; maskedIdNumber?: string }[];
  readonly claim_types: readonly string[];
  readonly claimed_fen: number;
  readonly agreed_fen: number | null;
  readonly awarded_fen: number | null;
  readonly recovered_fen: number | null;
  readonly mediation_body_id: string | null;
  readonly mediator_id: string | null;
  readonly commission_id: string | null;
  readonly case_number: string | null;
  readonly arbitrator_ids: readonly string[];
  readonly court_ids: readonly string[];
  readonly next_deadline_id: string | null;
  readonly next_deadline_rule: string | null;
  readonly next_deadline_on: string | null;
  readonly next_session_on: string | null;
  readonly hearing_dates: readonly string[];
  readonly suspended_on: string | null;
  readonly extension_days: number | null;
  readonly final_award: boolean;
  readonly award_overdue: boolean;
  readonly mediation_opened_on: string | null;
  readonly mediation_ended_on: string | null;
  readonly arbitration_applied_on: string | null;
  readonly handed_over: boolean;
  readonly arbitration_accepted_on: string | null;
  readonly awarded_on: string | null;
  readonly court_filed_on: string | null;
  readonly closed_on: string | null;
  readonly outcome: string | null;
  readonly last_event_at: string;
  /** Lower-cased employer name and case number, for free-text search. */
  readonly search_text: string;
  /** The folded domain state: every column above is derived from it, so the row cannot disagree with the decider. */
  readonly state: DisputeState;
};
