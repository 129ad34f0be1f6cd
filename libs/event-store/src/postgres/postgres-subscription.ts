import pg from 'pg';
import type { EventFilter, Position, RecordedEvent, Subscription } from '../event-store.port.js';
import { START } from '../event-store.port.js';

type ReadBatch = (after: Position, maxCount: number, filter?: EventFilter) => Promise<RecordedEvent[]>;

/**
 * Wakes waiting subscribers when an append commits (NOTIFY from any process, or `wakeLocal` from this one). Only a hint: subscribers also poll, so a lost notification or a
 * dropped LISTEN connection costs at most one poll interval, never an event.
 */
export class AppendSignal {
  private client: pg.Client | undefined;
  private connecting: Promise<void> | undefined;
  private readonly waiters = new Set<() => void>();
  private closed = false;

  constructor(private readonly connectionConfig: pg.ClientConfig) {}

  wait(timeoutMs: number, signal: AbortSignal): Promise<void> {
    void this.listen();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
      signal.addEventListener('abort', done, { once: true });
    });
  }

  /** Wakes this process's waiting subscribers at once, without waiting for the notification's round trip. */
  wakeLocal(): void {
    for (const wake of [...this.waiters]) wake();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const wake of [...this.waiters]) wake();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private listen(): Promise<void> {
    if (this.closed || this.client) return Promise.resolve();
    this.connecting ??= (async () => {
      const client = new pg.Client({ ...this.connectionConfig, application_name: 'labour-disputes-listen' });
      client.on('notification', () => {
        for (const wake of [...this.waiters]) wake();
      });
      client.on('error', () => {
        if (this.client === client) this.client = undefined;
        void client.end().catch(() => undefined);
      });
      try {
        await client.connect();
        await client.query('LISTEN es_events');
        if (this.closed) await client.end();
        else this.client = client;
      } catch {
        await client.end().catch(() => undefined);
      } finally {
        this.connecting = undefined;
      }
    })();
    return this.connecting;
  }
}

/**
 * Sends the wake-up NOTIFY after appends commit: one in flight at a time, and one more if appends committed while it
 * was in flight, so a burst of appends costs a couple of notifications rather than one serialised commit each.
 */
export class CommitNotifier {
  private inFlight: Promise<void> | undefined;
  private again = false;

  constructor(private readonly send: () => Promise<unknown>) {}

  poke(): void {
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.inFlight = this.run();
  }

  /** Resolves once no notification is in flight (before the pool closes). */
  async drain(): Promise<void> {
    await this.inFlight;
  }

  private async run(): Promise<void> {
    for (;;) {
      this.again = false;
      // A lost hint costs a subscriber one poll interval, never an event.
      await this.send().catch(() => undefined);
      if (!this.again) {
        this.inFlight = undefined;
        return;
      }
    }
  }
}

export interface SubscriptionOptions {
  readonly after: Position | undefined;
  readonly filter: EventFilter | undefined;
  readonly signal: AbortSignal | undefined;
  readonly batchSize: number;
  readonly pollIntervalMs: number;
}

const MAX_BACKOFF_MS = 5_000;

/** Catch up in batches, then wait for a wake-up or the poll interval. Transient read errors are retried, not thrown. */
export function pollingSubscription(read: ReadBatch, wake: AppendSignal, options: SubscriptionOptions): Subscription {
  const stop = new AbortController();
  options.signal?.addEventListener('abort', () => stop.abort(), { once: true });
  if (options.signal?.aborted) stop.abort();

  async function* events(): AsyncGenerator<RecordedEvent> {
    let after = options.after ?? START;
    let failures = 0;
    while (!stop.signal.aborted) {
      let batch: RecordedEvent[];
      try {
        batch = await read(after, options.batchSize, options.filter);
        failures = 0;
      } catch {
        failures++;
        await wake.wait(Math.min(options.pollIntervalMs * 2 ** failures, MAX_BACKOFF_MS), stop.signal);
        continue;
      }
      for (const event of batch) {
        if (stop.signal.aborted) return;
        yield event;
        after = event.position;
      }
      if (batch.length < options.batchSize) await wake.wait(options.pollIntervalMs, stop.signal);
    }
  }

  const iterator = events();
  return {
    [Symbol.asyncIterator]: () => iterator,
    close: async () => {
      stop.abort();
      await iterator.return(undefined);
    },
  };
}
