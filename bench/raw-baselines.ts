import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { EventStore } from '#event-store';
import { percentile } from './stats.js';

/** What one fixed-duration loop achieved: operations (or rows) per second and per-operation latency. */
export interface Throughput {
  readonly concurrency: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly operations: number;
}

/** ~500 bytes of jsonb, shaped like an event's data: the same payload for the raw baseline and the event store. */
export const payload = {
  sessionId: 's-0000',
  heldOn: '2026-09-30',
  attendees: [
    { id: 'w1', role: 'party' },
    { id: 'e1', role: 'party' },
    { id: 'mediator-1', role: 'mediator' },
  ],
  positions: [{ claimId: 'c1', partyId: 'e1', position: 'will pay most of the arrears within a month (benchmark payload)', offerFen: 1_000_000 }],
  outcome: 'adjourned',
  nextSessionOn: '2026-10-08',
  note: 'x'.repeat(190),
};

/** Runs `operation` from `concurrency` loops for `seconds`; `rowsPerOperation` turns operations into rows. */
export async function closedLoop(concurrency: number, seconds: number, operation: (worker: number) => Promise<unknown>, rowsPerOperation = 1): Promise<Throughput> {
  const latencies: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (performance.now() < until) {
        const t = performance.now();
        await operation(worker);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { concurrency, perSecond: (latencies.length * rowsPerOperation) / elapsed, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), operations: latencies.length };
}

/** The raw `pg` baselines, against a scratch table in the benchmark database (same server, same size of data around). */
export class RawInserts {
  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string, poolSize: number): Promise<RawInserts> {
    const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: 'labour-disputes-bench' });
    await pool.query('DROP TABLE IF EXISTS bench_raw_insert');
    await pool.query('CREATE TABLE bench_raw_insert (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, data jsonb NOT NULL)');
    return new RawInserts(pool);
  }

  /** Single-row INSERT, autocommit. */
  singleRow(concurrency: number, seconds: number): Promise<Throughput> {
    const json = JSON.stringify(payload);
    return closedLoop(concurrency, seconds, () => this.pool.query('INSERT INTO bench_raw_insert (data) VALUES ($1::jsonb)', [json]));
  }

  /** 100 rows in one statement (unnest of a jsonb[] parameter), autocommit; reported in rows per second. */
  batched(concurrency: number, seconds: number, rows = 100): Promise<Throughput> {
    const batch = Array.from({ length: rows }, () => JSON.stringify(payload));
    return closedLoop(concurrency, seconds, () => this.pool.query('INSERT INTO bench_raw_insert (data) SELECT unnest($1::jsonb[])', [batch]), rows);
  }

  async close(): Promise<void> {
    await this.pool.query('DROP TABLE IF EXISTS bench_raw_insert');
    await this.pool.end();
  }
}

export const BENCH_APPEND_CATEGORY = 'benchappend';

/** One-event appends through the port, each loop on its own streams with the revision it last wrote. */
export function eventStoreAppends(store: EventStore, concurrency: number, seconds: number): Promise<Throughput> {
  const streams = Array.from({ length: concurrency }, () => ({ name: `${BENCH_APPEND_CATEGORY}-${randomUUID()}`, revision: -1 }));
  return closedLoop(concurrency, seconds, async (worker) => {
    const stream = streams[worker]!;
    const result = await store.append(stream.name, [{ id: randomUUID(), type: 'BenchmarkAppended', data: payload, metadata: { actor: { userId: 'bench', role: 'system' } } }], {
      expected: stream.revision < 0 ? 'no_stream' : stream.revision,
    });
    stream.revision = result.nextExpectedRevision;
  });
}

/** The append benchmark's streams are not part of the data set: removed before the projections see them. */
export async function removeBenchAppends(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DELETE FROM es_events WHERE category = $1', [BENCH_APPEND_CATEGORY]);
    await client.query('DELETE FROM es_streams WHERE category = $1', [BENCH_APPEND_CATEGORY]);
  } finally {
    await client.end();
  }
}
