import pg from 'pg';
import {
  DuplicateEventId,
  START,
  WrongExpectedRevision,
  type AppendResult,
  type EventFilter,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type Position,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
} from '../event-store.port.js';
import { streamCategory } from '../stream-names.js';
import { decodePosition, encodePosition } from './position.js';
import { translateError } from './postgres-errors.js';
import { AppendSignal, CommitNotifier, pollingSubscription } from './postgres-subscription.js';
import * as sql from './sql.js';

export interface PostgresEventStoreOptions {
  /** How often a caught-up subscriber looks for new events when no notification woke it. */
  readonly pollIntervalMs?: number;
  /** Events per read while catching up. */
  readonly batchSize?: number;
  /**
   * Named prepared statements for the hot reads and appends (default true). Off where connections share one server
   * session (embedded PGlite, a transaction-pooling PgBouncer): a name prepared on one would collide on the next.
   */
  readonly preparedStatements?: boolean;
}

const ALL = Number.MAX_SAFE_INTEGER;

const toRecorded = (row: sql.EventRow): RecordedEvent => ({
  id: row.event_id,
  type: row.event_type,
  stream: row.stream_name,
  revision: row.revision,
  position: encodePosition(row.transaction_id, row.global_position),
  data: row.data,
  metadata: row.metadata,
  recordedAt: row.recorded_at,
});

const accepts = (expected: ExpectedRevision, actual: number | 'no_stream'): boolean =>
  expected === 'any' ||
  (expected === 'no_stream' && actual === 'no_stream') ||
  (expected === 'exists' && actual !== 'no_stream') ||
  expected === actual;

/** The default event store: two tables in the application's PostgreSQL (see migrations.ts and position.ts). */
export class PostgresEventStore implements EventStore {
  private readonly signal: AppendSignal;
  private readonly notifier: CommitNotifier;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly prepared: boolean;

  constructor(
    private readonly pool: pg.Pool,
    options: PostgresEventStoreOptions = {},
    private readonly ownsPool = false,
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.batchSize = options.batchSize ?? 500;
    this.prepared = options.preparedStatements ?? true;
    this.signal = new AppendSignal(pool.options as pg.ClientConfig);
    this.notifier = new CommitNotifier(() => this.pool.query(sql.notifyAppended));
    // An idle client dropped by the server must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    // Nor one dropped while checked out (an append's transaction during a PostgreSQL restart): the pool listens only
    // on idle clients, the query in flight is rejected anyway, and the pool discards the dead client on release.
    pool.on('connect', (client) => client.on('error', () => undefined));
  }

