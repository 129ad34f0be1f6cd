import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes chosen from the query plans at 50,000 disputes (docs/benchmarks.md, "Query plans"). Lists page newest
 * first per scope, so each scope has an index in exactly that order and a page reads only its rows. Dashboard tiles
 * that test the folded `state` (jsonb, TOASTed) made every candidate row be decompressed: each such tile gets a
 * partial index whose predicate is the tile's condition, keyed as the tile sorts, so only matching rows are read.
 */
export class QueryPlanIndexes1795640000000 implements MigrationInterface {
  name = 'QueryPlanIndexes1795640000000';

  private readonly indexes: Record<string, string> = {
    case_summaries_body_newest: '(mediation_body_id, registered_on DESC NULLS LAST, dispute_id DESC)',
    case_summaries_commission_newest: '(commission_id, registered_on DESC NULLS LAST, dispute_id DESC)',
    case_summaries_newest: '(registered_on DESC NULLS LAST, dispute_id DESC)',
    case_summaries_body_sessions: '(mediation_body_id, next_session_on)',
    case_summaries_breached: `(mediation_body_id, next_deadline_on, dispute_id) WHERE state->'mediation'->>'status' = 'breached'`,
    case_summaries_awaiting_defence: `(commission_id, next_deadline_on, dispute_id) WHERE stage = 'arbitration' AND status = 'accepted' AND state->'arbitration'->'defence' IS NULL`,
    case_summaries_suits: `(next_deadline_on, dispute_id) WHERE jsonb_array_length(state->'litigation'->'suits') > 0`,
    case_summaries_annulments: `(next_deadline_on, dispute_id) WHERE state->'litigation'->'annulment' IS NOT NULL`,
    case_summaries_enforcements: `(next_deadline_on, dispute_id) WHERE state->'litigation'->'enforcements' <> '{}'::jsonb`,
    case_summaries_payment_orders: `(next_deadline_on, dispute_id) WHERE state->'litigation'->'paymentOrder' IS NOT NULL`,
  };

  /**
   * The planner prices a partial index by the selectivity of its predicate, and without statistics on the jsonb
   * expression it guessed thousands of rows and chose a sequential scan, not knowing that every row it reads there
   * must be decompressed. Statistics on each expression let it see how few rows match.
   */
  private readonly statistics: Record<string, string> = {
    case_summaries_mediation_status_stats: `(state->'mediation'->>'status')`,
    case_summaries_defence_stats: `(state->'arbitration'->'defence')`,
    case_summaries_suits_stats: `(jsonb_array_length(state->'litigation'->'suits'))`,
    case_summaries_annulment_stats: `(state->'litigation'->'annulment')`,
    case_summaries_enforcements_stats: `(state->'litigation'->'enforcements')`,
    case_summaries_payment_order_stats: `(state->'litigation'->'paymentOrder')`,
  };

  async up(runner: QueryRunner): Promise<void> {
    for (const [name, definition] of Object.entries(this.indexes)) await runner.query(`CREATE INDEX ${name} ON case_summaries ${definition}`);
    for (const [name, expression] of Object.entries(this.statistics)) await runner.query(`CREATE STATISTICS ${name} ON ${expression} FROM case_summaries`);
    await runner.query('ANALYZE case_summaries');
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const name of Object.keys(this.statistics)) await runner.query(`DROP STATISTICS IF EXISTS ${name}`);
    for (const name of Object.keys(this.indexes)) await runner.query(`DROP INDEX IF EXISTS ${name}`);
  }
}
