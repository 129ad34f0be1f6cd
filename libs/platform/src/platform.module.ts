import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { CqrsModule } from '@nestjs/cqrs';
import { CLOCK, clockProvider } from './clock.js';
import { AppConfigModule } from './config.module.js';
import { AppDatabaseModule } from './database.module.js';
import { eventStoreProvider } from './event-store.provider.js';
import { HealthController } from './health/health.controller.js';
import { AppLoggingModule } from './logging.module.js';
import { PlatformLifecycle } from './platform-lifecycle.js';
import { metricsRegistryProvider } from './metrics/metrics-registry.js';
import { redisProvider } from './redis.provider.js';
import { projectionDefinitionsProvider, projectionLagProvider } from './projections.providers.js';
import { EVENT_STORE, METRICS_REGISTRY, PROJECTIONS, PROJECTION_DEFINITIONS, REDIS } from './tokens.js';

/** Infrastructure every app shares: config, logs, database, event store, Redis, projection registry, health. */
@Global()
@Module({
  imports: [AppConfigModule, AppLoggingModule, AppDatabaseModule, TerminusModule, CqrsModule.forRoot({ rethrowUnhandled: true })],
  controllers: [HealthController],
  providers: [clockProvider, eventStoreProvider, redisProvider, projectionDefinitionsProvider, projectionLagProvider, metricsRegistryProvider, PlatformLifecycle],
  exports: [CLOCK, EVENT_STORE, REDIS, PROJECTIONS, PROJECTION_DEFINITIONS, METRICS_REGISTRY],
})
export class PlatformModule {}
