import type { Position, RecordedEvent } from '#event-store';
import { foldBatch } from './apply-batch.js';
import { streamSummaryProjection, type StreamSummaryRow } from './stream-summary/stream-summary.projection.js';

const at = (n: number) => `00000000000000000001:${String(n).padStart(20, '0')}` as Position;
const event = (stream: string, revision: number, n: number, type = 'Happened'): RecordedEvent => ({
  id: `e${n}`, type, stream, revision, position: at(n), data: {}, metadata: {}, recordedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n)),
});

describe('folding a batch', () => {
  const projection = streamSummaryProjection();
  const events = [event('a-1', 0, 1), event('b-1', 0, 2), event('a-1', 1, 3, 'Closed')];

  it('folds each touched row through evolve', () => {
    const { upserts, deletes } = foldBatch(projection, new Map(), events);
    expect(deletes).toEqual([]);
    expect(upserts).toEqual([
      expect.objectContaining({ stream_name: 'a-1', events_count: 2, last_event_type: 'Closed', last_revision: 1, last_position: at(3) }),
      expect.objectContaining({ stream_name: 'b-1', events_count: 1, last_position: at(2) }),
    ]);
  });

  it('is idempotent: the same events applied twice leave the rows identical', () => {
    const once = foldBatch(projection, new Map(), events).upserts;
    const stored = new Map(once.map((row) => [String(row.stream_name), row]));
    const twice = foldBatch(projection, stored, events).upserts;
    expect(twice).toEqual([]);
    const replayAll = foldBatch(projection, stored, [...events, event('b-1', 1, 4)]).upserts as StreamSummaryRow[];
    expect(replayAll).toEqual([expect.objectContaining({ stream_name: 'b-1', events_count: 2 })]);
  });

  it('deletes a stored row when evolve returns null', () => {
    const deleting = { ...projection, evolve: () => null };
    const stored = new Map([['a-1', { stream_name: 'a-1', last_position: at(0) } as never]]);
    expect(foldBatch(deleting, stored, [event('a-1', 0, 1), event('c-1', 0, 2)])).toEqual({ upserts: [], deletes: ['a-1'] });
  });
});
