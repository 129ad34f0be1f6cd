import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { loadVaultKeyConfig } from '../vault-config.js';
import { PersonalDataVault } from '../vault.js';

export interface PersonalDataModuleOptions {
  /** Where the master key is read from (`PERSONAL_DATA_MASTER_KEY`). Default `process.env`. */
  readonly env?: Record<string, string | undefined>;
  /** The TypeORM data source to use. Default: the app's default `TypeOrmModule` connection. */
  readonly dataSourceToken?: string | symbol | (abstract new (...args: never[]) => unknown);
}

/** Provides {@link PersonalDataVault} (global). Needs the PostgreSQL `DataSource` and `PERSONAL_DATA_MASTER_KEY`. */
@Module({})
export class PersonalDataModule {
  static forRoot(options: PersonalDataModuleOptions = {}): DynamicModule {
    return {
      module: PersonalDataModule,
      global: true,
      providers: [
        {
          provide: PersonalDataVault,
          inject: [options.dataSourceToken ?? getDataSourceToken()],
          useFactory: (dataSource: DataSource) => {
            const logger = new Logger('PersonalDataVault');
            const { masterKey } = loadVaultKeyConfig(options.env ?? process.env, (message) => logger.warn(message));
            return new PersonalDataVault(dataSource, masterKey);
          },
        },
      ],
      exports: [PersonalDataVault],
    };
  }
}
