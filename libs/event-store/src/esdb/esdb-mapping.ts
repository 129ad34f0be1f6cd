import {
  ANY,
  NO_STREAM,
  START as ESDB_START,
  STREAM_EXISTS,
  UnavailableError,
  DeadlineExceededError,
  WrongExpectedVersionError,
  excludeSystemEvents,
  streamNameFilter,
  eventTypeFilter,
  type AllStreamRecordedEvent,
  type AppendExpectedRevision,
  type Filter,
  type Position as EsdbPosition,
  type ReadPosition,
} from '@eventstore/db-client';
import {
  EventStoreUnavailable,
  START,
  WrongExpectedRevision,
  type EventFilter,
  type ExpectedRevision,
  type Position,
  type RecordedEvent,
} from '../event-store.port.js';
import { streamCategory } from '../stream-names.js';

const WIDTH = 20;

/** EventStoreDB's log position is (commit, prepare); padded, their lexical order is the log order. */
export const encodeEsdbPosition = (position: EsdbPosition): Position =>
  `${position.commit.toString().padStart(WIDTH, '0')}/${position.prepare.toString().padStart(WIDTH, '0')}` as Position;

export function decodeEsdbPosition(position: Position): ReadPosition {
  if (position === START) return ESDB_START;
  const match = /^(\d{20})\/(\d{20})$/.exec(position);
  if (!match) throw new Error(`not an EventStoreDB position: "${position}"`);
  return { commit: BigInt(match[1]!), prepare: BigInt(match[2]!) };
}

export function toEsdbExpectation(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'exists':
      return STREAM_EXISTS;
    default:
      return BigInt(expected);
  }
}

const toActual = (actual: unknown): number | 'no_stream' => (typeof actual === 'bigint' ? Number(actual) : 'no_stream');

/** The client's errors in the port's terms; anything else passes through. */
export function translateEsdbError(error: unknown, stream = '', expected: ExpectedRevision = 'any'): unknown {
  if (error instanceof WrongExpectedVersionError) return new WrongExpectedRevision(stream, expected, toActual(error.actualVersion));
  const message = (error as Error | undefined)?.message ?? '';
  // With no server the client fails with a plain Error "14 UNAVAILABLE: …", not an UnavailableError.
  if (error instanceof UnavailableError || error instanceof DeadlineExceededError || /^(14 UNAVAILABLE|4 DEADLINE_EXCEEDED)/.test(message)) {
    return new EventStoreUnavailable(`EventStoreDB unavailable: ${message}`, { cause: error });
  }
  return error;
}

/**
 * One filter runs on the server (it can take only one kind: stream prefixes or an event-type regex); the rest is
 * checked here. System events ($-prefixed) are always left out.
 */
export function buildFilter(filter: EventFilter | undefined): { server: Filter; matches: (e: RecordedEvent) => boolean } {
  const categories = filter?.categories?.length ? filter.categories : undefined;
  const types = filter?.eventTypes?.length ? filter.eventTypes : undefined;
  const matches = (e: RecordedEvent) =>
    !e.type.startsWith('$') &&
    (!categories || categories.includes(streamCategory(e.stream))) &&
    (!types || types.includes(e.type));
  if (categories) return { server: streamNameFilter({ prefixes: categories.map((c) => `${c}-`) }), matches };
  if (types) return { server: eventTypeFilter({ regex: `^(${types.map(escapeRegex).join('|')})$` }), matches };
  return { server: excludeSystemEvents(), matches };
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type JsonRecorded = Pick<AllStreamRecordedEvent, 'streamId' | 'id' | 'revision' | 'type' | 'created' | 'data' | 'metadata'> & {
  position?: EsdbPosition;
};

export function toRecordedEvent(event: JsonRecorded): RecordedEvent {
  if (!event.position) throw new Error(`EventStoreDB returned event ${event.id} without a position`);
  return {
    id: event.id,
    type: event.type,
    stream: event.streamId,
    revision: Number(event.revision),
    position: encodeEsdbPosition(event.position),
    data: event.data,
    metadata: (event.metadata ?? {}) as Record<string, unknown>,
    recordedAt: event.created instanceof Date ? event.created : new Date(event.created as unknown as number),
  };
}
