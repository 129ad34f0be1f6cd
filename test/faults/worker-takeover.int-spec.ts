import type { DataSource } from 'typeorm';
import { createDataSource } from '#database';
import { PostgresEventStore } from '#event-store';
import { projectionStatuses } from '#projections';
import { allProjections } from '#read-models';
import { appendDemoEvents } from './support/demo-load.js';
import { freshDatabase } from './support/fault-database.js';
import { liveAndRebuilt } from './support/projection-contents.js';
import { localPortsOf, sleep, spawnApp, waitFor, type Spawned } from '../support/processes.js';
import { report, sizes } from './support/sizes.js';

/**
 * Two workers share one database: each projection has one active runner (the holder of its advisory lock), the
 * other waits. The active one is SIGKILLed while events keep arriving; the other takes every projection over and
 * carries on from the checkpoint, so the read models end equal to a clean rebuild.
 */
describe(`two workers, the active one SIGKILLed ${sizes.takeovers} time(s)`, () => {
  let url: string;
  let store: PostgresEventStore;
  let dataSource: DataSource;
  const workers: Spawned[] = [];
  const definitions = allProjections();
  const env = () => ({ DATABASE_URL: url, TEST_CLOCK: '2020-01-01T00:00:00.000Z', DATABASE_POOL_SIZE: '4' });

  beforeAll(async () => {
    url = await freshDatabase('takeover');
    store = PostgresEventStore.connect(url);
    dataSource = createDataSource({ url, poolSize: 4 });
    await dataSource.initialize();
  }, 300_000);
  afterAll(async () => {
    for (const worker of workers) await worker.kill();
    await dataSource?.destroy();
    await store?.close();
  });

  /** Which worker holds each projection's lock: the holding session's client port, found among the workers' sockets. */
  const holders = async (): Promise<(Spawned | null)[]> => {
    const rows: { name: string; port: number }[] = await dataSource.query(
      `SELECT a.application_name AS name, a.client_port AS port FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
       WHERE l.locktype = 'advisory' AND l.granted AND a.application_name LIKE 'projection:%'
         AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    const alive = workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null);
    return definitions.map((definition) => {
      const held = rows.filter((r) => r.name === `projection:${definition.name}`);
      // PostgreSQL grants an advisory lock to one session: two rows would mean two active runners.
      if (held.length > 1) throw new Error(`projection ${definition.name} has ${held.length} lock holders`);
      return held[0] ? (alive.find((w) => localPortsOf(w.pid).has(held[0]!.port)) ?? null) : null;
    });
  };
  const caughtUp = async () => (await statuses()).every((s) => s.eventsBehind === 0);
  const statuses = () => projectionStatuses(store, dataSource, definitions);

  it('one active runner per projection; the other worker takes over after a kill and nothing is lost or applied twice', async () => {
    await appendDemoEvents(store, 1_000, 7_001);
    workers.push(await spawnApp('worker', env()));
    await workers[0]!.ready();
    expect(await waitFor(async () => (await holders()).every((h) => h === workers[0]), 60_000)).toBe(true);
    workers.push(await spawnApp('worker', env()));
    await workers[1]!.ready();

    const takeovers: { ms: number; eventsAfterKill: number }[] = [];
    for (let t = 0; t < sizes.takeovers; t++) {
      // A standby waits: every projection has exactly one holder, and it is one process.
      await sleep(1_500);
      const before = await holders();
      expect(before.every((h) => h !== null && h === before[0])).toBe(true);
      const active = before[0]!;
      const standby = workers.find((w) => w !== active && w.child.exitCode === null && w.child.signalCode === null)!;

      // Events keep coming while the active worker dies.
      let appending = true;
      let appended = 0;
      const appender = (async () => {
        for (let seed = 0; appending; seed++) appended += (await appendDemoEvents(store, 50, 10_000 * (t + 1) + seed)).events;
      })();
      await sleep(500 + Math.random() * 1_000);
      await active.kill('SIGKILL');
      const killedAt = Date.now();
      const checkpointsAtKill = (await statuses()).map((s) => s.checkpoint);
      const appendedAtKill = appended;
      expect(await waitFor(async () => (await holders()).every((h) => h === standby), 60_000, 50)).toBe(true);
      const ms = Date.now() - killedAt;
      await sleep(1_000);
      appending = false;
      await appender;
      expect(await waitFor(caughtUp, 120_000, 200)).toBe(true);
      // The new runner applied events that arrived after the kill: its checkpoints moved past where the dead one left them.
      const after = await statuses();
      expect(appended).toBeGreaterThan(appendedAtKill);
      after.forEach((s, i) => expect(s.checkpoint > checkpointsAtKill[i]!).toBe(true));
      takeovers.push({ ms, eventsAfterKill: appended - appendedAtKill });
      // A new standby for the next round, as an orchestrator would restart the dead one.
      workers.push(await spawnApp('worker', env()));
      await workers.at(-1)!.ready();
    }

    for (const worker of workers) await worker.kill('SIGTERM');
    const compared = await liveAndRebuilt(store, dataSource, definitions);
    for (const { name, live, rebuilt } of compared) {
      expect({ name, rows: live.length }).toEqual({ name, rows: rebuilt.length });
      expect({ name, differing: live.filter((row, i) => row !== rebuilt[i]).slice(0, 3) }).toEqual({ name, differing: [] });
    }
    // A bound that follows from the design, not a speed target: the lock dies with the killed session and a
    // waiting runner retries every second (heartbeat 5 s for a silent death); 30 s is that with ample slack.
    for (const { ms } of takeovers) expect(ms).toBeLessThan(30_000);
    report('worker-takeover', { takeovers: takeovers.length, takeoverMs: takeovers.map((t) => t.ms), eventsAfterKill: takeovers.map((t) => t.eventsAfterKill) });
  }, 1_800_000);
});
