import pg from 'pg';
import { allMigrations, databaseName, ensureDatabase, runMigrations, testDatabaseUrl } from '#database';

/**
 * A fresh, migrated database of one suite's own on the shared server (dropped and created again), named after the
 * run's test database so parallel runs with other TEST_DATABASE_URLs never meet. Only ever drops its own.
 */
export async function freshDatabase(suffix: string, base = testDatabaseUrl()): Promise<string> {
  const url = new URL(base);
  url.pathname = `/${databaseName(base)}_${suffix}`;
  await dropDatabase(url.toString());
  await ensureDatabase(url.toString());
  await runMigrations(url.toString(), allMigrations);
  return url.toString();
}

export async function dropDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${databaseName(url)}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
