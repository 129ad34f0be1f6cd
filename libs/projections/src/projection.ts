import type { EventFilter, RecordedEvent } from '#event-store';

/**
 * A read model as a pure fold, run by the shared runner (projection-runner.ts).
 *
 * A row is a plain object whose property names are the table's column names and whose values are JSON (text,
 * numbers, booleans, ISO instants, objects for jsonb columns). The runner reads rows with `to_jsonb` and writes them
 * with `jsonb_populate_recordset`, so the table's own column types do the conversion and no projection writes a
 * mapper. Besides its row's columns, every projection table has `last_position text NOT NULL`: the position of the
 * last event applied to that row, written by the runner alone, never seen by `evolve`.
 */
export interface ProjectionDefinition<Row extends object = ProjectionRow> {
  /** Names the checkpoint and the runner lock; stable for the life of the read model. */
  readonly name: string;
  /** The live read-model table, created by a migration. */
  readonly table: string;
  /**
   * The table's primary-key column; a row's value there is the `key` of the events that touch it (checked on every
   * evolve). A plain string so definitions of different rows fit in one list.
   */
  readonly keyColumn: string;
  readonly filter: EventFilter;
  /** The row an event touches; null: the projection ignores the event. */
  key(event: RecordedEvent): string | null;
  /** Pure. Returning null deletes the row. */
  evolve(row: Row | null, event: RecordedEvent): Row | null;
  /**
   * Notifications and timers. At least once per event, after the batch's rows are committed, never while
   * rebuilding: make them idempotent (e.g. a job id derived from the event id).
   */
  sideEffects?(events: readonly RecordedEvent[], context: SideEffectContext): Promise<void>;
}

export type ProjectionRow = Record<string, unknown>;

export interface SideEffectContext {
  readonly projection: string;
  /** Aborted when the runner stops or loses its lock. */
  readonly signal: AbortSignal;
}

/** Where runners report failures; the default is console.error. */
export type ProjectionLog = (message: string, error?: unknown) => void;

/** The rebuild writes beside the live table, under its own checkpoint and lock, with side effects off. */
export const rebuildTarget = <Row extends object>(definition: ProjectionDefinition<Row>): ProjectionDefinition<Row> => ({
  ...definition,
  name: `${definition.name}__rebuild`,
  table: `${definition.table}__rebuild`,
  sideEffects: undefined,
});

const safeIdentifier = /^[a-z_][a-z0-9_]*$/;

/** Table and column names come from code, not users; anything unusual is a mistake worth failing on. */
export const quoteIdentifier = (name: string): string => {
  if (!safeIdentifier.test(name)) throw new Error(`not a safe SQL identifier: "${name}"`);
  return `"${name}"`;
};
