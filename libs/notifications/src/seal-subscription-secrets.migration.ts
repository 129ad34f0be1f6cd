import type { MigrationInterface, QueryRunner } from 'typeorm';
import { loadVaultKeyConfig } from '#personal-data';
import { SubscriptionSecrets } from './subscription-secrets.js';

const secrets = () => new SubscriptionSecrets(loadVaultKeyConfig(process.env).masterKey);

/**
 * Webhook secrets were stored in clear: anyone who could read the table (a backup, a read replica, a support query)
 * could sign deliveries as us. They are sealed with a key derived from PERSONAL_DATA_MASTER_KEY (subscription-secrets.ts),
 * so this migration needs the same key as the app that will read them.
 */
export class SealSubscriptionSecrets1795670000000 implements MigrationInterface {
  name = 'SealSubscriptionSecrets1795670000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE notification_subscriptions ADD COLUMN secret_sealed bytea`);
    const rows: { subscription_id: string; secret: string }[] = await runner.query(
      `SELECT subscription_id::text, secret FROM notification_subscriptions WHERE secret IS NOT NULL`,
    );
    if (rows.length > 0) {
      const sealer = secrets();
      for (const row of rows)
        await runner.query(`UPDATE notification_subscriptions SET secret_sealed = $2 WHERE subscription_id = $1`, [row.subscription_id, sealer.seal(row.subscription_id, row.secret)]);
    }
    await runner.query(`ALTER TABLE notification_subscriptions DROP COLUMN secret`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE notification_subscriptions ADD COLUMN secret text`);
    const rows: { subscription_id: string; secret_sealed: Buffer }[] = await runner.query(
      `SELECT subscription_id::text, secret_sealed FROM notification_subscriptions WHERE secret_sealed IS NOT NULL`,
    );
    if (rows.length > 0) {
      const opener = secrets();
      for (const row of rows)
        await runner.query(`UPDATE notification_subscriptions SET secret = $2 WHERE subscription_id = $1`, [row.subscription_id, opener.open(row.subscription_id, row.secret_sealed)]);
    }
    await runner.query(`ALTER TABLE notification_subscriptions DROP COLUMN secret_sealed`);
  }
}
