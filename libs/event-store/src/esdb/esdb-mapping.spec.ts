import { ANY, NO_STREAM, START as ESDB_START, STREAM_EXISTS, WrongExpectedVersionError } from '@eventstore/db-client';
import { EventStoreUnavailable, START, WrongExpectedRevision, comparePositions, type RecordedEvent } from '../event-store.port.js';
import { buildFilter, decodeEsdbPosition, encodeEsdbPosition, toEsdbExpectation, toRecordedEvent, translateEsdbError } from './esdb-mapping.js';

const recorded = (stream: string, type: string) => ({ stream, type }) as RecordedEvent;

describe('EventStoreDB mappings', () => {
  it('encodes positions so that string order is log order, and decodes them back', () => {
    const a = encodeEsdbPosition({ commit: 99n, prepare: 99n });
    const b = encodeEsdbPosition({ commit: 100n, prepare: 5n });
    const c = encodeEsdbPosition({ commit: 100n, prepare: 7n });
    expect(comparePositions(a, b)).toBe(-1);
    expect(comparePositions(b, c)).toBe(-1);
    expect(decodeEsdbPosition(b)).toEqual({ commit: 100n, prepare: 5n });
    expect(decodeEsdbPosition(START)).toBe(ESDB_START);
    expect(() => decodeEsdbPosition('00000000000000000001:00000000000000000002' as never)).toThrow(/not an EventStoreDB position/);
  });

  it('maps every expectation', () => {
    expect(toEsdbExpectation('any')).toBe(ANY);
    expect(toEsdbExpectation('no_stream')).toBe(NO_STREAM);
    expect(toEsdbExpectation('exists')).toBe(STREAM_EXISTS);
    expect(toEsdbExpectation(41)).toBe(41n);
  });

  it('turns the client errors into the port errors', () => {
    const wrong = new WrongExpectedVersionError(undefined, { streamName: 's-1', expected: 3n, current: 5n } as never);
    const translated = translateEsdbError(wrong, 's-1', 3);
    expect(translated).toBeInstanceOf(WrongExpectedRevision);
    expect(translated).toMatchObject({ stream: 's-1', expected: 3, actual: 5 });
    const absent = new WrongExpectedVersionError(undefined, { streamName: 's-2', expected: STREAM_EXISTS, current: NO_STREAM } as never);
    expect(translateEsdbError(absent, 's-2', 'exists')).toMatchObject({ expected: 'exists', actual: 'no_stream' });
    const offline = translateEsdbError(new Error('14 UNAVAILABLE: No connection established'));
    expect(offline).toBeInstanceOf(EventStoreUnavailable);
    const other = new Error('something else');
    expect(translateEsdbError(other)).toBe(other);
  });

  it('filters by category and type, and always drops system events', () => {
    const both = buildFilter({ categories: ['dispute'], eventTypes: ['AwardIssued'] });
    expect(both.matches(recorded('dispute-1', 'AwardIssued'))).toBe(true);
    expect(both.matches(recorded('dispute-1', 'HearingHeld'))).toBe(false);
    expect(both.matches(recorded('caseNumbers-1', 'AwardIssued'))).toBe(false);
    expect(buildFilter(undefined).matches(recorded('$stats-1', '$statsCollected'))).toBe(false);
    expect(buildFilter({ eventTypes: ['A.B'] }).server).toMatchObject({ regex: '^(A\\.B)$' });
    expect(buildFilter({ categories: ['dispute'] }).server).toMatchObject({ prefixes: ['dispute-'] });
  });

  it('maps a recorded event, refusing one without a position', () => {
    const created = new Date('2026-03-01T00:00:00Z');
    const event = {
      streamId: 'dispute-1', id: 'e1', revision: 4n, type: 'AwardIssued', created, data: { a: 1 }, metadata: { m: 1 },
      position: { commit: 10n, prepare: 9n },
    };
    expect(toRecordedEvent(event as never)).toEqual({
      id: 'e1', type: 'AwardIssued', stream: 'dispute-1', revision: 4, position: encodeEsdbPosition(event.position),
      data: { a: 1 }, metadata: { m: 1 }, recordedAt: created,
    });
    expect(() => toRecordedEvent({ ...event, position: undefined } as never)).toThrow(/without a position/);
  });
});
