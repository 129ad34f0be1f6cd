import type { DataSource } from 'typeorm';
import { START, type EventStore, type Position } from '#event-store';
import { readCheckpoint } from './checkpoints.js';
import { lockHeldSql, projectionLockKey } from './projection-lock.js';
import { rebuildTarget, type ProjectionDefinition } from './projection.js';

export interface ProjectionStatus {
  readonly name: string;
  readonly checkpoint: Position;
  readonly head: Position;
  /** Matching events not yet applied, counted up to `LAG_COUNT_CAP`. */
  readonly eventsBehind: number;
  /** Age of the oldest matching event not yet applied; 0 when caught up. */
  readonly secondsBehind: number;
  /** Some process holds this projection's runner lock. */
  readonly active: boolean;
  /** Some process is rebuilding it. */
  readonly rebuilding: boolean;
}

/** Counting further would make the health check itself slow; "at least this many" is what an operator needs. */
export const LAG_COUNT_CAP = 10_000;

/** Read from the database and the store, so any process (api or worker) can report every projection's lag. */
export async function projectionStatus(
  store: EventStore,
  dataSource: DataSource,
  definition: ProjectionDefinition,
  now: () => Date = () => new Date(),
): Promise<ProjectionStatus> {
  const checkpoint = (await readCheckpoint(dataSource, definition.name))?.position ?? START;
  const [head, pending, locks] = await Promise.all([
    store.headPosition(),
    store.readAll({ after: checkpoint, filter: definition.filter, maxCount: LAG_COUNT_CAP }),
    dataSource.query(`SELECT ${lockHeldSql('$1')} AS active, ${lockHeldSql('$2')} AS rebuilding`, [
      projectionLockKey(definition.name).toString(),
      projectionLockKey(rebuildTarget(definition).name).toString(),
    ]) as Promise<{ active: boolean; rebuilding: boolean }[]>,
  ]);
  const oldest = pending[0];
  return {
    name: definition.name,
    checkpoint,
    head,
    eventsBehind: pending.length,
    secondsBehind: oldest ? Math.max(0, (now().getTime() - oldest.recordedAt.getTime()) / 1000) : 0,
    active: locks[0]?.active ?? false,
    rebuilding: locks[0]?.rebuilding ?? false,
  };
}

/** Every projection's status, for the readiness endpoint. */
export const projectionStatuses = (
  store: EventStore,
  dataSource: DataSource,
  definitions: readonly ProjectionDefinition[],
): Promise<ProjectionStatus[]> => Promise.all(definitions.map((definition) => projectionStatus(store, dataSource, definition)));
