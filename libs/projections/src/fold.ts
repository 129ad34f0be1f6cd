import { comparePositions, type Position, type RecordedEvent } from '#event-store';
import type { ProjectionDefinition } from './projection.js';

export interface StoredRow<Row> {
  readonly key: string;
  readonly row: Row;
  /** The last event applied to this row. */
  readonly position: Position;
}

export interface FoldResult<Row> {
  readonly upserts: StoredRow<Row>[];
  readonly deletes: string[];
}

/**
 * Folds a batch into the rows it touches, in memory. An event at or before a row's last position is already in
 * that row and is skipped for it: that is what makes replaying events idempotent. Only rows that changed come out.
 */
export function foldBatch<Row extends object>(
  definition: Pick<ProjectionDefinition<Row>, 'key' | 'evolve' | 'keyColumn'>,
  stored: ReadonlyMap<string, StoredRow<Row>>,
  events: readonly RecordedEvent[],
): FoldResult<Row> {
  const touched = new Map<string, { row: Row | null; position: Position }>();
  for (const event of events) {
    const key = definition.key(event);
    if (key === null) continue;
    const current = touched.get(key) ?? stored.get(key);
    if (current && comparePositions(current.position, event.position) >= 0) continue;
    const row = definition.evolve(current?.row ?? null, event);
    const rowKey = row === null ? key : String((row as Record<string, unknown>)[definition.keyColumn]);
    if (rowKey !== key) {
      throw new Error(`evolve returned a row whose ${definition.keyColumn} is "${rowKey}" for an event keyed "${key}"`);
    }
    touched.set(key, { row, position: event.position });
  }
  const upserts: StoredRow<Row>[] = [];
  const deletes: string[] = [];
  for (const [key, { row, position }] of touched) {
    if (row !== null) upserts.push({ key, row, position });
    else if (stored.has(key)) deletes.push(key);
  }
  return { upserts, deletes };
}
