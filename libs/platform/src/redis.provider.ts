import type { Provider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Redis } from 'ioredis';
import type { AppConfigService } from './config.module.js';
import { REDIS } from './tokens.js';

/**
 * Shared Redis connection, or null without REDIS_URL (timers in process). Lazy and forgiving: Redis down must not stop commands (timers catch up later), it only
 * turns readiness red. `maxRetriesPerRequest: null` is what BullMQ workers require.
 */
export const redisProvider: Provider = {
  provide: REDIS,
  inject: [ConfigService],
  useFactory: (config: AppConfigService) => {
    const url = config.get('REDIS_URL', { infer: true });
    if (!url) return null;
    return new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: null,
      enableOfflineQueue: false,
      retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
    }).on('error', () => undefined);
  },
};
