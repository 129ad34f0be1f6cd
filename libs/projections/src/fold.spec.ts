import fc from 'fast-check';
import type { Position, RecordedEvent } from '#event-store';
import { foldBatch, type StoredRow } from './fold.js';
import type { ProjectionDefinition } from './projection.js';

const at = (n: number) => String(n).padStart(8, '0') as Position;
const event = (n: number, stream: string, type = 'Counted'): RecordedEvent => ({
  id: `e${n}`, type, stream, revision: n, position: at(n), data: {}, metadata: {}, recordedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n)),
});

type Tally = { id: string; seen: number[] };
/** Counts per stream the positions it saw; `Forgotten` deletes the row, `Ignored` is not for this projection. */
const tally: ProjectionDefinition<Tally> = {
  name: 'tally', table: 'tally', keyColumn: 'id', filter: {},
  key: (e) => (e.type === 'Ignored' ? null : e.stream),
  evolve: (row, e) => (e.type === 'Forgotten' ? null : { id: e.stream, seen: [...(row?.seen ?? []), e.revision] }),
};

/** What the table would hold after writing a fold's result. */
const write = (table: Map<string, StoredRow<Tally>>, events: readonly RecordedEvent[]) => {
  const { upserts, deletes } = foldBatch(tally, table, events);
  const next = new Map(table);
  for (const stored of upserts) next.set(stored.key, stored);
  for (const key of deletes) next.delete(key);
  return next;
};

describe('folding a batch into rows', () => {
  it('evolves each touched row in order and stamps it with its last event', () => {
    const { upserts, deletes } = foldBatch(tally, new Map(), [event(1, 'a'), event(2, 'b'), event(3, 'a'), event(4, 'c', 'Ignored')]);
    expect(deletes).toEqual([]);
    expect(upserts).toEqual([
      { key: 'a', row: { id: 'a', seen: [1, 3] }, position: at(3) },
      { key: 'b', row: { id: 'b', seen: [2] }, position: at(2) },
    ]);
  });

  it('skips, row by row, events at or before the row’s last position, and writes only what changed', () => {
    const table = write(new Map(), [event(1, 'a'), event(2, 'b')]);
    expect(foldBatch(tally, table, [event(1, 'a'), event(2, 'b')])).toEqual({ upserts: [], deletes: [] });
    expect(foldBatch(tally, table, [event(1, 'a'), event(2, 'b'), event(3, 'b')]).upserts).toEqual([
      { key: 'b', row: { id: 'b', seen: [2, 3] }, position: at(3) },
    ]);
  });

  it('deletes a stored row when evolve returns null, and writes nothing for a row born and deleted in the batch', () => {
    const table = write(new Map(), [event(1, 'a')]);
    expect(foldBatch(tally, table, [event(2, 'a', 'Forgotten'), event(3, 'b'), event(4, 'b', 'Forgotten')])).toEqual({ upserts: [], deletes: ['a'] });
  });

  it('refuses a row whose key column disagrees with the event’s key', () => {
    const misKeyed = { ...tally, evolve: () => ({ id: 'elsewhere', seen: [] }) };
    expect(() => foldBatch(misKeyed, new Map(), [event(1, 'a')])).toThrow(/id is "elsewhere" for an event keyed "a"/);
  });

  it('ends equal to one clean fold however the log is cut into batches and whatever is replayed', () => {
    const log = fc
      .array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('Counted', 'Counted', 'Forgotten', 'Ignored')), { maxLength: 40 })
      .map((specs) => specs.map(([stream, type], i) => event(i + 1, stream, type)));
    fc.assert(
      fc.property(log, fc.array(fc.nat(), { maxLength: 20 }), fc.array(fc.nat(), { maxLength: 20 }), (events, cuts, rewinds) => {
        const clean = write(new Map(), events);
        const ends = [...new Set(cuts.map((c) => c % (events.length + 1))), events.length].sort((x, y) => x - y);
        let table = new Map<string, StoredRow<Tally>>();
        let done = 0;
        ends.forEach((end, i) => {
          // A crashed batch's successor may start earlier than where the rows already are; deleted rows excepted,
          // whose replays the checkpoint (not the row) prevents.
          const rewind = Math.min(done, (rewinds[i] ?? 0) % 3);
          const from = events.slice(done - rewind, done).some((e) => e.type === 'Forgotten') ? done : done - rewind;
          table = write(table, events.slice(from, end));
          done = Math.max(done, end);
        });
        expect(table).toEqual(clean);
      }),
    );
  });
});
