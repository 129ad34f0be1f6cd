import type { DataSource, QueryRunner } from 'typeorm';
import { START, type EventStore, type Position } from '#event-store';
import { applyBatch } from './apply-batch.js';
import { LockLost } from './checkpoints.js';
import { connectionConfig, ProjectionLock, type LockFence } from './projection-lock.js';
import { quoteIdentifier, rebuildTarget, type ProjectionDefinition, type ProjectionLog } from './projection.js';

export interface RebuildOptions {
  readonly batchSize?: number;
  readonly log?: ProjectionLog;
}

export class RebuildAlreadyRunning extends Error {
  override readonly name = 'RebuildAlreadyRunning';
}

/**
 * Blue/green: replays every event from the start into `<table>__rebuild` under the checkpoint `<name>__rebuild`,
 * side effects off, while the live table keeps serving and its runner keeps following. Then one transaction takes
 * the live checkpoint's row lock (so no live batch runs meanwhile), applies the last events, swaps the tables, keeps
 * the live index names, and moves the rebuilt checkpoint to the live name. The live runner's next compare-and-set
 * fails; it re-acquires and continues from the rebuilt checkpoint. The live `effects_position` is left where it was,
 * so the live runner later runs the side effects of events only the rebuild applied, and no others.
 */
export async function rebuildProjection(
  store: EventStore,
  dataSource: DataSource,
  definition: ProjectionDefinition,
  options: RebuildOptions = {},
): Promise<{ position: Position }> {
  const target = rebuildTarget(definition);
  const lock = await ProjectionLock.tryAcquire(connectionConfig(dataSource), target.name);
  if (!lock) throw new RebuildAlreadyRunning(`a rebuild of projection ${definition.name} is already running`);
  const live = quoteIdentifier(definition.table);
  const next = quoteIdentifier(target.table);
  try {
    await dataSource.query(`DROP TABLE IF EXISTS ${next}`);
    // Only the key while replaying: the secondary indexes are built once over the full table before the swap, which
    // is several times cheaper than maintaining each of them on every upsert of the replay.
    await dataSource.query(`CREATE TABLE ${next} (LIKE ${live} INCLUDING ALL EXCLUDING INDEXES)`);
    await dataSource.query(`ALTER TABLE ${next} ADD PRIMARY KEY (${quoteIdentifier(definition.keyColumn)})`);
    await copyStorageParameters(dataSource, definition.table, next);
    await dataSource.query(
      `INSERT INTO projection_checkpoints (name, position, effects_position) VALUES ($1, '', '')
       ON CONFLICT (name) DO UPDATE SET position = '', effects_position = '', updated_at = now()`,
      [target.name],
    );
    const caughtUp = await replay(store, dataSource, target, START, lock, options.batchSize ?? 500);
    // A new table has an empty visibility map: until a vacuum sets it, every index-only scan (the dashboard tiles'
    // counts) visits the heap, several times slower. VACUUM cannot run in a transaction, so it runs here, before the
    // swap (milliseconds for a freshly written table). No ANALYZE: over the folded-state jsonb it took 1.9 s per
    // 10,000 cases, a fifth of the rebuild; autovacuum's analyze (2%, the read models' migration) gathers statistics.
    await dataSource.query(`VACUUM ${next}`);
    await copyIndexes(dataSource, definition.table, target.table);
    // Building the indexes took a while: catch up again, so the swap's transaction (which holds the live batches) is short.
    const replayed = await replay(store, dataSource, target, caughtUp, lock, options.batchSize ?? 500);
    return { position: await swap(store, dataSource, definition, replayed, lock.fence, options.batchSize ?? 500) };
  } catch (error) {
    (options.log ?? console.error)(`projection ${definition.name}: rebuild failed, the live table is untouched`, error);
    await dataSource.query(`DROP TABLE IF EXISTS ${next}`).catch(() => undefined);
    await dataSource.query('DELETE FROM projection_checkpoints WHERE name = $1', [target.name]).catch(() => undefined);
    throw error;
  } finally {
    await lock.release();
  }
}

/** Catches the rebuild table up to what the log holds now, one transaction per batch. */
async function replay(
  store: EventStore,
  dataSource: DataSource,
  target: ProjectionDefinition,
  from: Position,
  lock: ProjectionLock,
  batchSize: number,
): Promise<Position> {
  let checkpoint = from;
  const read = (after: Position) => store.readAll({ after, filter: target.filter, maxCount: batchSize });
  let ahead = read(checkpoint);
  for (;;) {
    if (lock.lost.aborted) throw new LockLost(`projection ${target.name}: lost the rebuild lock`);
    const batch = await ahead;
    if (batch.length === 0) return checkpoint;
    // The next read runs while this batch is written: the log's reads and the table's writes overlap.
    ahead = read(batch.at(-1)!.position);
    ahead.catch(() => undefined);
    const tx = dataSource.createQueryRunner();
    try {
      checkpoint = await applyBatch(tx, target, batch, { expected: checkpoint, fence: lock.fence });
    } finally {
      await tx.release();
    }
  }
}

