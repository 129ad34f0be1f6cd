import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events and streams. `transaction_id` is the writer's xid: readers only see rows below the oldest running xid,
 * ordered by (transaction_id, global_position), which is what makes the global order gap-proof (see position.ts).
 */
export class EventStoreSchema1764050000000 implements MigrationInterface {
  readonly name = 'EventStoreSchema1764050000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE es_streams (
        stream_name text PRIMARY KEY,
        category    text NOT NULL,
        revision    bigint NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE es_events (
        global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        transaction_id  xid8 NOT NULL DEFAULT pg_current_xact_id(),
        event_id        uuid NOT NULL UNIQUE,
        stream_name     text NOT NULL,
        category        text NOT NULL,
        revision        bigint NOT NULL,
        event_type      text NOT NULL,
        data            jsonb NOT NULL,
        metadata        jsonb NOT NULL,
        recorded_at     timestamptz NOT NULL DEFAULT now(),
        UNIQUE (stream_name, revision)
      )`);
    await runner.query('CREATE INDEX es_events_log ON es_events (transaction_id, global_position)');
    await runner.query('CREATE INDEX es_events_category_log ON es_events (category, transaction_id, global_position)');
    await runner.query('CREATE INDEX es_events_type_log ON es_events (event_type, transaction_id, global_position)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE es_events');
    await runner.query('DROP TABLE es_streams');
  }
}

export const eventStoreMigrations = [EventStoreSchema1764050000000];
