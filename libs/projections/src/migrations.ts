import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProjectionSchema1764050001000 implements MigrationInterface {
  readonly name = 'ProjectionSchema1764050001000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE projection_checkpoints (
        name       text PRIMARY KEY,
        position   text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The example projection that proves the runner (libs/projections/src/stream-summary).
    await runner.query(`
      CREATE TABLE stream_summaries (
        stream_name      text PRIMARY KEY,
        category         text NOT NULL,
        events_count     integer NOT NULL,
        last_event_type  text NOT NULL,
        last_revision    integer NOT NULL,
        last_recorded_at timestamptz NOT NULL,
        last_position    text NOT NULL
      )`);
    await runner.query('CREATE INDEX stream_summaries_category ON stream_summaries (category)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE stream_summaries');
    await runner.query('DROP TABLE projection_checkpoints');
  }
}

/**
 * Side effects run after their batch commits, so they keep their own position, which trails `position` until they
 * finish (a crash in between, or events only a rebuild applied, leave it behind for the next runner to catch up).
 */
export class ProjectionSideEffectsPosition1764057600000 implements MigrationInterface {
  readonly name = 'ProjectionSideEffectsPosition1764057600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE projection_checkpoints ADD COLUMN effects_position text');
    await runner.query('UPDATE projection_checkpoints SET effects_position = position');
    await runner.query('ALTER TABLE projection_checkpoints ALTER COLUMN effects_position SET NOT NULL');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE projection_checkpoints DROP COLUMN effects_position');
  }
}

export const projectionMigrations = [ProjectionSchema1764050001000, ProjectionSideEffectsPosition1764057600000];
