import type { DataSource } from 'typeorm';
import { START, type EventStore, type Position } from '#event-store';
import { isLockHeldSql } from './projection-lock.js';
import { rebuildTarget, type ProjectionDefinition } from './projection.js';

export interface ProjectionStatus {
  readonly name: string;
  readonly checkpoint: Position;
  readonly head: Position;
  /** Matching events not yet applied, counted up to `LAG_COUNT_CAP`. */
  readonly eventsBehind: number;
  /** Age of the oldest event not yet applied; 0 when caught up. */
  readonly secondsBehind: number;
  /** Some process holds this projection's runner lock. */
  readonly active: boolean;
  readonly rebuilding: boolean;
}

/** Counting further would make the health check itself slow; "at least this many" is what an operator needs. */
export const LAG_COUNT_CAP = 10_000;

/** Read from the database, so any process (api or worker) can report every projection's lag. */
export async function projectionStatus(
  store: EventStore,
  dataSource: DataSource,
  definition: ProjectionDefinition,
  now: () => Date = () => new Date(),
): Promise<ProjectionStatus> {
  const rebuild = rebuildTarget(definition).name;
  const checkpoints: { name: string; position: string }[] = await dataSource.query(
    'SELECT name, position FROM projection_checkpoints WHERE name = ANY($1)',
    [[definition.name, rebuild]],
  );
  const checkpoint = (checkpoints.find((c) => c.name === definition.name)?.position ?? START) as Position;
  const [head, pending, lock] = await Promise.all([
    store.headPosition(),
    store.readAll({ after: checkpoint, filter: definition.filter, maxCount: LAG_COUNT_CAP }),
    dataSource.query(isLockHeldSql, [definition.name]) as Promise<{ held: boolean }[]>,
  ]);
  const oldest = pending[0];
  return {
    name: definition.name,
    checkpoint,
    head,
    eventsBehind: pending.length,
    secondsBehind: oldest ? Math.max(0, (now().getTime() - oldest.recordedAt.getTime()) / 1000) : 0,
    active: Boolean(lock[0]?.held),
    rebuilding: checkpoints.some((c) => c.name === rebuild),
  };
}
