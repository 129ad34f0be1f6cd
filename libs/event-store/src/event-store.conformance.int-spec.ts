import { prepareTestDatabase } from '#database';
import { EsdbEventStore } from './esdb/esdb-event-store.js';
import { describeEventStoreConformance } from './testing/event-store.conformance.js';
import { postgresHarness } from './testing/postgres-harness.js';

describeEventStoreConformance('PostgreSQL', async () => postgresHarness(await prepareTestDatabase()), {
  writersCommitOutOfOrder: true,
});

const esdb = process.env.ESDB_CONNECTION_STRING;
if (esdb) {
  describeEventStoreConformance(
    'EventStoreDB',
    async () => {
      const store = EsdbEventStore.connect(esdb);
      return { store, reopen: async () => EsdbEventStore.connect(esdb), dispose: () => store.close() };
    },
    { writersCommitOutOfOrder: false },
  );
} else {
  console.warn('EventStoreDB conformance suite SKIPPED: ESDB_CONNECTION_STRING is not set (see README, "Running against KurrentDB")');
}
