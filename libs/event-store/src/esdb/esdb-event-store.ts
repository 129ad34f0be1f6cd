import { BACKWARDS, END, EventStoreDBClient, FORWARDS, StreamNotFoundError, jsonEvent } from '@eventstore/db-client';
import {
  START,
  type AppendResult,
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
import { buildFilter, decodeEsdbPosition, encodeEsdbPosition, toEsdbExpectation, toRecordedEvent, translateEsdbError } from './esdb-mapping.js';

const RESUBSCRIBE_DELAY_MS = 500;
const READ_PAGE = 1_000;

/**
 * The port on EventStoreDB/KurrentDB. The server orders commits itself, assigns positions, and is idempotent by
 * event id for a retried append with the same expectation.
 */
export class EsdbEventStore implements EventStore {
  constructor(private readonly client: EventStoreDBClient) {}

  static connect(connectionString: string): EsdbEventStore {
    return new EsdbEventStore(EventStoreDBClient.connectionString(connectionString));
  }

  async append(stream: string, events: readonly NewEvent[], options: { expected: ExpectedRevision }): Promise<AppendResult> {
    if (events.length === 0) throw new Error(`append to ${stream}: at least one event is required`);
    try {
      const result = await this.client.appendToStream(
        stream,
        events.map((e) => jsonEvent({ id: e.id, type: e.type, data: e.data as never, metadata: e.metadata as never })),
        { expectedRevision: toEsdbExpectation(options.expected) },
      );
      // An idempotent retry may come back without a position: take the last event's from the stream.
      const position = result.position
        ? encodeEsdbPosition(result.position)
        : ((await this.readStream(stream, { from: Number(result.nextExpectedRevision), maxCount: 1 }))[0]?.position ?? START);
      return { nextExpectedRevision: Number(result.nextExpectedRevision), position };
    } catch (error) {
      throw translateEsdbError(error, stream, options.expected);
    }
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const read = this.client.readStream(stream, {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision: options.from !== undefined ? BigInt(options.from) : backwards ? END : 'start',
      ...(options.maxCount !== undefined ? { maxCount: options.maxCount } : {}),
    });
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of read) if (resolved.event) events.push(toRecordedEvent(resolved.event as never));
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw translateEsdbError(error, stream);
    }
    return events;
  }

  /**
   * The client reads $all without a server-side filter (only subscriptions take one), so pages are filtered here.
   * Fine for catch-up reads; subscriptions, which carry the load, filter on the server.
   */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const { matches } = buildFilter(options.filter);
    const max = options.maxCount ?? 500;
    let after = options.after ?? START;
    const events: RecordedEvent[] = [];
    try {
      for (;;) {
        let seen = 0;
        // The client's fromPosition is inclusive; ours is exclusive.
        for await (const resolved of this.client.readAll({ fromPosition: decodeEsdbPosition(after), maxCount: READ_PAGE + 1 })) {
          if (!resolved.event) continue;
          const event = toRecordedEvent(resolved.event as never);
          if (event.position === after) continue;
          seen++;
          after = event.position;
          if (!matches(event)) continue;
          events.push(event);
          if (events.length >= max) return events;
        }
        if (seen < READ_PAGE) return events;
      }
    } catch (error) {
      throw translateEsdbError(error);
    }
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    const client = this.client;
    const { server, matches } = buildFilter(options.filter);
    const stop = new AbortController();
    options.signal?.addEventListener('abort', () => stop.abort(), { once: true });
    let current: ReturnType<EventStoreDBClient['subscribeToAll']> | undefined;
    stop.signal.addEventListener('abort', () => void current?.unsubscribe().catch(() => undefined), { once: true });

    async function* events(): AsyncGenerator<RecordedEvent> {
      let after = options.after ?? START;
      while (!stop.signal.aborted) {
        current = client.subscribeToAll({ fromPosition: decodeEsdbPosition(after), filter: server });
        try {
          for await (const resolved of current) {
            if (stop.signal.aborted) return;
            if (!resolved.event) continue;
            const event = toRecordedEvent(resolved.event as never);
            if (event.position <= after && after !== START) continue;
            after = event.position;
            if (matches(event)) yield event;
          }
        } catch {
          // Dropped: resubscribe from the last delivered position, so nothing is skipped or repeated.
        }
        if (!stop.signal.aborted) await new Promise((resolve) => setTimeout(resolve, RESUBSCRIBE_DELAY_MS));
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

  async headPosition(): Promise<Position> {
    try {
      for await (const resolved of this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: READ_PAGE })) {
        if (resolved.event?.position && !resolved.event.type.startsWith('$')) return encodeEsdbPosition(resolved.event.position);
      }
      return START;
    } catch (error) {
      throw translateEsdbError(error);
    }
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}