async function swap(
  store: EventStore,
  dataSource: DataSource,
  definition: ProjectionDefinition,
  replayed: Position,
  fence: LockFence,
  batchSize: number,
): Promise<Position> {
  const target = rebuildTarget(definition);
  const live = quoteIdentifier(definition.table);
  const old = quoteIdentifier(`${definition.table}__old`);
  const next = quoteIdentifier(target.table);
  await dataSource.query(`INSERT INTO projection_checkpoints (name, position, effects_position) VALUES ($1, '', '') ON CONFLICT (name) DO NOTHING`, [
    definition.name,
  ]);
  const tx = dataSource.createQueryRunner();
  try {
    await tx.startTransaction();
    await tx.query('SELECT 1 FROM projection_checkpoints WHERE name = $1 FOR UPDATE', [definition.name]);
    let checkpoint = replayed;
    for (;;) {
      const batch = await store.readAll({ after: checkpoint, filter: definition.filter, maxCount: batchSize });
      if (batch.length === 0) break;
      checkpoint = await applyBatch(tx, target, batch, { expected: checkpoint, fence, ownTransaction: false });
    }
    const indexNames = await matchIndexes(tx, definition.table, target.table);
    await tx.query(`ALTER TABLE ${live} RENAME TO ${old}`);
    await tx.query(`ALTER TABLE ${next} RENAME TO ${live}`);
    await tx.query(`DROP TABLE ${old}`);
    for (const [rebuilt, original] of indexNames) await tx.query(`ALTER INDEX ${quoteName(rebuilt)} RENAME TO ${quoteName(original)}`);
    await tx.query('UPDATE projection_checkpoints SET position = $2, updated_at = now() WHERE name = $1', [definition.name, checkpoint]);
    await tx.query('DELETE FROM projection_checkpoints WHERE name = $1', [target.name]);
    await tx.commitTransaction();
    return checkpoint;
  } catch (error) {
    if (tx.isTransactionActive) await tx.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await tx.release();
  }
}

/** Every secondary index of the live table, built on the rebuild table under a derived name (the swap renames it back). */
async function copyIndexes(dataSource: DataSource, liveTable: string, rebuildTable: string): Promise<void> {
  const rows: { indexname: string; indexdef: string }[] = await dataSource.query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = $1
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = to_regclass(quote_ident(i.schemaname) || '.' || quote_ident(i.indexname)) AND c.contype = 'p')
      ORDER BY i.indexname`,
    [liveTable],
  );
  for (const { indexname, indexdef } of rows) {
    const shape = indexdef.replace(/^CREATE (UNIQUE )?INDEX \S+ ON \S+ /, '');
    const unique = /^CREATE UNIQUE /.test(indexdef) ? 'UNIQUE ' : '';
    await dataSource.query(`CREATE ${unique}INDEX ${quoteName(`${indexname.slice(0, 54)}__rebuild`)} ON ${quoteIdentifier(rebuildTable)} ${shape}`);
  }
}

/** `LIKE` copies no storage parameters: the live table's autovacuum settings (a migration's) go with the rebuilt one. */
async function copyStorageParameters(dataSource: DataSource, liveTable: string, rebuildTable: string): Promise<void> {
  const rows: { reloptions: string[] | null }[] = await dataSource.query('SELECT reloptions FROM pg_class WHERE oid = to_regclass($1)', [quoteIdentifier(liveTable)]);
  const options = rows[0]?.reloptions ?? [];
  if (options.length === 0) return;
  // pg_class spells each option name=value with the name an identifier and the value a plain token, as SET takes them.
  await dataSource.query(`ALTER TABLE ${rebuildTable} SET (${options.join(', ')})`);
}

/** Catalogue names, quoted for any spelling. */
const quoteName = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * `LIKE … INCLUDING ALL` gives the copies generated names; pairing each with the live index of the same definition
 * lets the swap give them back the live names, which later migrations may refer to.
 */
async function matchIndexes(tx: QueryRunner, liveTable: string, rebuildTable: string): Promise<[string, string][]> {
  const indexes = async (table: string) => {
    const rows: { indexname: string; indexdef: string }[] = await tx.query(
      'SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1 ORDER BY indexname',
      [table],
    );
    return rows.map((row) => ({ name: row.indexname, shape: row.indexdef.replace(/^CREATE (UNIQUE )?INDEX \S+ ON \S+ /, '$1') }));
  };
  const rebuilt = await indexes(rebuildTable);
  const pairs: [string, string][] = [];
  for (const original of await indexes(liveTable)) {
    const match = rebuilt.findIndex((index) => index.shape === original.shape);
    if (match < 0) continue;
    const [copy] = rebuilt.splice(match, 1);
    if (copy!.name !== original.name) pairs.push([copy!.name, original.name]);
  }
  return pairs;
}
