import { parseArgs } from 'node:util';
import { createDataSource } from '#database';
import { PostgresEventStore } from '#event-store';
import { reportedProjections, runProcess } from '#platform';
import { projectionStatus, rebuildProjection } from '#projections';

const usage = `usage: npm run projections -- status
       npm run projections -- rebuild <name>     (blue/green: the live table serves until the switch)`;

/** Operations on the read models, against DATABASE_URL (or the embedded database, when no app holds it). */
async function main(argv: readonly string[], url: string, preparedStatements: boolean): Promise<number> {
  const { positionals } = parseArgs({ args: [...argv], allowPositionals: true });
  const [command, name] = positionals;
  const db = createDataSource({ url: url, poolSize: 4 });
  await db.initialize();
  const store = PostgresEventStore.connect(url, { poolSize: 4, preparedStatements });
  try {
    if (command === 'status') {
      const statuses = await Promise.all(reportedProjections().map((p) => projectionStatus(store, db, p)));
      console.table(statuses.map((s) => ({ ...s })));
      return 0;
    }
    if (command === 'rebuild') {
      const definition = reportedProjections().find((p) => p.name === name);
      if (!definition) {
        console.error(`no projection named "${name ?? ''}"; known: ${reportedProjections().map((p) => p.name).join(', ')}`);
        return 2;
      }
      const started = Date.now();
      const { position } = await rebuildProjection(store, db, definition, { log: (message, error) => console.error(message, error) });
      console.log(`rebuilt ${definition.name} to ${position} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return 0;
    }
    console.error(usage);
    return 2;
  } finally {
    await store.close();
    await db.destroy();
  }
}

await runProcess(async (config) => {
  process.exitCode = await main(process.argv.slice(2), config.DATABASE_URL, config.DATABASE_PREPARED_STATEMENTS);
}, { embedded: true });
