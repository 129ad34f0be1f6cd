import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { prepareTestDatabase } from '#database';
import { testRedisUrl } from './test-redis.js';

/**
 * Builds an app the way `npm start` does, against the test database. Settings are read when the config module
 * loads, so the app's modules are imported only after `env` is applied.
 */
export async function bootApp(which: 'all' | 'api', env: Record<string, string> = {}): Promise<NestFastifyApplication> {
  Object.assign(process.env, { DATABASE_URL: await prepareTestDatabase(), REDIS_URL: testRedisUrl(), LOG_LEVEL: 'silent' }, env);
  const { createHttpApp } = await import('#platform');
  const module =
    which === 'all' ? (await import('../../apps/app.module.js')).AppModule : (await import('../../apps/api/src/api.module.js')).ApiModule;
  const app = await createHttpApp(module, { docs: which === 'all' });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
