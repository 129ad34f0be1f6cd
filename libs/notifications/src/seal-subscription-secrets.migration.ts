import type { MigrationInterface, QueryRunner } from 'typeorm';
import { loadVaultKeyConfig } from '#personal-data';
import { SubscriptionSecrets } from './subscription-secrets.js';

/** Adds `to`, fills it from `from` row by row, drops `from`: sealing and opening are the same move in two directions. */
async function convertSecrets(
  runner: QueryRunner,
  columns: { from: string; to: string; type: string },
  convert: (secrets: SubscriptionSecrets, subscriptionId: string, value: never) => string | Buffer,
): Promise<void> {
  await runner.query(`ALTER TABLE notification_subscriptions ADD COLUMN ${columns.to} ${columns.type}`);
  const rows: { id: string; value: never }[] = await runner.query(
    `SELECT subscription_id::text AS id, ${columns.from} AS value FROM notification_subscriptions WHERE ${columns.from} IS NOT NULL`,
  );
  // The key is loaded only when there is something to convert: a fresh database migrates without it.
  if (rows.length > 0) {
    const secrets = new SubscriptionSecrets(loadVaultKeyConfig(process.env).masterKey);
    for (const row of rows)
      await runner.query(`UPDATE notification_subscriptions SET ${columns.to} = $2 WHERE subscription_id = $1`, [row.id, convert(secrets, row.id, row.value)]);
  }
  await runner.query(`ALTER TABLE notification_subscriptions DROP COLUMN ${columns.from}`);
}

/**
 * Webhook secrets were stored in clear: anyone who could read the table (a backup, a read replica, a support query)
 * could sign deliveries as us. They are sealed with a key derived from PERSONAL_DATA_MASTER_KEY (subscription-secrets.ts),
 * so this migration needs the same key as the app that will read them.
 */
export class SealSubscriptionSecrets1795670000000 implements MigrationInterface {
  name = 'SealSubscriptionSecrets1795670000000';

  async up(runner: QueryRunner): Promise<void> {
    await convertSecrets(runner, { from: 'secret', to: 'secret_sealed', type: 'bytea' }, (secrets, id, secret: string) => secrets.seal(id, secret));
  }

  async down(runner: QueryRunner): Promise<void> {
    await convertSecrets(runner, { from: 'secret_sealed', to: 'secret', type: 'text' }, (secrets, id, sealed: Buffer) => secrets.open(id, sealed));
  }
}
