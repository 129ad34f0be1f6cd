import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { seedDemo } from '#demo-data';
import { createDataSource } from '#database';
import { PostgresEventStore } from '#event-store';
import { loadVaultKeyConfig, PersonalDataVault } from '#personal-data';
import { runProcess } from '#platform';

/**
 * `npm run seed [-- --disputes 50 --seed 2026]`: the demo data set, against DATABASE_URL or the embedded database
 * (when no app holds it). The same seed twice writes nothing the second time; the worker projects what is written.
 */
await runProcess(
  async (config) => {
    const { values } = parseArgs({ options: { disputes: { type: 'string', default: '50' }, seed: { type: 'string', default: '2026' } } });
    const db = createDataSource({ url: config.DATABASE_URL, poolSize: 2 });
    await db.initialize();
    const store = PostgresEventStore.connect(config.DATABASE_URL, { poolSize: 2, preparedStatements: config.DATABASE_PREPARED_STATEMENTS });
    try {
      const result = await seedDemo({ store, vault: new PersonalDataVault(db, loadVaultKeyConfig().masterKey), count: Number(values.disputes), seed: Number(values.seed) });
      console.log(result.alreadySeeded ? `seed ${values.seed} is already in this database: nothing written` : `seeded ${result.disputes} disputes (${result.events} events)`);
    } finally {
      await store.close();
      await db.destroy();
    }
  },
  { embedded: true },
);
