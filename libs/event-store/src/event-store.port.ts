/**
 * The one event-store interface the rest of the code depends on. Adapters: PostgreSQL (default) and EventStoreDB.
 * Both must pass `testing/event-store.conformance.ts`.
 */

/**
 * An opaque, totally ordered position in the global log. Compare with `comparePositions`, never parse it:
 * each adapter encodes its own order key into a string whose lexical order is the log order.
 */
export type Position = string & { readonly __position: unique symbol };

/** Before the first event of the log: `subscribe({ after: START })` delivers everything. */
export const START = '' as Position;

export const comparePositions = (a: Position, b: Position): number => (a < b ? -1 : a > b ? 1 : 0);

/** What the writer expects the stream to be: absent, anything, present, or exactly at this revision (0-based). */
export type ExpectedRevision = 'no_stream' | 'any' | 'exists' | number;

export interface NewEvent<Data = unknown, Meta = Record<string, unknown>> {
  /** Caller-supplied UUID: appending the same ids again is a no-op that returns the first result. */
  readonly id: string;
  readonly type: string;
  readonly data: Data;
  readonly metadata: Meta;
}

export interface RecordedEvent<Data = unknown, Meta = Record<string, unknown>> extends NewEvent<Data, Meta> {
  readonly stream: string;
  /** 0-based revision within its stream. */
  readonly revision: number;
  readonly position: Position;
  readonly recordedAt: Date;
}

export interface AppendResult {
  /** Revision of the last event written: pass it as `expected` for the next append. */
  readonly nextExpectedRevision: number;
  /** Position of the last event written. */
  readonly position: Position;
}

export interface ReadStreamOptions {
  /** Revision to start from, inclusive; defaults to the first (forwards) or last (backwards). */
  readonly from?: number;
  readonly direction?: 'forwards' | 'backwards';
  readonly maxCount?: number;
}

export interface EventFilter {
  /** Stream categories: the part of the stream name before its first dash (`dispute-<uuid>` → `dispute`). */
  readonly categories?: readonly string[];
  readonly eventTypes?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Defaults to START. */
  readonly after?: Position;
  readonly maxCount?: number;
  readonly filter?: EventFilter;
}

export interface SubscribeOptions {
  readonly after?: Position;
  readonly filter?: EventFilter;
  /** Aborting ends the iteration cleanly. */
  readonly signal?: AbortSignal;
}

/**
 * Catches up from `after`, then follows live appends without restarting. Never skips an event and never delivers
 * one out of global order, even when a writer that took a lower position commits after one that took a higher one.
 */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

export interface EventStore {
  append(stream: string, events: readonly NewEvent[], options: { expected: ExpectedRevision }): Promise<AppendResult>;
  /** Events of one stream; an absent stream reads as empty. */
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribe(options?: SubscribeOptions): Subscription;
  /** Position of the newest event a subscriber may already be given (for lag). START if the log is empty. */
  headPosition(): Promise<Position>;
  close(): Promise<void>;
}

/** The one error a wrong expectation raises, whatever the adapter. */
export class WrongExpectedRevision extends Error {
  override readonly name = 'WrongExpectedRevision';
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    /** The stream's current revision, or 'no_stream'. */
    readonly actual: number | 'no_stream',
  ) {
    super(`stream ${stream}: expected revision ${String(expected)}, actual ${String(actual)}`);
  }
}

/** Event ids already used elsewhere (another stream, or other positions): a retry that is not the same append. */
export class DuplicateEventId extends Error {
  override readonly name = 'DuplicateEventId';
  constructor(readonly stream: string, readonly eventIds: readonly string[]) {
    super(`stream ${stream}: event ids already used by a different append: ${eventIds.join(', ')}`);
  }
}

/** The store cannot be reached: callers answer 503 and retry later; nothing was written. */
export class EventStoreUnavailable extends Error {
  override readonly name = 'EventStoreUnavailable';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
