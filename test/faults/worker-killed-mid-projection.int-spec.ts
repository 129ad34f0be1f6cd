import type { DataSource } from 'typeorm';
import { createDataSource } from '#database';
import { PostgresEventStore } from '#event-store';
import { projectionStatuses } from '#projections';
import { allProjections } from '#read-models';
import { appendDemoEvents } from './support/demo-load.js';
import { freshDatabase } from './support/fault-database.js';
import { liveAndRebuilt } from './support/projection-contents.js';
import { sleep, spawnApp, waitFor, type Spawned } from '../support/processes.js';
import { report, sizes } from './support/sizes.js';

/**
 * The worker is SIGKILLed at random points while it projects a realistic history (no shutdown hook, a batch's
 * transaction cut wherever it was), restarted each time, and finally left to finish. Every projection must then hold
 * exactly what a clean rebuild from the first event produces.
 */
describe(`a worker SIGKILLed ${sizes.kills} times while projecting ${sizes.events} events`, () => {
  let url: string;
  let store: PostgresEventStore;
  let dataSource: DataSource;
  let worker: Spawned | undefined;
  const definitions = allProjections();
  // Deadlines of the generated cases lie after this instant: no timer fires, so the log stays as written.
  const env = () => ({ DATABASE_URL: url, TEST_CLOCK: '2020-01-01T00:00:00.000Z', DATABASE_POOL_SIZE: '4' });

  beforeAll(async () => {
    url = await freshDatabase('kill');
    store = PostgresEventStore.connect(url);
    dataSource = createDataSource({ url, poolSize: 4 });
    await dataSource.initialize();
  }, 600_000);
  afterAll(async () => {
    await worker?.kill();
    await dataSource?.destroy();
    await store?.close();
  });

  const statuses = () => projectionStatuses(store, dataSource, definitions);
  const caughtUp = async () => (await statuses()).every((s) => s.eventsBehind === 0);
  const count = async (sql: string) => ((await dataSource.query(sql)) as { n: number }[])[0]!.n;
  const projected = () => count('SELECT count(*)::int AS n FROM stream_summaries');
  const streamCount = () => count('SELECT count(*)::int AS n FROM es_streams');

  it('every projection ends equal to a clean rebuild, and no event is counted twice or missed', async () => {
    const loadStarted = Date.now();
    const { events } = await appendDemoEvents(store, sizes.events, 9_001);
    const loadSeconds = (Date.now() - loadStarted) / 1000;

    const disputes = await streamCount();
    // Kill points: random fractions of the projection, in order. Progress is read off stream_summary's row count
    // (one row per stream), so each kill lands at a random point while events are still being applied.
    const targets = Array.from({ length: sizes.kills }, () => Math.floor(Math.random() * disputes)).sort((a, b) => a - b);
    const kills: { atMs: number; streamsProjected: number; midProjection: boolean; behind: number }[] = [];
    const projectionStarted = Date.now();
    for (const target of targets) {
      worker = await spawnApp('worker', env());
      const at = Math.max(target, (await projected()) + 1);
      expect(await waitFor(async () => (await projected()) >= at || (await caughtUp()), 120_000, 5)).toBe(true);
      await worker.kill('SIGKILL');
      const status = await statuses();
      kills.push({ atMs: Date.now() - projectionStarted, streamsProjected: await projected(), midProjection: status.some((s) => s.eventsBehind > 0), behind: Math.max(...status.map((s) => s.eventsBehind)) });
    }
    worker = await spawnApp('worker', env());
    expect(await waitFor(caughtUp, 600_000, 200)).toBe(true);
    const projectionSeconds = (Date.now() - projectionStarted) / 1000;
    await worker.kill('SIGTERM');

    // At least one kill landed while a projection was behind (the run proves something); most do.
    expect(kills.filter((k) => k.midProjection).length).toBeGreaterThan(0);

    // The plain count: stream_summary counts events per stream; every stored event is counted exactly once.
    const [{ counted, stored, wrong }] = await dataSource.query(
      `SELECT (SELECT sum(events_count)::int FROM stream_summaries) AS counted, (SELECT count(*)::int FROM es_events) AS stored,
              (SELECT count(*)::int FROM stream_summaries WHERE events_count <> last_revision + 1) AS wrong`,
    );
    expect({ counted, wrong }).toEqual({ counted: stored, wrong: 0 });
    expect(stored).toBe(events);

    const compared = await liveAndRebuilt(store, dataSource, definitions);
    for (const { name, live, rebuilt } of compared) {
      expect({ name, rows: live.length }).toEqual({ name, rows: rebuilt.length });
      const differing = live.filter((row, i) => row !== rebuilt[i]);
      expect({ name, differing: differing.slice(0, 3) }).toEqual({ name, differing: [] });
    }
    report('worker-killed', {
      events,
      loadSeconds,
      kills: kills.length,
      midProjectionKills: kills.filter((k) => k.midProjection).length,
      maxEventsBehindAtKill: Math.max(...kills.map((k) => k.behind)),
      projectionSeconds,
      rows: Object.fromEntries(compared.map((c) => [c.name, c.live.length])),
    });
  }, 1_800_000);
});
