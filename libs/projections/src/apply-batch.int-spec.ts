import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, QueryRunner } from 'typeorm';
import { createDataSource, prepareTestDatabase } from '#database';
import type { Position, RecordedEvent } from '#event-store';
import { applyBatch } from './apply-batch.js';
import { ensureCheckpoint, readCheckpoint } from './checkpoints.js';
import type { ProjectionDefinition } from './projection.js';

type Row = { key: string; n: number };
type Data = { key: string; n?: unknown; remove?: boolean };

/**
 * The batch's writes and COMMIT travel as one simple-protocol query (rows dollar-quoted, delete keys escaped): keys
 * that need escaping come back intact, deletes hit their rows, and a write PostgreSQL refuses leaves rows, checkpoint and connection as
 * they were.
 */
describe('applyBatch (real PostgreSQL)', () => {
  let db: DataSource;
  let tx: QueryRunner;
  let definition: ProjectionDefinition<Row>;
  let position = 0;

  const event = (data: Data): RecordedEvent => ({
    id: randomUUID(),
    type: 'Counted',
    data,
    metadata: {},
    stream: `count-${data.key}`,
    revision: 0,
    position: `0/${String(++position).padStart(6, '0')}` as Position,
    recordedAt: new Date('2026-12-04T00:00:00Z'),
  });
  const rows = async () => (await db.query(`SELECT key, n, last_position FROM "${definition.table}" ORDER BY key COLLATE "C"`)) as (Row & { last_position: string })[];
  const checkpoint = async () => (await readCheckpoint(db, definition.name))!.position;
  const apply = (events: RecordedEvent[], expected: Position) => applyBatch(tx, definition as unknown as ProjectionDefinition, events, { expected });

  beforeAll(async () => {
    db = await createDataSource({ url: await prepareTestDatabase(), poolSize: 2 }).initialize();
    const id = randomBytes(4).toString('hex');
    definition = {
      name: `apply_spec_${id}`,
      table: `apply_spec_${id}`,
      keyColumn: 'key',
      filter: {},
      key: (e) => (e.data as Data).key,
      evolve: (row, e) => {
        const data = e.data as Data;
        return data.remove ? null : { key: data.key, n: (data.n as number | undefined) ?? (row?.n ?? 0) + 1 };
      },
    };
    await db.query(`CREATE TABLE "${definition.table}" (key text PRIMARY KEY, n integer NOT NULL, last_position text NOT NULL)`);
    await ensureCheckpoint(db, definition.name);
    tx = db.createQueryRunner();
  });
  afterAll(async () => {
    await tx.release();
    await db.query(`DROP TABLE "${definition.table}"`);
    await db.query('DELETE FROM projection_checkpoints WHERE name = $1', [definition.name]);
    await db.destroy();
  });

  it('writes, deletes and moves the checkpoint in one commit; keys with quotes and backslashes survive', async () => {
    const keys = [`it's`, `a"b\\c`, 'plain', `{x,y}`];
    const first = keys.map((key) => event({ key }));
    const again = event({ key: `it's` });
    expect(await apply([...first, again], '' as Position)).toBe(again.position);
    expect((await rows()).map(({ key, n }) => [key, n])).toEqual([
      [`a"b\\c`, 1],
      [`it's`, 2],
      ['plain', 1],
      [`{x,y}`, 1],
    ]);

    const before = await checkpoint();
    const second = [event({ key: 'plain', remove: true }), event({ key: `a"b\\c`, remove: true }), event({ key: `{x,y}`, n: 7 })];
    await apply(second, before);
    expect(await rows()).toEqual([
      { key: `it's`, n: 2, last_position: again.position },
      { key: `{x,y}`, n: 7, last_position: second[2]!.position },
    ]);
    expect(await checkpoint()).toBe(second[2]!.position);
  });

  it('a write PostgreSQL refuses commits nothing, and the same connection applies the next batch', async () => {
    const before = await checkpoint();
    const stored = await rows();
    await expect(apply([event({ key: 'fresh' }), event({ key: `it's`, n: 'not a number' })], before)).rejects.toThrow(/integer/);
    expect(await rows()).toEqual(stored);
    expect(await checkpoint()).toBe(before);

    const retry = event({ key: 'fresh' });
    await apply([retry], before);
    expect(await checkpoint()).toBe(retry.position);
    expect((await rows()).find((row) => row.key === 'fresh')).toEqual({ key: 'fresh', n: 1, last_position: retry.position });
  });
});
