import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { allMigrations, ensureDatabase, runMigrations, testDatabaseUrl } from '#database';
import { loadVaultKeyConfig } from '#personal-data';
import { SealSubscriptionSecrets1795670000000 } from './seal-subscription-secrets.migration.js';
import { SubscriptionSecrets } from './subscription-secrets.js';

/** On a database of its own, migrated to just before the change, with a subscription whose secret is in clear. */
describe('SealSubscriptionSecrets migration (real PostgreSQL)', () => {
  const database = `ld_seal_${randomBytes(4).toString('hex')}`;
  const url = testDatabaseUrl().replace(/\/[^/]*$/, `/${database}`);
  const before = allMigrations.slice(0, allMigrations.indexOf(SealSubscriptionSecrets1795670000000));
  const id = randomUUID();
  const secret = `whsec_${randomBytes(32).toString('hex')}`;
  let client: pg.Client;

  const columns = async () =>
    (await client.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'notification_subscriptions' AND column_name LIKE 'secret%'`)).rows.map(
      (r) => r.column_name,
    );

  beforeAll(async () => {
    expect(before.length).toBe(allMigrations.length - 1);
    await ensureDatabase(url);
    await runMigrations(url, before);
    client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(
      `INSERT INTO notification_subscriptions (subscription_id, organisation_id, channel, target, secret, kinds, created_by)
       VALUES ($1, 'org', 'webhook', 'https://receiver.example/hook', $2, '{handoff}', 'admin'), (gen_random_uuid(), 'org', 'email', 'a@b.example', NULL, '{handoff}', 'admin')`,
      [id, secret],
    );
  });

  afterAll(async () => {
    await client.end();
    const admin = new pg.Client({ connectionString: testDatabaseUrl().replace(/\/[^/]*$/, '/postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  });

  it('seals the secrets in place and drops the clear column; down restores them', async () => {
    expect(await runMigrations(url, allMigrations)).toEqual(['SealSubscriptionSecrets1795670000000']);
    expect(await columns()).toEqual(['secret_sealed']);
    const rows = (await client.query(`SELECT subscription_id::text AS id, secret_sealed FROM notification_subscriptions ORDER BY channel DESC`)).rows;
    expect(rows[0].id).toBe(id);
    expect(rows[0].secret_sealed.includes(Buffer.from(secret))).toBe(false);
    expect(new SubscriptionSecrets(loadVaultKeyConfig(process.env, () => undefined).masterKey).open(id, rows[0].secret_sealed)).toBe(secret);
    expect(rows[1].secret_sealed).toBeNull();

    const runner = new pg.Client({ connectionString: url });
    await runner.connect();
    try {
      const migration = new SealSubscriptionSecrets1795670000000();
      await migration.down({ query: (text: string, values?: unknown[]) => runner.query(text, values).then((r) => r.rows) } as never);
    } finally {
      await runner.end();
    }
    expect(await columns()).toEqual(['secret']);
    expect((await client.query(`SELECT secret FROM notification_subscriptions WHERE subscription_id = $1`, [id])).rows[0].secret).toBe(secret);
  });
});
