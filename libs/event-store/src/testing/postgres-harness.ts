import pg from 'pg';
import { PostgresEventStore, writeEvents } from '../postgres/postgres-event-store.js';
import type { ConformanceHarness } from './event-store.conformance.js';

/** The PostgreSQL adapter under the conformance suite, with an append whose transaction can be held open. */
export async function postgresHarness(url: string): Promise<ConformanceHarness> {
  const store = PostgresEventStore.connect(url, { pollIntervalMs: 50 });
  return {
    store,
    reopen: async () => PostgresEventStore.connect(url, { pollIntervalMs: 50 }),
    holdOpenAppend: async (stream, events, expected) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query('BEGIN');
      await writeEvents(client, stream, events, expected);
      const finish = async (statement: 'COMMIT' | 'ROLLBACK') => {
        await client.query(statement);
        await client.end();
      };
      return { commit: () => finish('COMMIT'), rollback: () => finish('ROLLBACK') };
    },
    dispose: () => store.close(),
  };
}
