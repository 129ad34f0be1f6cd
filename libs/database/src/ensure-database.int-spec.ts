import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DatabaseUnreachable, ensureDatabase } from './ensure-database.js';
import { testDatabaseUrl } from './testing/test-database-url.js';

const urlFor = (database: string) => testDatabaseUrl().replace(/\/[^/]*$/, `/${database}`);

async function dropDatabase(database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: urlFor('postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.end();
}

describe('ensureDatabase', () => {
  it('creates a missing database once, and finds it the second time', async () => {
    const database = `ld_ensure_${randomBytes(4).toString('hex')}`;
    try {
      expect(await ensureDatabase(urlFor(database))).toEqual({ created: true });
      expect(await ensureDatabase(urlFor(database))).toEqual({ created: false });
      const client = new pg.Client({ connectionString: urlFor(database) });
      await client.connect();
      expect((await client.query('SELECT current_database() AS name')).rows[0].name).toBe(database);
      await client.end();
    } finally {
      await dropDatabase(database);
    }
  });

  it('lets concurrent starters race without failing', async () => {
    const database = `ld_race_${randomBytes(4).toString('hex')}`;
    try {
      const results = await Promise.all(Array.from({ length: 4 }, () => ensureDatabase(urlFor(database))));
      expect(results.filter((r) => r.created)).toHaveLength(1);
    } finally {
      await dropDatabase(database);
    }
  });

  it('names the unreachable server in one readable line', async () => {
    const attempt = ensureDatabase('postgres://postgres@127.0.0.1:1/anything');
    await expect(attempt).rejects.toThrow(DatabaseUnreachable);
    await expect(attempt).rejects.toThrow(/^PostgreSQL is not reachable at 127\.0\.0\.1:1 \(.+\)\. Start it, or set DATABASE_URL/);
  });

  it('refuses a database name it would have to quote', async () => {
    await expect(ensureDatabase(urlFor('bad"name'))).rejects.toThrow(/database name/);
  });
});
