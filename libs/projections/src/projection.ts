import type { EventFilter, RecordedEvent } from '#event-store';

/**
 * A read model as a pure fold: `evolve(row, event) → row` per key, run by the shared runner. Rows are plain objects
 * whose keys are the table's column names; every projection table has a text `last_position` column, which is how
 * the runner makes replays idempotent (an event at or before a row's last position is skipped for that row).
 */
export interface ProjectionDefinition<Row extends ProjectionRow = ProjectionRow> {
  readonly name: string;
  readonly table: string;
  /** The table's primary-key column. */
  readonly keyColumn: string;
  readonly filter: EventFilter;
  /** The row an event touches; null: the projection ignores it. */
  key(event: RecordedEvent): string | null;
  /** Pure. null deletes the row. */
  evolve(row: Row | null, event: RecordedEvent): Row | null;
  /** Notifications and timers. Called after the batch commits, never while rebuilding. */
  sideEffects?(events: readonly RecordedEvent[]): Promise<void>;
}

export interface ProjectionRow {
  readonly last_position: string;
  readonly [column: string]: unknown;
}

/** The rebuild writes beside the live table, under its own checkpoint. */
export const rebuildTarget = (definition: ProjectionDefinition): ProjectionDefinition => ({
  ...definition,
  name: `${definition.name}__rebuild`,
  table: `${definition.table}__rebuild`,
  sideEffects: undefined,
});

const identifier = /^[a-z_][a-z0-9_]*$/;
export const quoteIdentifier = (name: string): string => {
  if (!identifier.test(name)) throw new Error(`not a safe SQL identifier: "${name}"`);
  return `"${name}"`;
};
