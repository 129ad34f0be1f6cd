import type { DisputeFact } from '#dispute';
import { disputeStream, type Position, type RecordedEvent } from '#event-store';
import { foldBatch, type ProjectionDefinition, type StoredRow } from '#projections';

/** Facts of one case as the store would hand them to a projection, one second apart from a given instant. */
export function recorded(disputeId: string, facts: readonly DisputeFact[], from = '2026-03-02T02:00:00.000Z', offset = 0): RecordedEvent[] {
  return facts.map((fact, revision) => ({
    id: `${disputeId}-${revision}`,
    type: fact.type,
    stream: disputeStream(disputeId),
    revision,
    position: String(offset + revision + 1).padStart(12, '0') as Position,
    data: fact.data,
    metadata: {},
    recordedAt: new Date(new Date(from).getTime() + revision * 1000),
  }));
}

/** Applies a batch as the runner does, with rows round-tripped through JSON as PostgreSQL's jsonb would. */
export function replay<Row extends object>(definition: ProjectionDefinition<Row>, table: ReadonlyMap<string, StoredRow<Row>>, batch: readonly RecordedEvent[]) {
  const next = new Map(table);
  const result = foldBatch(definition, table, batch);
  for (const stored of result.upserts) next.set(stored.key, JSON.parse(JSON.stringify(stored)) as StoredRow<Row>);
  for (const key of result.deletes) next.delete(key);
  return next;
}
