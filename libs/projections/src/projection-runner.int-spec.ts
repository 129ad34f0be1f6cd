import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource, prepareTestDatabase } from '#database';
import { PostgresEventStore, START, streamName, type EventStore, type Position, type RecordedEvent } from '#event-store';
import { ProjectionRunner } from './projection-runner.js';
import { projectionStatus } from './projection-status.js';
import { rebuildProjection } from './rebuild.js';
import { evolveStreamSummary, streamSummaryProjection, type StreamSummaryRow } from './stream-summary/stream-summary.projection.js';
import type { ProjectionDefinition } from './projection.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const quiet = () => undefined;

describe('projection runner (real PostgreSQL)', () => {
  let url: string;
  let store: EventStore;
  let dataSource: DataSource;
  const runners: ProjectionRunner[] = [];
  const tables: string[] = [];

  beforeAll(async () => {
    url = await prepareTestDatabase();
    store = PostgresEventStore.connect(url, { pollIntervalMs: 50 });
    dataSource = await createDataSource({ url, poolSize: 8 }).initialize();
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((r) => r.stop()));
  });
  afterAll(async () => {
    for (const table of tables) await dataSource.query(`DROP TABLE IF EXISTS "${table}"`);
    await dataSource.destroy();
    await store.close();
  });

  /** Each test: its own category, table, checkpoint and lock, so tests never see each other. */
  async function fixture(extra: Partial<ProjectionDefinition<StreamSummaryRow>> = {}) {
    const id = randomBytes(4).toString('hex');
    const category = `p${id}`;
    const table = `stream_summaries_${id}`;
    tables.push(table);
    await dataSource.query(`CREATE TABLE "${table}" (LIKE stream_summaries INCLUDING ALL)`);
    const definition = { ...streamSummaryProjection({ categories: [category] }), name: `stream_summary_${id}`, table, ...extra };
    const write = async (streams: number, eventsPerStream: number) => {
      for (let s = 0; s < streams; s++) {
        const stream = streamName(category, randomUUID());
        const events = Array.from({ length: eventsPerStream }, (_, i) => ({ id: randomUUID(), type: i % 2 ? 'Odd' : 'Even', data: {}, metadata: {} }));
        await store.append(stream, events, { expected: 'no_stream' });
      }
    };
    const rows = async () =>
      (await dataSource.query(`SELECT to_jsonb(t) AS row FROM "${table}" t ORDER BY stream_name`)).map((r: { row: StreamSummaryRow }) => r.row);
    /** What the table must hold: a clean fold of every event of the category. */
    const expected = async () => {
      const events: RecordedEvent[] = [];
      for (let after: Position = START; ; ) {
        const page = await store.readAll({ after, filter: definition.filter, maxCount: 1000 });
        if (!page.length) break;
        events.push(...page);
        after = page[page.length - 1]!.position;
      }
      const folded = new Map<string, StreamSummaryRow>();
      for (const e of events) folded.set(e.stream, { ...evolveStreamSummary(folded.get(e.stream) ?? null, e), last_position: e.position });
      return [...folded.values()]
        .sort((a, b) => a.stream_name.localeCompare(b.stream_name))
        .map((row) => ({ ...row, last_recorded_at: expect.any(String) }));
    };
    const runner = (options: ConstructorParameters<typeof ProjectionRunner>[3] = {}) => {
      const r = new ProjectionRunner(store, dataSource, definition, { log: quiet, lockRetryMs: 100, batchSize: 50, ...options });
      runners.push(r);
      return r;
    };
    const until = async (condition: () => Promise<boolean>, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!(await condition())) {
        if (Date.now() > deadline) throw new Error('condition not met in time');
        await sleep(50);
      }
    };
    const caughtUp = async () => (await projectionStatus(store, dataSource, definition)).eventsBehind === 0;
    return { definition, write, rows, expected, runner, until, caughtUp };
  }

  it('catches up, follows live appends, and reports its lag', async () => {
    const f = await fixture();
    await f.write(20, 5);
    const before = await projectionStatus(store, dataSource, f.definition);
    expect(before.eventsBehind).toBe(100);
    expect(before.secondsBehind).toBeGreaterThanOrEqual(0);
    expect(before.active).toBe(false);
    f.runner().start();
    await f.until(f.caughtUp);
    await f.write(5, 3);
    await f.until(async () => (await f.rows()).length === 25);
    await f.until(f.caughtUp);
    expect(await f.rows()).toEqual(await f.expected());
    const after = await projectionStatus(store, dataSource, f.definition);
    expect(after).toMatchObject({ eventsBehind: 0, secondsBehind: 0, active: true, rebuilding: false });
  });

  it('a crash inside a batch applies nothing of it; the retry applies every event exactly once', async () => {
    const f = await fixture();
    await f.write(30, 4);
    let crashes = 0;
    const runner = f.runner({
      beforeCommit: async () => {
        if (crashes < 3) {
          crashes++;
          throw new Error('simulated crash after the rows were written, before commit');
        }
      },
    });
    runner.start();
    await f.until(async () => crashes === 3);
    await f.until(f.caughtUp);
    expect(await f.rows()).toEqual(await f.expected());
  });

  it('only one of two runners applies; when the active one dies the other takes over', async () => {
    const f = await fixture();
    const first = f.runner();
    const second = f.runner();
    first.start();
    await f.until(async () => first.isActive);
    second.start();
    await f.write(10, 2);
    await f.until(f.caughtUp);
    await sleep(300);
    expect([first.isActive, second.isActive]).toEqual([true, false]);
    // Kill the active runner's database sessions, as a dying process would lose them.
    await dataSource.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [`projection:${f.definition.name}`]);
    await f.until(async () => second.isActive || first.isActive);
    await f.write(10, 2);
    await f.until(async () => (await f.rows()).length === 20);
    await f.until(f.caughtUp);
    expect(await f.rows()).toEqual(await f.expected());
  });

  it('rebuilds blue/green while live writes go on, without side effects, ending equal to a clean fold', async () => {
    const sideEffectBatches: number[] = [];
    const f = await fixture({ sideEffects: async (events) => void sideEffectBatches.push(events.length) });
    await f.write(40, 5);
    f.runner().start();
    await f.until(f.caughtUp);
    const liveEffects = sideEffectBatches.reduce((a, b) => a + b, 0);
    expect(liveEffects).toBe(200);
    await dataSource.query(`UPDATE "${f.definition.table}" SET events_count = -1`); // corrupt the live model
    const writing = f.write(20, 3);
    await rebuildProjection(store, dataSource, f.definition);
    await writing;
    await f.until(async () => (await f.rows()).length === 60);
    await f.until(f.caughtUp);
    expect(await f.rows()).toEqual(await f.expected());
    // Only the live runner's new events caused side effects: the replay of 200+ events caused none.
    expect(sideEffectBatches.reduce((a, b) => a + b, 0) - liveEffects).toBeLessThanOrEqual(60);
    expect((await projectionStatus(store, dataSource, f.definition)).rebuilding).toBe(false);
  });
});
