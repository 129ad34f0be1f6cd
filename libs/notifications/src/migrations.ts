import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notification outbox. `notification_deliveries` is the source of truth: a row per (fact, subscription, kind),
 * inserted once under a deterministic id; the queues only carry the work of sending it and are rebuilt from here.
 */
export class NotificationOutbox1795630000000 implements MigrationInterface {
  name = 'NotificationOutbox1795630000000';

  async up(runner: QueryRunner): Promise<void> {
    // A projection table (see notification-case.projection.ts): the runner owns last_position.
    await runner.query(`
      CREATE TABLE notification_cases (
        dispute_id text PRIMARY KEY,
        mediation_body_id text,
        commission_id text,
        court_ids jsonb NOT NULL DEFAULT '[]',
        deadlines jsonb NOT NULL DEFAULT '{}',
        last_position text NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE notification_subscriptions (
        subscription_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('webhook', 'email')),
        target text NOT NULL,
        secret text,
        kinds text[] NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organisation_id, channel, target)
      )`);
    await runner.query(`CREATE INDEX notification_subscriptions_organisation ON notification_subscriptions (organisation_id)`);
    await runner.query(`
      CREATE TABLE notification_deliveries (
        delivery_id text PRIMARY KEY,
        subscription_id uuid NOT NULL,
        fact_id text NOT NULL,
        kind text NOT NULL,
        dispute_id text NOT NULL,
        organisation_id text NOT NULL,
        channel text NOT NULL,
        target text NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
        attempts integer NOT NULL DEFAULT 0,
        max_attempts integer NOT NULL,
        replays integer NOT NULL DEFAULT 0,
        claimed_until timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        dead_at timestamptz
      )`);
    await runner.query(`CREATE INDEX notification_deliveries_pending ON notification_deliveries (created_at) WHERE status = 'pending'`);
    await runner.query(`CREATE INDEX notification_deliveries_dead ON notification_deliveries (dead_at DESC, delivery_id) WHERE status = 'dead'`);
    await runner.query(`CREATE INDEX notification_deliveries_dispute ON notification_deliveries (dispute_id)`);
    await runner.query(`
      CREATE TABLE notification_replays (
        delivery_id text NOT NULL REFERENCES notification_deliveries (delivery_id),
        replay integer NOT NULL,
        replayed_by text NOT NULL,
        replayed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (delivery_id, replay)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE notification_replays`);
    await runner.query(`DROP TABLE notification_deliveries`);
    await runner.query(`DROP TABLE notification_subscriptions`);
    await runner.query(`DROP TABLE notification_cases`);
  }
}
