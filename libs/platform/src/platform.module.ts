import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AppConfigModule } from './config.module.js';
import { AppDatabaseModule } from './database.module.js';
import { eventStoreProvider } from './event-store.provider.js';
import { HealthController } from './health/health.controller.js';
import { AppLoggingModule } from './logging.module.js';
import { PlatformLifecycle } from './platform-lifecycle.js';
import { redisProvider } from './redis.provider.js';
import { EVENT_STORE, REDIS } from './tokens.js';

/** Infrastructure every app shares: config, logs, database, event store, Redis, health. */
@Global()
@Module({
  imports: [AppConfigModule, AppLoggingModule, AppDatabaseModule, TerminusModule],
  controllers: [HealthController],
  providers: [eventStoreProvider, redisProvider, PlatformLifecycle],
  exports: [EVENT_STORE, REDIS],
})
export class PlatformModule {}
