import { START, type Position } from '#event-store';
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

/** The pg connection under a QueryRunner: statements sent together, in one round trip, need its simple protocol. */
export interface Connection {
  query(sql: string): Promise<unknown>;
  escapeLiteral(value: string): string;
}

/** The results of a simple-protocol query, one per statement. */
const resultsOf = <Row>(results: unknown): { rowCount: number | null; rows: Row[] }[] =>
  (Array.isArray(results) ? results : [results]) as { rowCount: number | null; rows: Row[] }[];

/**
 * A batch's first statement: moves the checkpoint from `expected` to `to` if it is still at `expected` (and, with a
 * fence, if the runner still holds its advisory lock). Its row lock, taken before any read-model table is touched,
 * is what orders a batch against a rebuild's swap, which takes the same lock first; nothing is visible until the
 * batch commits. `begin` sends the BEGIN with it: lock, compare-and-set, move and the transaction's start are one
 * round trip (values are escaped literals, since several statements cannot carry parameters). `then` is sent in the
 * same round trip after the claim (the batch's read of its rows) and its rows returned; it runs even when the claim
 * is refused, and the caller rolls back. The reason is looked up only on a refusal. Without side effects, both
 * positions move together.
 */
export async function claimCheckpoint<Row = never>(
  connection: Connection,
  claim: { name: string; expected: Position; to: Position; withEffects: boolean; fence?: LockFence; begin?: boolean; then?: string },
): Promise<Row[]> {
  const literal = (value: string | number | bigint) => connection.escapeLiteral(String(value));
  const held = (fence?: LockFence) => (fence ? lockHeldSql(literal(fence.key), literal(fence.pid)) : 'true');
  const update = `UPDATE projection_checkpoints
      SET position = ${literal(claim.to)}, effects_position = ${claim.withEffects ? 'effects_position' : literal(claim.to)}, updated_at = now()
    WHERE name = ${literal(claim.name)} AND position = ${literal(claim.expected)} AND ${held(claim.fence)}`;
  const statements = [...(claim.begin ? ['BEGIN'] : []), update, ...(claim.then ? [claim.then] : [])];
  const results = resultsOf<Row>(await connection.query(statements.join(';\n')));
  if (results[claim.begin ? 1 : 0]?.rowCount === 1) return claim.then ? results.at(-1)!.rows : [];
  const [found] = resultsOf<{ position: string; held: boolean }>(
    await connection.query(`SELECT position, ${held(claim.fence)} AS held FROM projection_checkpoints WHERE name = ${literal(claim.name)}`),
  );
  const row = found?.rows[0];
  if (!row) throw new CheckpointMoved(`projection ${claim.name}: no checkpoint row`);
  if (!row.held) throw new LockLost(`projection ${claim.name}: this runner no longer holds its lock`);
  throw new CheckpointMoved(`projection ${claim.name}: checkpoint is "${row.position}", expected "${claim.expected}"`);
}

/** Only forwards: a slower runner that lost its lock cannot move it back. Positions order bytewise (COLLATE "C"). */
export async function advanceEffects(db: Queryable, name: string, to: Position): Promise<void> {
  await db.query('UPDATE projection_checkpoints SET effects_position = $2 WHERE name = $1 AND effects_position < $2 COLLATE "C"', [name, to]);
}
