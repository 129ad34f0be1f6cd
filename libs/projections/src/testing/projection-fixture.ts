import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource, prepareTestDatabase } from '#database';
import { PostgresEventStore, START, streamName, type Position, type RecordedEvent } from '#event-store';
import { ProjectionRunner, type ProjectionRunnerOptions } from '../projection-runner.js';
import { projectionStatus } from '../projection-status.js';
import type { ProjectionDefinition } from '../projection.js';
import { evolveStreamSummary, streamSummaryProjection, type StreamSummaryRow } from '../stream-summary/stream-summary.projection.js';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const quiet = () => undefined;

export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(25);
  }
}

type StoredSummary = StreamSummaryRow & { last_position: string };

/**
 * The real test database and PostgreSQL store, and per projection a fresh category, table, checkpoint and lock, so
 * tests never see each other's events in the shared database. Plain functions, no jest hooks: the build compiles
 * this file too.
 */
export async function openProjectionHarness() {
  const url = await prepareTestDatabase();
  const store = PostgresEventStore.connect(url, { pollIntervalMs: 50 });
  const dataSource = await createDataSource({ url, poolSize: 8, applicationName: 'projections-test' }).initialize();
  const runners: ProjectionRunner[] = [];
  const created: ProjectionDefinition[] = [];

  /** After each test: no runner outlives it. */
  const stopRunners = () => Promise.all(runners.splice(0).map((runner) => runner.stop()));
  const dispose = async () => {
    await stopRunners();
    for (const { name, table } of created) {
      await dataSource.query(`DROP TABLE IF EXISTS "${table}", "${table}__rebuild"`);
      await dataSource.query('DELETE FROM projection_checkpoints WHERE name = ANY($1)', [[name, `${name}__rebuild`]]);
    }
    await dataSource.destroy();
    await store.close();
  };

  async function stream(overrides: Partial<ProjectionDefinition<StreamSummaryRow>> = {}) {
    const id = randomBytes(4).toString('hex');
    const category = `p${id}`;
    const definition: ProjectionDefinition<StreamSummaryRow> = {
      ...streamSummaryProjection({ categories: [category] }),
      name: `stream_summary_${id}`,
      table: `stream_summaries_${id}`,
      ...overrides,
    };
    created.push(definition);
    await dataSource.query(`CREATE TABLE "${definition.table}" (LIKE stream_summaries INCLUDING ALL)`);

    /** `streams` new streams of `perStream` events each; returns the new streams' names. */
    const write = async (streams: number, perStream: number, type: (i: number) => string = (i) => (i % 2 ? 'Adjourned' : 'Recorded')) => {
      const names: string[] = [];
      for (let s = 0; s < streams; s++) {
        const name = streamName(category, randomUUID());
        names.push(name);
        const events = Array.from({ length: perStream }, (_, i) => ({ id: randomUUID(), type: type(i), data: {}, metadata: {} }));
        await store.append(name, events, { expected: 'no_stream' });
      }
      return names;
    };
    const events = async () => {
      const all: RecordedEvent[] = [];
      for (let after: Position = START; ; ) {
        const page = await store.readAll({ after, filter: definition.filter, maxCount: 1000 });
        if (page.length === 0) return all;
        all.push(...page);
        after = page.at(-1)!.position;
      }
    };
    /** The whole table, instants normalised (PostgreSQL writes +00:00 where toISOString writes Z). */
    const rows = async (): Promise<StoredSummary[]> =>
      (await dataSource.query(`SELECT to_jsonb(t) AS row FROM "${definition.table}" t ORDER BY stream_name COLLATE "C"`)).map(
        ({ row }: { row: StoredSummary }) => ({ ...row, last_recorded_at: new Date(row.last_recorded_at).toISOString() }),
      );
    /** What the table must hold: one clean fold of every event of the category. */
    const expected = async (): Promise<StoredSummary[]> => {
      const folded = new Map<string, StoredSummary>();
      for (const e of await events()) folded.set(e.stream, { ...evolveStreamSummary(folded.get(e.stream) ?? null, e), last_position: e.position });
      return [...folded.values()].sort((a, b) => (a.stream_name < b.stream_name ? -1 : 1));
    };
    const runner = (options: ProjectionRunnerOptions = {}) => {
      const created = new ProjectionRunner(store, dataSource, definition, { log: quiet, lockRetryMs: 100, retryMs: 50, batchSize: 50, ...options });
      runners.push(created);
      return created;
    };
    const status = () => projectionStatus(store, dataSource, definition);
    const caughtUp = async () => (await status()).eventsBehind === 0;
    const checkpoint = async () =>
      ((await dataSource.query('SELECT position, effects_position FROM projection_checkpoints WHERE name = $1', [definition.name])) as {
        position: string;
        effects_position: string;
      }[])[0];
    return { definition, write, events, rows, expected, runner, status, caughtUp, checkpoint };
  }

  return { store, dataSource, stream, stopRunners, dispose };
}

export type ProjectionHarness = Awaited<ReturnType<typeof openProjectionHarness>>;
