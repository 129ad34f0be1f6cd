import type { Position, RecordedEvent } from '#event-store';
import type { QueryRunner } from 'typeorm';
import { quoteIdentifier, type ProjectionDefinition, type ProjectionRow } from './projection.js';

/** Another runner moved the checkpoint: this one must stop and start over from what is stored. */
export class CheckpointMoved extends Error {
  override readonly name = 'CheckpointMoved';
}

/** Lock the checkpoint row for this transaction; create it at START the first time. */
export async function lockCheckpoint(tx: QueryRunner, name: string): Promise<Position> {
  await tx.query(`INSERT INTO projection_checkpoints (name, position) VALUES ($1, '') ON CONFLICT (name) DO NOTHING`, [name]);
  const rows: { position: string }[] = await tx.query('SELECT position FROM projection_checkpoints WHERE name = $1 FOR UPDATE', [name]);
  return rows[0]!.position as Position;
}

/** Fold the batch into the touched rows, in memory. Events already reflected in a row are skipped for it. */
export function foldBatch(
  definition: ProjectionDefinition,
  current: ReadonlyMap<string, ProjectionRow>,
  events: readonly RecordedEvent[],
): { upserts: ProjectionRow[]; deletes: string[] } {
  const rows = new Map<string, ProjectionRow | null>();
  for (const event of events) {
    const key = definition.key(event);
    if (key === null) continue;
    const row = rows.has(key) ? rows.get(key)! : (current.get(key) ?? null);
    if (row && row.last_position >= event.position) continue;
    const next = definition.evolve(row, event);
    rows.set(key, next && { ...next, last_position: event.position });
  }
  const upserts: ProjectionRow[] = [];
  const deletes: string[] = [];
  for (const [key, row] of rows) {
    if (row) upserts.push(row);
    else if (current.has(key)) deletes.push(key);
  }
  return { upserts, deletes };
}

/**
 * One batch, one transaction: the read-model rows and the checkpoint move together or not at all. The checkpoint is
 * compared-and-set against what this runner last saw, so two runners can never both apply a batch.
 */
export async function applyBatch(
  tx: QueryRunner,
  definition: ProjectionDefinition,
  events: readonly RecordedEvent[],
  expectedCheckpoint: Position,
  beforeCommit?: () => Promise<void>,
  { ownTransaction }: { ownTransaction: boolean } = { ownTransaction: true },
): Promise<Position> {
  const last = events[events.length - 1];
  if (!last) return expectedCheckpoint;
  const table = quoteIdentifier(definition.table);
  const key = quoteIdentifier(definition.keyColumn);
  if (ownTransaction) await tx.startTransaction();
  try {
    const stored = await lockCheckpoint(tx, definition.name);
    if (stored !== expectedCheckpoint) throw new CheckpointMoved(`${definition.name}: checkpoint is ${stored}, expected ${expectedCheckpoint}`);
    const keys = [...new Set(events.map((e) => definition.key(e)).filter((k): k is string => k !== null))];
    const loaded: { row: ProjectionRow }[] = keys.length
      ? await tx.query(`SELECT to_jsonb(t) AS row FROM ${table} t WHERE t.${key} = ANY($1)`, [keys])
      : [];
    const current = new Map(loaded.map(({ row }) => [String(row[definition.keyColumn]), row]));
    const { upserts, deletes } = foldBatch(definition, current, events);
    if (upserts.length) await upsertRows(tx, table, key, upserts);
    if (deletes.length) await tx.query(`DELETE FROM ${table} WHERE ${key} = ANY($1)`, [deletes]);
    const moved = await tx.query(
      'UPDATE projection_checkpoints SET position = $2, updated_at = now() WHERE name = $1 AND position = $3',
      [definition.name, last.position, expectedCheckpoint],
    );
    if (moved[1] !== 1) throw new CheckpointMoved(`${definition.name}: checkpoint moved during the batch`);
    await beforeCommit?.();
    if (ownTransaction) await tx.commitTransaction();
    return last.position;
  } catch (error) {
    if (ownTransaction && tx.isTransactionActive) await tx.rollbackTransaction().catch(() => undefined);
    throw error;
  }
}

/** One multi-row statement: PostgreSQL maps the JSON objects' keys onto the table's typed columns. */
async function upsertRows(tx: QueryRunner, table: string, key: string, rows: readonly ProjectionRow[]): Promise<void> {
  const columns = Object.keys(rows[0]!).map(quoteIdentifier);
  const updates = columns.filter((c) => c !== key).map((c) => `${c} = EXCLUDED.${c}`);
  await tx.query(
    `INSERT INTO ${table} (${columns.join(', ')})
     SELECT ${columns.join(', ')} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)
     ON CONFLICT (${key}) DO UPDATE SET ${updates.join(', ')}`,
    [JSON.stringify(rows)],
  );
}
