import pg from 'pg';
import { createDataSource, ensureDatabase, testDatabaseUrl } from '#database';
import type { DataSource } from 'typeorm';
import { lockHeldSql, projectionLockKey } from './projection-lock.js';

/** Advisory locks are per database; pg_locks lists all of them. Another database's runner is not this one's. */
describe('projection locks are scoped to their database', () => {
  const otherUrl = `${testDatabaseUrl()}_other_environment`;
  let db: DataSource;
  let other: pg.Client;

  beforeAll(async () => {
    await ensureDatabase(otherUrl);
    db = createDataSource({ url: testDatabaseUrl(), poolSize: 2 });
    await db.initialize();
    other = new pg.Client({ connectionString: otherUrl });
    await other.connect();
  });
  afterAll(async () => {
    await other.end();
    await db.destroy();
  });

  it('a lock of the same projection held in another database does not count here', async () => {
    const key = projectionLockKey('locks_scoped_spec').toString();
    const held = async () => ((await db.query(`SELECT ${lockHeldSql('$1')} AS held`, [key])) as { held: boolean }[])[0]!.held;
    await other.query('SELECT pg_advisory_lock($1::bigint)', [key]);
    expect(await held()).toBe(false);
    const here = new pg.Client({ connectionString: testDatabaseUrl() });
    await here.connect();
    await here.query('SELECT pg_advisory_lock($1::bigint)', [key]);
    expect(await held()).toBe(true);
    await here.end();
    await other.query('SELECT pg_advisory_unlock($1::bigint)', [key]);
  });
});
