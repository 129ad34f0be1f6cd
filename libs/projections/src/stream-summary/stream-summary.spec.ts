import type { Position, RecordedEvent } from '#event-store';
import { foldBatch, type StoredRow } from '../fold.js';
import { evolveStreamSummary, streamSummaryProjection, type StreamSummaryRow } from './stream-summary.projection.js';

const at = (n: number) => String(n).padStart(8, '0') as Position;
const event = (n: number, stream: string, revision: number, type: string): RecordedEvent => ({
  id: `e${n}`, type, stream, revision, position: at(n), data: {}, metadata: {}, recordedAt: new Date(Date.UTC(2026, 2, 1, 8, 0, n)),
});

// Given: two disputes, the first going from mediation to arbitration.
const events = [
  event(1, 'dispute-1', 0, 'DisputeRegistered'),
  event(2, 'dispute-2', 0, 'DisputeRegistered'),
  event(3, 'dispute-1', 1, 'MediationSessionRecorded'),
  event(4, 'dispute-1', 2, 'ArbitrationApplied'),
];

const replay = (table: ReadonlyMap<string, StoredRow<StreamSummaryRow>>, batch: readonly RecordedEvent[]) => {
  const next = new Map(table);
  for (const stored of foldBatch(streamSummaryProjection(), table, batch).upserts) next.set(stored.key, stored);
  return next;
};

describe('stream summary', () => {
  it('counts a stream’s events and remembers the last one', () => {
    const row = events.filter((e) => e.stream === 'dispute-1').reduce<StreamSummaryRow | null>(evolveStreamSummary, null);
    expect(row).toEqual({
      stream_name: 'dispute-1',
      category: 'dispute',
      events_count: 3,
      last_event_type: 'ArbitrationApplied',
      last_revision: 2,
      last_recorded_at: '2026-03-01T08:00:04.000Z',
    });
  });

  it('replaying the same events twice gives identical rows', () => {
    const once = replay(new Map(), events);
    expect(replay(once, events)).toEqual(once);
    expect(replay(replay(once, events.slice(0, 2)), events.slice(2))).toEqual(once);
    expect([...once.values()].map((s) => [s.key, s.row.events_count, s.position])).toEqual([
      ['dispute-1', 3, at(4)],
      ['dispute-2', 1, at(2)],
    ]);
  });
});
