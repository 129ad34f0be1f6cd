import type { Position, RecordedEvent } from '#event-store';
import type { QueryRunner } from 'typeorm';
import { advanceCheckpoint, lockCheckpoint } from './checkpoints.js';
import { foldBatch, type StoredRow } from './fold.js';
import type { LockFence } from './projection-lock.js';
import { quoteIdentifier, type ProjectionDefinition, type ProjectionRow } from './projection.js';

export interface ApplyBatchOptions {
  /** The checkpoint this runner last saw: the compare-and-set fails if anyone else moved it. */
  readonly expected: Position;
  /** The runner's advisory lock, checked inside the transaction. */
  readonly fence?: LockFence;
  /** Fault injection for tests: runs after every write of the batch, before commit. */
  readonly beforeCommit?: (events: readonly RecordedEvent[]) => Promise<void>;
  /** False when the caller already opened the transaction (a rebuild's swap). */
  readonly ownTransaction?: boolean;
}

/**
 * One batch, one transaction: the touched rows are read in one query, folded in memory, written back with one
 * multi-row upsert and one delete, and the checkpoint moves with them or not at all. Returns the new checkpoint.
 */
export async function applyBatch(
  tx: QueryRunner,
  definition: ProjectionDefinition,
  events: readonly RecordedEvent[],
  options: ApplyBatchOptions,
): Promise<Position> {
  const last = events.at(-1);
  if (!last) return options.expected;
  const ownTransaction = options.ownTransaction ?? true;
  if (ownTransaction) await tx.startTransaction();
  try {
    await lockCheckpoint(tx, definition.name, options.expected, options.fence);
    const keys = [...new Set(events.map((event) => definition.key(event)).filter((key) => key !== null))];
    const stored = await loadRows(tx, definition, keys);
    const { upserts, deletes } = foldBatch(definition, stored, events);
    await upsertRows(tx, definition, upserts);
    if (deletes.length > 0) {
      await tx.query(`DELETE FROM ${quoteIdentifier(definition.table)} WHERE ${quoteIdentifier(definition.keyColumn)} = ANY($1)`, [deletes]);
    }
    await advanceCheckpoint(tx, definition.name, options.expected, last.position, definition.sideEffects !== undefined);
    await options.beforeCommit?.(events);
    if (ownTransaction) await tx.commitTransaction();
    return last.position;
  } catch (error) {
    if (ownTransaction && tx.isTransactionActive) await tx.rollbackTransaction().catch(() => undefined);
    throw error;
  }
}

async function loadRows(tx: QueryRunner, definition: ProjectionDefinition, keys: readonly string[]): Promise<Map<string, StoredRow<ProjectionRow>>> {
  if (keys.length === 0) return new Map();
  const key = quoteIdentifier(definition.keyColumn);
  const rows: { key: string; position: Position; row: ProjectionRow }[] = await tx.query(
    `SELECT t.${key}::text AS key, t.last_position AS position, to_jsonb(t) - 'last_position' AS row
       FROM ${quoteIdentifier(definition.table)} t WHERE t.${key} = ANY($1)`,
    [keys],
  );
  return new Map(rows.map((stored) => [stored.key, stored]));
}

/** One statement for the whole batch: PostgreSQL casts each JSON value to its column's type. */
async function upsertRows(tx: QueryRunner, definition: ProjectionDefinition, upserts: readonly StoredRow<ProjectionRow>[]): Promise<void> {
  if (upserts.length === 0) return;
  const table = quoteIdentifier(definition.table);
  const key = quoteIdentifier(definition.keyColumn);
  const columns = [...new Set(upserts.flatMap(({ row }) => Object.keys(row))), 'last_position'].map(quoteIdentifier);
  const updates = columns.filter((column) => column !== key).map((column) => `${column} = EXCLUDED.${column}`);
  await tx.query(
    `INSERT INTO ${table} (${columns.join(', ')})
     SELECT ${columns.join(', ')} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)
     ON CONFLICT (${key}) DO UPDATE SET ${updates.join(', ')}`,
    [JSON.stringify(upserts.map(({ row, position }) => ({ ...row, last_position: position })))],
  );
}
