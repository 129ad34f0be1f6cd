import type { Provider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EsdbEventStore, PostgresEventStore, type EventStore } from '#event-store';
import type { AppConfigService } from './config.module.js';
import { EVENT_STORE } from './tokens.js';

/** The one EventStore the process uses, chosen by EVENT_STORE; closed by `ShutdownHooks`. */
export const eventStoreProvider: Provider = {
  provide: EVENT_STORE,
  inject: [ConfigService],
  useFactory: (config: AppConfigService): EventStore =>
    config.get('EVENT_STORE', { infer: true }) === 'esdb'
      ? EsdbEventStore.connect(config.get('ESDB_CONNECTION_STRING', { infer: true }) as string)
      : PostgresEventStore.connect(config.get('DATABASE_URL', { infer: true })!, {
          poolSize: config.get('DATABASE_POOL_SIZE', { infer: true }),
          preparedStatements: config.get('DATABASE_PREPARED_STATEMENTS', { infer: true }),
        }),
};
