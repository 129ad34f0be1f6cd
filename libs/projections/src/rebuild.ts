import type { DataSource } from 'typeorm';
import type { EventStore } from '#event-store';
import { applyBatch, lockCheckpoint } from './apply-batch.js';
import { ProjectionRunner } from './projection-runner.js';
import { quoteIdentifier, rebuildTarget, type ProjectionDefinition } from './projection.js';

/**
 * Blue/green: replay from the start into `<table>__rebuild` while the live table keeps serving (and its runner
 * keeps following), with side effects off; then, in one transaction that holds the live checkpoint (so no live
 * batch runs meanwhile), apply the last events, swap the tables and hand the rebuilt checkpoint to the live
 * projection. The live runner's next compare-and-set fails and it resumes from the new checkpoint.
 */
export async function rebuildProjection(store: EventStore, dataSource: DataSource, definition: ProjectionDefinition): Promise<void> {
  const target = rebuildTarget(definition);
  const live = quoteIdentifier(definition.table);
  const next = quoteIdentifier(target.table);
  await dataSource.query(`DROP TABLE IF EXISTS ${next}`);
  await dataSource.query(`CREATE TABLE ${next} (LIKE ${live} INCLUDING ALL)`);
  await dataSource.query('DELETE FROM projection_checkpoints WHERE name = $1', [target.name]);

  const replay = new ProjectionRunner(store, dataSource, target, { stopWhenCaughtUp: true, lockRetryMs: 200 });
  replay.start();
  await replay.finished;

  const tx = dataSource.createQueryRunner();
  try {
    await tx.startTransaction();
    await lockCheckpoint(tx, definition.name);
    let checkpoint = await lockCheckpoint(tx, target.name);
    for (;;) {
      const batch = await store.readAll({ after: checkpoint, filter: definition.filter, maxCount: 500 });
      if (batch.length === 0) break;
      checkpoint = await applyBatch(tx, target, batch, checkpoint, undefined, { ownTransaction: false });
    }
    const old = quoteIdentifier(`${definition.table}__old`);
    await tx.query(`ALTER TABLE ${live} RENAME TO ${old}`);
    await tx.query(`ALTER TABLE ${next} RENAME TO ${live}`);
    await tx.query(`DROP TABLE ${old}`);
    await tx.query('UPDATE projection_checkpoints SET position = $2, updated_at = now() WHERE name = $1', [definition.name, checkpoint]);
    await tx.query('DELETE FROM projection_checkpoints WHERE name = $1', [target.name]);
    await tx.commitTransaction();
  } catch (error) {
    if (tx.isTransactionActive) await tx.rollbackTransaction();
    throw error;
  } finally {
    await tx.release();
  }
}
