import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { seedDemo } from '#demo-data';
import type { EventStore } from '#event-store';
import type { PersonalDataVault } from '#personal-data';
import { VAULT } from '#dispute-http';
import { createHttpApp, EVENT_STORE, runProcess } from '#platform';
import { START } from '#event-store';
import { AppModule } from './app.module.js';
import { startBanner } from './start/start-banner.js';

/** `npm start`: api and worker in one process; embedded PostgreSQL and in-process timers when no services are set. */
await runProcess(
  async (config) => {
    const app = await createHttpApp(AppModule, { docs: true, shutdownHooks: !config.embedded });
    await app.listen(config.PORT, config.HOST);
    const store = app.get<EventStore>(EVENT_STORE);
    if (config.embedded && config.DEMO_SEED && (await store.headPosition()) === START) {
      const seeded = await seedDemo({ store, vault: app.get<PersonalDataVault>(VAULT) });
      console.log(`first start: seeded the demo (${seeded.disputes} disputes, ${seeded.events} events; DEMO_SEED=false skips this)`);
    }
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    const baseUrl = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
    console.log(
      await startBanner(baseUrl, {
        database: config.embedded ? `embedded PostgreSQL (PGlite) in ${config.DATA_DIR}` : `PostgreSQL at ${new URL(config.DATABASE_URL).host}`,
        timers: config.REDIS_URL ? `BullMQ on Redis at ${new URL(config.REDIS_URL).host}` : 'in process (no REDIS_URL)',
      }),
    );
    const { rss, heapUsed } = process.memoryUsage();
    console.log(`ready in ${(performance.now() / 1000).toFixed(1)} s; memory: rss ${(rss / 2 ** 20).toFixed(0)} MB, heap ${(heapUsed / 2 ** 20).toFixed(0)} MB`);
    return app;
  },
  { embedded: true },
);
