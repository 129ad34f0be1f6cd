import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource, prepareTestDatabase } from '#database';
import type { Position } from '#event-store';
import { CheckpointMoved, claimCheckpoint, ensureCheckpoint, LockLost, readCheckpoint, type Connection } from './checkpoints.js';
import { connectionConfig, ProjectionLock } from './projection-lock.js';

/** The batch's first statement locks, checks and moves the checkpoint in one; a refusal says why and moves nothing. */
describe('claimCheckpoint', () => {
  let db: DataSource;
  let name: string;
  let lock: ProjectionLock;

  const inTransaction = async (work: (tx: ReturnType<DataSource['createQueryRunner']>) => Promise<unknown>) => {
    const tx = db.createQueryRunner();
    await tx.startTransaction();
    try {
      await work(tx);
      await tx.commitTransaction();
    } catch (error) {
      await tx.rollbackTransaction();
      throw error;
    } finally {
      await tx.release();
    }
  };

  const claim = async (tx: ReturnType<DataSource['createQueryRunner']>, args: Parameters<typeof claimCheckpoint>[1]) =>
    claimCheckpoint((await tx.connect()) as Connection, args);

  beforeAll(async () => {
    db = await createDataSource({ url: await prepareTestDatabase(), poolSize: 2 }).initialize();
  });
  beforeEach(async () => {
    name = `claim_spec_${randomBytes(4).toString('hex')}`;
    await ensureCheckpoint(db, name);
    lock = (await ProjectionLock.tryAcquire(connectionConfig(db), name))!;
  });
  afterEach(async () => {
    await lock.release();
    await db.query('DELETE FROM projection_checkpoints WHERE name = $1', [name]);
  });
  afterAll(async () => db.destroy());

  it('moves both positions from the expected one, or only the read-model position when side effects trail it', async () => {
    await inTransaction((tx) => claim(tx, { name, expected: '' as Position, to: '0/10' as Position, withEffects: false, fence: lock.fence }));
    expect(await readCheckpoint(db, name)).toEqual({ position: '0/10', effectsPosition: '0/10' });
    await inTransaction((tx) => claim(tx, { name, expected: '0/10' as Position, to: '0/20' as Position, withEffects: true, fence: lock.fence }));
    expect(await readCheckpoint(db, name)).toEqual({ position: '0/20', effectsPosition: '0/10' });
  });

  it('refuses with CheckpointMoved when the checkpoint is not where the runner left it', async () => {
    await db.query(`UPDATE projection_checkpoints SET position = '0/5' WHERE name = $1`, [name]);
    await expect(inTransaction((tx) => claim(tx, { name, expected: '' as Position, to: '0/10' as Position, withEffects: false, fence: lock.fence }))).rejects.toThrow(CheckpointMoved);
    expect((await readCheckpoint(db, name))?.position).toBe('0/5');
  });

  it('refuses with LockLost when the runner no longer holds its advisory lock', async () => {
    const fence = lock.fence;
    await lock.release();
    lock = (await ProjectionLock.tryAcquire(connectionConfig(db), name))!;
    await expect(inTransaction((tx) => claim(tx, { name, expected: '' as Position, to: '0/10' as Position, withEffects: false, fence }))).rejects.toThrow(LockLost);
    expect((await readCheckpoint(db, name))?.position).toBe('');
  });

  it('sends the batch\'s read after the claim in the same round trip and returns its rows, in the transaction it began', async () => {
    const tx = db.createQueryRunner();
    const connection = (await tx.connect()) as Connection;
    try {
      const rows = await claimCheckpoint<{ position: string }>(connection, {
        name, expected: '' as Position, to: '0/10' as Position, withEffects: false, fence: lock.fence, begin: true,
        then: `SELECT position FROM projection_checkpoints WHERE name = ${connection.escapeLiteral(name)}`,
      });
      // The read sees the claim's own move; nobody else does until the transaction BEGIN opened commits.
      expect(rows).toEqual([{ position: '0/10' }]);
      expect((await readCheckpoint(db, name))?.position).toBe('');
      await connection.query('COMMIT');
      expect((await readCheckpoint(db, name))?.position).toBe('0/10');
    } finally {
      await connection.query('ROLLBACK').catch(() => undefined);
      await tx.release();
    }
  });

  it('still refuses, moving nothing, when a read follows the claim', async () => {
    await db.query(`UPDATE projection_checkpoints SET position = '0/5' WHERE name = $1`, [name]);
    await expect(inTransaction((tx) => claim(tx, { name, expected: '' as Position, to: '0/10' as Position, withEffects: false, fence: lock.fence, then: 'SELECT 1 AS one' }))).rejects.toThrow(CheckpointMoved);
    expect((await readCheckpoint(db, name))?.position).toBe('0/5');
  });

  it('refuses with CheckpointMoved when there is no checkpoint row', async () => {
    await expect(inTransaction((tx) => claim(tx, { name: `${name}_missing`, expected: '' as Position, to: '0/10' as Position, withEffects: false }))).rejects.toThrow(CheckpointMoved);
  });
});
