import pg from 'pg';
import { createDataSource, prepareTestDatabase, testDatabaseUrl } from '#database';
import { PostgresEventStore } from '#event-store';
import { sleep } from '../support/processes.js';

/**
 * Regression for what the PostgreSQL restart suite found: an event-store connection dropped while checked out (the
 * server restarted mid-append) emitted 'error' with no listener, and Node ended the api process. Here the server
 * ends one checked-out session (pg_terminate_backend, this test's own session only); the process lives on and the
 * pool serves the next query on a fresh connection. TypeORM's pool (read models) listens itself; checked alike.
 */
describe('a pooled connection dropped while checked out', () => {
  let admin: pg.Client;
  const uncaught: unknown[] = [];
  const record = (error: unknown) => uncaught.push(error);

  beforeAll(async () => {
    await prepareTestDatabase();
    admin = new pg.Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    process.on('uncaughtException', record);
  });
  afterAll(async () => {
    process.off('uncaughtException', record);
    await admin.end();
  });

  const terminate = async (pid: number) => {
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    await sleep(300);
  };

  it('read models (TypeORM pool): the query in flight fails, nothing is thrown at the process, the next query works', async () => {
    const dataSource = createDataSource({ url: testDatabaseUrl(), poolSize: 2 });
    await dataSource.initialize();
    try {
      const runner = dataSource.createQueryRunner();
      await runner.connect();
      const [{ pid }] = (await runner.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
      const inFlight = runner.query('SELECT pg_sleep(5)').then(() => 'finished', (error: Error) => error.message);
      await sleep(100);
      await terminate(pid!);
      expect(await inFlight).toMatch(/terminat/i);
      await runner.release();
      expect(uncaught).toEqual([]);
      expect(await dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('the event store pool: a checked-out client whose session ends is not the end of the process', async () => {
    const pool = new pg.Pool({ connectionString: testDatabaseUrl(), max: 2 });
    const store = new PostgresEventStore(pool);
    try {
      const client = await pool.connect();
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await terminate(rows[0]!.pid);
      client.release();
      expect(uncaught).toEqual([]);
      expect(typeof (await store.headPosition())).toBe('string');
    } finally {
      await store.close();
      await pool.end().catch(() => undefined);
    }
  });
});
