import { createDataSource, prepareTestDatabase } from '#database';
import type { DataSource } from 'typeorm';
import { preparedQueries } from './prepared-queries.js';

/** Against the real PostgreSQL, on a pool of one connection so the session that prepared is the one asked. */
describe('preparedQueries (real PostgreSQL)', () => {
  let db: DataSource;
  const sql = `SELECT $1::int + n AS sum FROM generate_series(1, 3) AS n ORDER BY n`;

  beforeAll(async () => {
    db = await createDataSource({ url: await prepareTestDatabase(), poolSize: 1 }).initialize();
  });
  afterAll(() => db.destroy());

  it('runs a statement by a name derived from its text, planned generically once it has run often enough', async () => {
    const queries = preparedQueries(db, true);
    for (let i = 0; i < 8; i++) expect(await queries.prepared!(sql, [i])).toEqual([{ sum: i + 1 }, { sum: i + 2 }, { sum: i + 3 }]);
    const statements: { name: string; statement: string; runs: number; generic: number }[] = await db.query(
      `SELECT name, statement, (generic_plans + custom_plans)::int AS runs, generic_plans::int AS generic FROM pg_prepared_statements WHERE name LIKE 'rm-%'`,
    );
    expect(statements).toEqual([{ name: expect.stringMatching(/^rm-[0-9a-f]{24}$/), statement: sql, runs: 8, generic: expect.any(Number) }]);
    // PostgreSQL plans the first five runs for their values, then keeps the generic plan when it costs no more.
    expect(statements[0]!.generic).toBeGreaterThanOrEqual(1);
    expect(await queries.query(sql, [10])).toEqual(await queries.prepared!(sql, [10]));
  });

  it('offers no prepared statements when they are switched off (embedded PGlite, transaction pooling)', async () => {
    const queries = preparedQueries(db, false);
    expect(queries.prepared).toBeUndefined();
    expect(await queries.query(sql, [0])).toEqual([{ sum: 1 }, { sum: 2 }, { sum: 3 }]);
  });
});
