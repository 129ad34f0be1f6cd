import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models of the disputes. Indexes follow the dashboard and list queries (see README). */
export class DisputeReadModels1795610000000 implements MigrationInterface {
  name = 'DisputeReadModels1795610000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE case_summaries (
        dispute_id uuid PRIMARY KEY,
        revision integer NOT NULL,
        stage text NOT NULL,
        status text NOT NULL,
        registered_on date,
        region_code text,
        industry text,
        channel text,
        employer_name text,
        worker_count integer NOT NULL,
        collective boolean NOT NULL,
        parties jsonb NOT NULL,
        claim_types text[] NOT NULL,
        claimed_fen bigint NOT NULL,
        agreed_fen bigint,
        awarded_fen bigint,
        recovered_fen bigint,
        mediation_body_id text,
        mediator_id text,
        commission_id text,
        case_number text,
        arbitrator_ids text[] NOT NULL,
        court_ids text[] NOT NULL,
        next_deadline_id text,
        next_deadline_rule text,
        next_deadline_on date,
        next_session_on date,
        hearing_dates date[] NOT NULL,
        suspended_on date,
        extension_days integer,
        final_award boolean NOT NULL,
        award_overdue boolean NOT NULL,
        mediation_opened_on date,
        mediation_ended_on date,
        arbitration_applied_on date,
        handed_over boolean NOT NULL,
        arbitration_accepted_on date,
        awarded_on date,
        court_filed_on date,
        closed_on date,
        outcome text,
        last_event_at timestamptz NOT NULL,
        search_text text NOT NULL,
        state jsonb NOT NULL,
        last_position text NOT NULL
      )`);
    await runner.query(`CREATE INDEX case_summaries_body ON case_summaries (mediation_body_id, stage, status)`);
    await runner.query(`CREATE INDEX case_summaries_commission ON case_summaries (commission_id, stage, status)`);
    await runner.query(`CREATE INDEX case_summaries_courts ON case_summaries USING gin (court_ids)`);
    await runner.query(`CREATE INDEX case_summaries_next_deadline ON case_summaries (next_deadline_on) WHERE next_deadline_on IS NOT NULL`);
    await runner.query(`CREATE INDEX case_summaries_registered ON case_summaries (registered_on, dispute_id)`);
    await runner.query(`CREATE INDEX case_summaries_claim_types ON case_summaries USING gin (claim_types)`);
    // Free text is a sequential ILIKE for now: pg_trgm would speed it up but is not in the embedded PGlite build.
    await runner.query(`
      CREATE TABLE case_deadlines (
        deadline_key text PRIMARY KEY,
        dispute_id uuid NOT NULL,
        deadline_id text NOT NULL,
        rule text NOT NULL,
        trigger_on date NOT NULL,
        due_on date,
        status text NOT NULL,
        due_version integer NOT NULL,
        explanation jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        last_position text NOT NULL
      )`);
    await runner.query(`CREATE INDEX case_deadlines_due ON case_deadlines (due_on) WHERE status = 'running'`);
    await runner.query(`CREATE INDEX case_deadlines_dispute ON case_deadlines (dispute_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE case_deadlines`);
    await runner.query(`DROP TABLE case_summaries`);
  }
}
