import type { RecordedEvent } from '#event-store';
import { connectionConfig, ProjectionLock } from './projection-lock.js';
import { rebuildProjection, RebuildAlreadyRunning } from './rebuild.js';
import { openProjectionHarness, sleep, until, type ProjectionHarness } from './testing/projection-fixture.js';

describe('blue/green rebuild (real PostgreSQL and event store)', () => {
  let env: ProjectionHarness;
  const stream: ProjectionHarness['stream'] = (overrides) => env.stream(overrides);
  beforeAll(async () => {
    env = await openProjectionHarness();
  });
  afterEach(() => env.stopRunners());
  afterAll(() => env?.dispose());

  const indexes = async (table: string) =>
    (await env.dataSource.query('SELECT indexname, indexdef FROM pg_indexes WHERE tablename = $1 ORDER BY indexname', [table])).map(
      (r: { indexname: string; indexdef: string }) => `${r.indexname}: ${r.indexdef}`,
    );
  const tableExists = async (table: string) => (await env.dataSource.query('SELECT to_regclass($1) IS NOT NULL AS found', [table]))[0].found;

  it('replays beside the live table while live writes go on, then swaps: equal to a clean fold, no replayed side effects', async () => {
    const effects: string[] = [];
    const p = await stream({ sideEffects: async (events: readonly RecordedEvent[]) => void effects.push(...events.map((e) => e.id)) });
    // The replay runs without secondary indexes and builds them before the swap: a partial and a unique one must come back as they were.
    await env.dataSource.query(`CREATE INDEX "${p.definition.table}_busy" ON "${p.definition.table}" (events_count DESC) WHERE events_count > 3`);
    await env.dataSource.query(`CREATE UNIQUE INDEX "${p.definition.table}_unique" ON "${p.definition.table}" (stream_name, category)`);
    const liveIndexes = await indexes(p.definition.table);
    expect(liveIndexes).toHaveLength(4);
    await env.dataSource.query(`ALTER TABLE "${p.definition.table}" SET (autovacuum_vacuum_scale_factor = 0.02, fillfactor = 90)`);
    await p.write(40, 5);
    p.runner().start();
    await until(async () => effects.length === 200 && (await p.caughtUp()));
    // A bug once corrupted the live model: only a replay repairs it.
    await env.dataSource.query(`UPDATE "${p.definition.table}" SET events_count = -1`);

    let writing = true;
    const writer = (async () => {
      for (let i = 0; i < 20; i++) {
        await p.write(1, 3);
        await sleep(5);
      }
      writing = false;
    })();
    const seenRebuilding: boolean[] = [];
    const watcher = (async () => {
      while (writing) {
        seenRebuilding.push((await p.status()).rebuilding);
        await sleep(5);
      }
    })();
    await rebuildProjection(env.store, env.dataSource, p.definition, { batchSize: 20 });
    await Promise.all([writer, watcher]);
    await until(async () => (await p.rows()).length === 60 && (await p.caughtUp()));
    await until(() => effects.length >= 260);
    await sleep(200);

    expect(await p.rows()).toEqual(await p.expected());
    // Each event's side effects exactly once: none from the replay, none lost for events only the rebuild applied.
    expect([...effects].sort()).toEqual((await p.events()).map((e) => e.id).sort());
    expect(seenRebuilding).toContain(true);
    expect(await p.status()).toMatchObject({ rebuilding: false, active: true, eventsBehind: 0 });
    expect(await indexes(p.definition.table)).toEqual(liveIndexes);
    // The storage parameters came along. (The visibility map is checked below, where no live batch runs: a batch's
    // open snapshot can keep the VACUUM from marking the newest page all-visible, which autovacuum then does.)
    const [table] = await env.dataSource.query('SELECT reloptions FROM pg_class WHERE oid = to_regclass($1)', [`"${p.definition.table}"`]);
    expect(table).toEqual({ reloptions: ['autovacuum_vacuum_scale_factor=0.02', 'fillfactor=90'] });
    expect([await tableExists(`${p.definition.table}__rebuild`), await tableExists(`${p.definition.table}__old`)]).toEqual([false, false]);
    expect(await env.dataSource.query('SELECT 1 FROM projection_checkpoints WHERE name = $1', [`${p.definition.name}__rebuild`])).toEqual([]);
  });

  it('rebuilds a projection no runner has run yet', async () => {
    const p = await stream();
    await p.write(5, 2);
    const { position } = await rebuildProjection(env.store, env.dataSource, p.definition);
    expect(position).toBe((await p.events()).at(-1)!.position);
    expect(await p.rows()).toEqual(await p.expected());
    expect(await p.status()).toMatchObject({ checkpoint: position, eventsBehind: 0 });
    // Vacuumed before it went live: the visibility map is set, so index-only scans need not visit the heap.
    const [table] = await env.dataSource.query('SELECT relallvisible FROM pg_class WHERE oid = to_regclass($1)', [`"${p.definition.table}"`]);
    expect(table.relallvisible).toBeGreaterThan(0);
  });

  it('refuses a second rebuild of the same projection while one runs, and leaves the live table alone', async () => {
    const p = await stream();
    await p.write(3, 1);
    p.runner().start();
    await until(p.caughtUp);
    const rebuilding = await ProjectionLock.tryAcquire(connectionConfig(env.dataSource), `${p.definition.name}__rebuild`);
    try {
      expect(await p.status()).toMatchObject({ rebuilding: true });
      await expect(rebuildProjection(env.store, env.dataSource, p.definition)).rejects.toThrow(RebuildAlreadyRunning);
    } finally {
      await rebuilding!.release();
    }
    expect(await p.rows()).toEqual(await p.expected());
    expect(await p.status()).toMatchObject({ rebuilding: false });
  });
});
