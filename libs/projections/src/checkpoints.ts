import { START, type Position } from '#event-store';
import type { QueryRunner } from 'typeorm';
import { lockHeldSql, type LockFence } from './projection-lock.js';

/**
 * `position`: the last event applied to the read model. `effects_position`: the last event whose side effects ran;
 * it trails `position` between a batch's commit and the end of its side effects, and after a rebuild hands over
 * events the live runner never saw.
 */
export interface Checkpoint {
  readonly position: Position;
  readonly effectsPosition: Position;
}

/** A DataSource or a QueryRunner. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Queryable = { query(sql: string, parameters?: unknown[]): Promise<any> };

/** Another runner (or a rebuild) moved the checkpoint: this runner stops and starts over from what is stored. */
export class CheckpointMoved extends Error {
  override readonly name = 'CheckpointMoved';
}

/** The runner's lock session is gone: whatever it was doing must not commit. */
export class LockLost extends Error {
  override readonly name = 'LockLost';
}

export async function ensureCheckpoint(db: Queryable, name: string): Promise<Checkpoint> {
  await db.query(`INSERT INTO projection_checkpoints (name, position, effects_position) VALUES ($1, '', '') ON CONFLICT (name) DO NOTHING`, [name]);
  return (await readCheckpoint(db, name)) ?? { position: START, effectsPosition: START };
}

export async function readCheckpoint(db: Queryable, name: string): Promise<Checkpoint | null> {
  const rows: { position: string; effects_position: string }[] = await db.query(
    'SELECT position, effects_position FROM projection_checkpoints WHERE name = $1',
    [name],
  );
  const row = rows[0];
  return row ? { position: row.position as Position, effectsPosition: row.effects_position as Position } : null;
}

/**
 * Locks the checkpoint row for the rest of the transaction and checks it is still at `expected` (and, with a fence,
 * that the runner still holds its advisory lock). Taking this row lock first is what orders a batch against a
 * rebuild's swap, which takes the same lock before touching the tables.
 */
export async function lockCheckpoint(tx: Queryable, name: string, expected: Position, fence?: LockFence): Promise<void> {
  const held = fence ? lockHeldSql('$2', '$3') : 'true';
  const rows: { position: string; held: boolean }[] = await tx.query(
    `SELECT position, ${held} AS held FROM projection_checkpoints WHERE name = $1 FOR UPDATE`,
    fence ? [name, fence.key.toString(), fence.pid] : [name],
  );
  const row = rows[0];
  if (!row) throw new CheckpointMoved(`projection ${name}: no checkpoint row`);
  if (!row.held) throw new LockLost(`projection ${name}: this runner no longer holds its lock`);
  if (row.position !== expected) throw new CheckpointMoved(`projection ${name}: checkpoint is "${row.position}", expected "${expected}"`);
}

/** Compare-and-set: 0 rows means someone else moved it. Without side effects, both positions move together. */
export async function advanceCheckpoint(tx: QueryRunner, name: string, from: Position, to: Position, withEffects: boolean): Promise<void> {
  const result = await tx.query(
    `UPDATE projection_checkpoints
        SET position = $3, effects_position = CASE WHEN $4 THEN effects_position ELSE $3 END, updated_at = now()
      WHERE name = $1 AND position = $2`,
    [name, from, to, withEffects],
    true,
  );
  if (result.affected !== 1) throw new CheckpointMoved(`projection ${name}: checkpoint moved during the batch`);
}

/** Only forwards: a slower runner that lost its lock cannot move it back. Positions order bytewise (COLLATE "C"). */
export async function advanceEffects(db: Queryable, name: string, to: Position): Promise<void> {
  await db.query('UPDATE projection_checkpoints SET effects_position = $2 WHERE name = $1 AND effects_position < $2 COLLATE "C"', [name, to]);
}
