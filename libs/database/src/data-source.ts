import { DataSource, type MigrationInterface, type EntitySchema } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions.js';

type MigrationClass = new () => MigrationInterface;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type EntityTarget = Function | EntitySchema;

export interface DataSourceOptions {
  readonly url: string;
  readonly migrations?: readonly MigrationClass[];
  readonly entities?: readonly EntityTarget[];
  readonly poolSize?: number;
  readonly applicationName?: string;
}

/** Schema changes only through migrations: `synchronize` is never on. */
export const postgresOptions = (options: DataSourceOptions): PostgresDataSourceOptions => ({
    type: 'postgres',
    url: options.url,
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'schema_migrations',
    migrations: [...(options.migrations ?? [])],
    entities: [...(options.entities ?? [])],
    extra: { max: options.poolSize ?? 10, application_name: options.applicationName ?? 'labour-disputes' },
});

export const createDataSource = (options: DataSourceOptions): DataSource => new DataSource(postgresOptions(options));

/** Arbitrary but fixed: only one process migrates at a time, the others wait and then find nothing to do. */
const MIGRATION_LOCK = 7_240_001;

export async function runMigrations(url: string, migrations: readonly MigrationClass[]): Promise<string[]> {
  const dataSource = createDataSource({ url, migrations, poolSize: 2, applicationName: 'labour-disputes-migrate' });
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
}
