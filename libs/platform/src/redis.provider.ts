import type { Provider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Redis } from 'ioredis';
import type { AppConfigService } from './config.module.js';
import { REDIS } from './tokens.js';

/**
 * Shared Redis connection. Lazy and forgiving: Redis down must not stop commands (timers catch up later), it only
 * turns readiness red. `maxRetriesPerRequest: null` is what BullMQ workers require.
 */
export const redisProvider: Provider = {
  provide: REDIS,
  inject: [ConfigService],
  useFactory: (config: AppConfigService) =>
    new Redis(config.get('REDIS_URL', { infer: true }), {
      lazyConnect: true,
      maxRetriesPerRequest: null,
      enableOfflineQueue: false,
      retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
    }).on('error', () => undefined),
};
