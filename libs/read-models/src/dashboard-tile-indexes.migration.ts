import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One partial index per dashboard tile that had none, its predicate the tile's condition word for word (the planner
 * only uses a partial index whose predicate the query's condition implies), keyed by the scope column and then as the
 * tile sorts: the count reads only the tile's entries of that scope and the first 20 come off the index in order. At
 * 50,000 disputes the arbitration tiles read every row of the commission for each count (docs/benchmarks.md).
 */
export class DashboardTileIndexes1795650000000 implements MigrationInterface {
  name = 'DashboardTileIndexes1795650000000';

  private readonly indexes: Record<string, string> = {
    case_summaries_tile_mediation_open: `(mediation_body_id, next_deadline_on, dispute_id) WHERE stage = 'mediation' AND status = 'open'`,
    case_summaries_tile_expired_not_handed_off: `(mediation_body_id, next_deadline_on, dispute_id)
      WHERE stage = 'mediation' AND status IN ('expired', 'failed') AND arbitration_applied_on IS NULL`,
    case_summaries_tile_agreements_pending: `(mediation_body_id, next_deadline_on, dispute_id) WHERE stage = 'mediation' AND status = 'agreement_pending'`,
    case_summaries_tile_awaiting_acceptance: `(commission_id, next_deadline_on, dispute_id) WHERE stage = 'arbitration' AND status = 'applied'`,
    case_summaries_tile_tribunals_to_compose: `(commission_id, next_deadline_on, dispute_id)
      WHERE stage = 'arbitration' AND status = 'accepted' AND cardinality(arbitrator_ids) = 0`,
    case_summaries_tile_overdue_awards: `(commission_id, next_deadline_on, dispute_id) WHERE stage = 'arbitration' AND award_overdue`,
    case_summaries_tile_suspended: `(commission_id, next_deadline_on, dispute_id) WHERE stage = 'arbitration' AND suspended_on IS NOT NULL`,
    case_summaries_tile_extensions: `(commission_id, next_deadline_on, dispute_id) WHERE stage = 'arbitration' AND extension_days IS NOT NULL`,
    case_summaries_tile_handed_over: `(commission_id, arbitration_applied_on) WHERE handed_over`,
    // Overlap (&&) with the week's seven dates: a GIN index answers it, where a scan of unnest() per row could not.
    case_summaries_tile_hearings: `USING gin (hearing_dates) WHERE stage = 'arbitration'`,
    case_summaries_tile_refused_or_overdue: `(next_deadline_on, dispute_id) INCLUDE (court_ids, region_code) WHERE stage = 'arbitration' AND court_filed_on IS NULL
      AND (status IN ('refused', 'acceptance_overdue') OR (award_overdue AND awarded_on IS NULL))`,
    case_summaries_tile_awards_effective: `(next_deadline_on, dispute_id) INCLUDE (court_ids) WHERE outcome IN ('award_effective', 'final_award_unchallenged')`,
    // The statistics cohort (every column statistics.ts reads) from the index alone, not from the heap the folded state fills.
    case_summaries_statistics_cohort: `(registered_on) INCLUDE (region_code, closed_on, outcome, mediation_opened_on, mediation_ended_on,
      arbitration_applied_on, awarded_on, court_filed_on, claim_types, industry, claimed_fen, agreed_fen, awarded_fen, recovered_fen, collective, worker_count)`,
  };

  /**
   * The court's tiles filter by court_ids: carried in the index (INCLUDE), a count is an index-only scan with the filter
   * applied to index entries, where a bitmap on the GIN index of court_ids fetched thousands of heap pages per tile.
   */
  private readonly withCourts: Record<string, string> = {
    case_summaries_suits: `WHERE jsonb_array_length(state->'litigation'->'suits') > 0`,
    case_summaries_annulments: `WHERE state->'litigation'->'annulment' IS NOT NULL`,
    case_summaries_enforcements: `WHERE state->'litigation'->'enforcements' <> '{}'::jsonb`,
    case_summaries_payment_orders: `WHERE state->'litigation'->'paymentOrder' IS NOT NULL`,
  };

  async up(runner: QueryRunner): Promise<void> {
    for (const [name, definition] of Object.entries(this.indexes)) await runner.query(`CREATE INDEX ${name} ON case_summaries ${definition}`);
    for (const [name, predicate] of Object.entries(this.withCourts)) {
      await runner.query(`DROP INDEX ${name}`);
      await runner.query(`CREATE INDEX ${name} ON case_summaries (next_deadline_on, dispute_id) INCLUDE (court_ids) ${predicate}`);
    }
    // The deadline tiles ask "which cases have this rule running, due in this window": answered from the index alone.
    await runner.query(`CREATE INDEX case_deadlines_running_rule ON case_deadlines (rule, due_on) INCLUDE (dispute_id) WHERE status = 'running'`);
    await runner.query('ANALYZE case_summaries');
    await runner.query('ANALYZE case_deadlines');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX IF EXISTS case_deadlines_running_rule');
    for (const name of Object.keys(this.indexes)) await runner.query(`DROP INDEX IF EXISTS ${name}`);
    for (const [name, predicate] of Object.entries(this.withCourts)) {
      await runner.query(`DROP INDEX ${name}`);
      await runner.query(`CREATE INDEX ${name} ON case_summaries (next_deadline_on, dispute_id) ${predicate}`);
    }
  }
}
