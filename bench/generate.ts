import 'reflect-metadata';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { allMigrations, ensureDatabase, runMigrations } from '#database';
import { PostgresEventStore } from '#event-store';
import { generateIntoStore } from './generate-data.js';

/**
 * `npm run generate -- --disputes 50000 [--seed 2026] [--concurrency 16] [--procedure full|brief]`: generated disputes (every path, fictional
 * people, decided by the real decider) appended to DATABASE_URL through the event store, for benchmarks and demos.
 * The worker projects them when it starts (or `npm run projections -- rebuild <name>`).
 */
const { values } = parseArgs({
  options: { disputes: { type: 'string', default: '50000' }, seed: { type: 'string', default: '2026' }, concurrency: { type: 'string', default: '16' }, procedure: { type: 'string', default: 'full' } },
});
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/labour_disputes_bench');
  process.exit(2);
}
await ensureDatabase(url);
await runMigrations(url, allMigrations);
const concurrency = Number(values.concurrency);
if (values.procedure !== 'full' && values.procedure !== 'brief') {
  console.error(`--procedure must be full or brief, not ${values.procedure}`);
  process.exit(2);
}
const procedure = values.procedure;
const store = PostgresEventStore.connect(url, { poolSize: concurrency });
try {
  const result = await generateIntoStore({
    store,
    disputes: Number(values.disputes),
    seed: Number(values.seed),
    concurrency,
    procedure,
    onProgress: ({ disputes, events }) => console.log(`  ${disputes} disputes, ${events} events`),
  });
  // A bulk load leaves the planner without statistics until autovacuum comes by: without them the projections'
  // catch-up read of the log (category filter, ordered by position) reads the whole rest of the log per batch.
  if (!result.alreadyGenerated) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('ANALYZE es_events, es_streams');
    await client.end();
  }
  console.log(
    result.alreadyGenerated
      ? `seed ${values.seed} is already in this database: nothing written`
      : `generated ${result.disputes} disputes (${result.events} events) in ${result.seconds.toFixed(1)} s (${Math.round(result.events / result.seconds)} events/s)`,
  );
} finally {
  await store.close();
}
