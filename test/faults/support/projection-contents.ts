import type { DataSource } from 'typeorm';
import type { EventStore } from '#event-store';
import { quoteIdentifier, rebuildProjection, type ProjectionDefinition } from '#projections';

/** Every row of a projection's live table, as JSON text in key order: what "the same contents" compares. */
export async function projectionContents(dataSource: DataSource, definition: ProjectionDefinition): Promise<string[]> {
  const table = quoteIdentifier(definition.table);
  const rows: { row: string }[] = await dataSource.query(`SELECT to_jsonb(t)::text AS row FROM ${table} t ORDER BY ${quoteIdentifier(definition.keyColumn)}`);
  return rows.map((r) => r.row);
}

/**
 * Each projection's live contents, then the same after a clean blue/green rebuild from the first event. Run with no
 * runner active (the rebuild swaps the tables).
 */
export async function liveAndRebuilt(
  store: EventStore,
  dataSource: DataSource,
  definitions: readonly ProjectionDefinition[],
): Promise<{ name: string; live: string[]; rebuilt: string[] }[]> {
  const result = [];
  for (const definition of definitions) {
    const live = await projectionContents(dataSource, definition);
    await rebuildProjection(store, dataSource, definition, { batchSize: 1_000 });
    result.push({ name: definition.name, live, rebuilt: await projectionContents(dataSource, definition) });
  }
  return result;
}
