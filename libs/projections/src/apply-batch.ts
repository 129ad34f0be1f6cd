import { randomBytes } from 'node:crypto';
import type { Position, RecordedEvent } from '#event-store';
import type { QueryRunner } from 'typeorm';
import { claimCheckpoint, type Connection } from './checkpoints.js';
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
 * One batch, one transaction, two round trips whatever its size: BEGIN, the checkpoint's compare-and-set and the read
 * of the touched rows sent together, the rows folded in memory, then one multi-row upsert, one delete and COMMIT sent
 * together. The checkpoint moves with the rows or not at all: a failed statement stops the rest of its query, COMMIT
 * included, and the transaction is rolled back. Round trips are what a batch costs when the runner shares its event
 * loop with the api under load. Returns the new checkpoint.
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
  const connection = (await tx.connect()) as Connection;
  try {
    const keys = [...new Set(events.map((event) => definition.key(event)).filter((key) => key !== null))];
    const loaded = await claimCheckpoint<{ key: string; position: Position; row: ProjectionRow }>(connection, {
      name: definition.name,
      expected: options.expected,
      to: last.position,
      withEffects: definition.sideEffects !== undefined,
      fence: options.fence,
      begin: ownTransaction,
      then: loadSql(connection, definition, keys),
    });
    const stored = new Map(loaded.map((row) => [row.key, row]));
    const { upserts, deletes } = foldBatch(definition, stored, events);
    const writes = [...upsertSql(connection, definition, upserts), ...deleteSql(connection, definition, deletes)];
    // The test hook runs between the writes and the commit, so there COMMIT goes on its own.
    const commitWithWrites = ownTransaction && !options.beforeCommit;
    if (writes.length > 0 || commitWithWrites) await connection.query([...writes, ...(commitWithWrites ? ['COMMIT'] : [])].join(';\n'));
    if (options.beforeCommit) {
      await options.beforeCommit(events);
      if (ownTransaction) await connection.query('COMMIT');
    }
    return last.position;
  } catch (error) {
    // Also when BEGIN went through and its claim failed; outside a transaction ROLLBACK only warns.
    if (ownTransaction) await connection.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** The batch's rows, read in the claim's round trip; none to read, no statement. */
function loadSql(connection: Connection, definition: ProjectionDefinition, keys: readonly string[]): string | undefined {
  if (keys.length === 0) return undefined;
  const key = quoteIdentifier(definition.keyColumn);
  return `SELECT t.${key}::text AS key, t.last_position AS position, to_jsonb(t) - 'last_position' AS row
    FROM ${quoteIdentifier(definition.table)} t WHERE t.${key} = ANY(${keyArray(connection, keys)})`;
}

/** An untyped array literal takes the key column's type, so the primary key's index serves the lookup. */
const keyArray = (connection: Connection, keys: readonly string[]) => connection.escapeLiteral(`{${keys.map((key) => `"${key.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`);

/** One statement for the whole batch: PostgreSQL casts each JSON value to its column's type. */
function upsertSql(connection: Connection, definition: ProjectionDefinition, upserts: readonly StoredRow<ProjectionRow>[]): string[] {
  if (upserts.length === 0) return [];
  const table = quoteIdentifier(definition.table);
  const key = quoteIdentifier(definition.keyColumn);
  const columns = [...new Set(upserts.flatMap(({ row }) => Object.keys(row))), 'last_position'].map(quoteIdentifier);
  const updates = columns.filter((column) => column !== key).map((column) => `${column} = EXCLUDED.${column}`);
  const rows = JSON.stringify(upserts.map(({ row, position }) => ({ ...row, last_position: position })));
  return [
    `INSERT INTO ${table} (${columns.join(', ')})
     SELECT ${columns.join(', ')} FROM jsonb_populate_recordset(NULL::${table}, ${dollarQuoted(rows)}::jsonb)
     ON CONFLICT (${key}) DO UPDATE SET ${updates.join(', ')}`,
  ];
}

/**
 * A string constant PostgreSQL reads as it is: dollar-quoted with a tag the text does not contain. A batch's rows run
 * to megabytes, which escaping character by character (and lexing the escapes) made a rebuild half as fast.
 */
function dollarQuoted(text: string): string {
  let tag = `rows_${randomBytes(6).toString('hex')}`;
  while (text.includes(tag)) tag = `rows_${randomBytes(6).toString('hex')}`;
  return `$${tag}$${text}$${tag}$`;
}

function deleteSql(connection: Connection, definition: ProjectionDefinition, deletes: readonly string[]): string[] {
  if (deletes.length === 0) return [];
  return [`DELETE FROM ${quoteIdentifier(definition.table)} WHERE ${quoteIdentifier(definition.keyColumn)} = ANY(${keyArray(connection, deletes)})`];
}
