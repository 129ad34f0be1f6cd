import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigService } from '@nestjs/config';
import { postgresOptions } from '#database';
import type { AppConfigService } from './config.module.js';

/** Read models' TypeORM connection. The schema is already migrated by `prepareInfrastructure` before Nest starts. */
export const AppDatabaseModule = TypeOrmModule.forRootAsync({
  inject: [ConfigService],
  useFactory: (config: AppConfigService) =>
    postgresOptions({
      url: config.get('DATABASE_URL', { infer: true })!,
      poolSize: config.get('DATABASE_POOL_SIZE', { infer: true }),
    }),
});