  static connect(url: string, options: PostgresEventStoreOptions & { poolSize?: number } = {}): PostgresEventStore {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, application_name: 'labour-disputes-events' });
    return new PostgresEventStore(pool, options, true);
  }

  async append(stream: string, events: readonly NewEvent[], options: { expected: ExpectedRevision }): Promise<AppendResult> {
    if (events.length === 0) throw new Error(`append to ${stream}: at least one event is required`);
    try {
      if (options.expected !== 'no_stream') {
        const appended = await this.appendToExisting(stream, events, options.expected);
        if (appended) return appended;
      }
      for (;;) {
        const client = await this.pool.connect();
        try {
          await client.query('BEGIN');
          const result = await writeEvents(client, stream, events, options.expected);
          if (result === 'created_concurrently') {
            await client.query('ROLLBACK');
            continue;
          }
          await client.query('COMMIT');
          this.signal.wakeLocal();
          this.notifier.poke();
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          const original = await this.findOriginalAppend(stream, events);
          if (original) return original;
          throw error;
        } finally {
          client.release();
        }
      }
    } catch (error) {
      throw translateError(error);
    }
  }

  /**
   * The common append (a command on a case that exists) in one statement. Undefined when the stream does not exist
   * and `expected` allows that ('any'): the transaction path creates it.
   */
  private async appendToExisting(stream: string, events: readonly NewEvent[], expected: Exclude<ExpectedRevision, 'no_stream'>): Promise<AppendResult | undefined> {
    try {
      const { rows } = await this.pool.query<{ actual: number | null; global_position: string | null; transaction_id: string | null; revision: number | null }>({
        // Prepared once per connection: the statement is parsed and planned once, not on every command.
        name: this.prepared ? 'es-append-to-existing' : undefined,
        text: sql.appendToExisting,
        values: [
          stream,
          streamCategory(stream),
          typeof expected === 'number' ? expected : null,
          events.map((e) => e.id),
          events.map((e) => e.type),
          events.map((e) => JSON.stringify(e.data)),
          events.map((e) => JSON.stringify(e.metadata)),
        ],
      });
      const row = rows[0]!;
      if (row.actual === null) {
        if (expected === 'any') return undefined;
        throw new WrongExpectedRevision(stream, expected, 'no_stream');
      }
      if (row.revision === null) throw new WrongExpectedRevision(stream, expected, row.actual);
      this.signal.wakeLocal();
      this.notifier.poke();
      return { nextExpectedRevision: row.revision, position: encodePosition(row.transaction_id!, row.global_position!) };
    } catch (error) {
      const original = await this.findOriginalAppend(stream, events);
      if (original) return original;
      throw error;
    }
  }

  /**
   * A retry of an append that already succeeded (the same ids, in the same stream, consecutive, in order) returns
   * the first result, whatever the retry expected: ids are unique per append, so this is that append. A retry
   * typically expects an older revision than the stream now has. Ids used any other way are a DuplicateEventId.
   */
  private async findOriginalAppend(stream: string, events: readonly NewEvent[]): Promise<AppendResult | undefined> {
    const { rows } = await this.pool.query<sql.EventRow>(sql.eventsByIds, [events.map((e) => e.id)]);
    if (rows.length === 0) return undefined;
    const found = new Map(rows.map((row) => [row.event_id, row]));
    const inOrder = events.map((e) => found.get(e.id));
    const first = inOrder[0];
    const sameAppend =
      first !== undefined &&
      inOrder.every((row, i) => row !== undefined && row.stream_name === stream && row.revision === first.revision + i);
    if (!sameAppend) throw new DuplicateEventId(stream, rows.map((row) => row.event_id));
    const last = inOrder[inOrder.length - 1]!;
    return { nextExpectedRevision: last.revision, position: encodePosition(last.transaction_id, last.global_position) };
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.from ?? (backwards ? ALL : 0);
    try {
      // Prepared (every command reads its stream first); a stream read is one index range whatever its values.
      const { rows } = await this.pool.query<sql.EventRow>({
        name: this.prepared ? (backwards ? 'es-read-stream-backwards' : 'es-read-stream-forwards') : undefined,
        text: backwards ? sql.readStreamBackwards : sql.readStreamForwards,
        values: [stream, from, options.maxCount ?? ALL],
      });
      return rows.map(toRecorded);
    } catch (error) {
      throw translateError(error);
    }
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.readAfter(options.after ?? START, options.maxCount ?? this.batchSize, options.filter);
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    return pollingSubscription((after, max, filter) => this.readAfter(after, max, filter), this.signal, {
      after: options.after,
      filter: options.filter,
      signal: options.signal,
      batchSize: this.batchSize,
      pollIntervalMs: this.pollIntervalMs,
    });
  }

  async headPosition(): Promise<Position> {
    try {
      const { rows } = await this.pool.query<{ transaction_id: string; global_position: string }>(sql.headPosition);
      return rows[0] ? encodePosition(rows[0].transaction_id, rows[0].global_position) : START;
    } catch (error) {
      throw translateError(error);
    }
  }

  async close(): Promise<void> {
    await this.notifier.drain();
    await this.signal.close();
    if (this.ownsPool) await this.pool.end();
  }

  private async readAfter(after: Position, maxCount: number, filter: EventFilter | undefined): Promise<RecordedEvent[]> {
    const from = after === START ? { transactionId: '0', globalPosition: '0' } : decodePosition(after);
    try {
      const { rows } = await this.pool.query<sql.EventRow>(sql.readAll, [
        from.transactionId,
        from.globalPosition,
        filter?.categories?.length ? filter.categories : null,
        filter?.eventTypes?.length ? filter.eventTypes : null,
        maxCount,
      ]);
      return rows.map(toRecorded);
    } catch (error) {
      throw translateError(error);
    }
  }
}

/**
 * The statements of one append inside an open transaction on `client`. Exposed so the conformance suite can hold
 * a writer's transaction open (the gap case); production code goes through `append`.
 */
export async function writeEvents(
  client: pg.PoolClient | pg.Client,
  stream: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
): Promise<AppendResult | 'created_concurrently'> {
  const locked = await client.query<{ revision: number }>(sql.lockStream, [stream]);
  const actual: number | 'no_stream' = locked.rows.at(0)?.revision ?? 'no_stream';
  if (!accepts(expected, actual)) throw new WrongExpectedRevision(stream, expected, actual);
  const firstRevision = actual === 'no_stream' ? 0 : actual + 1;
  const category = streamCategory(stream);
  if (actual === 'no_stream') {
    const created = await client.query(sql.createStream, [stream, category, firstRevision + events.length - 1]);
    if (created.rowCount === 0) {
      // Another writer created the stream between our lock attempt and insert: start over to see its revision.
      if (expected === 'no_stream') {
        const current = await client.query<{ revision: number }>(sql.currentRevision, [stream]);
        throw new WrongExpectedRevision(stream, expected, current.rows[0]?.revision ?? 'no_stream');
      }
      return 'created_concurrently';
    }
  }
  const { rows } = await client.query<{ global_position: string; transaction_id: string; revision: number }>(sql.insertEvents, [
    stream,
    category,
    firstRevision - 1,
    events.map((e) => e.id),
    events.map((e) => e.type),
    events.map((e) => JSON.stringify(e.data)),
    events.map((e) => JSON.stringify(e.metadata)),
  ]);
  const last = rows[0]!;
  return { nextExpectedRevision: last.revision, position: encodePosition(last.transaction_id, last.global_position) };
}
