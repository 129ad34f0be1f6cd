import { ensureDatabase } from '../ensure-database.js';
import { runMigrations } from '../data-source.js';
import { allMigrations } from '../migrations.js';

/** Integration tests share one real database, separate from the development one. */
export const testDatabaseUrl = (): string =>
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/labour_disputes_test';

/** Creates and migrates the test database; cheap when already done. */
export async function prepareTestDatabase(): Promise<string> {
  const url = testDatabaseUrl();
  await ensureDatabase(url);
  await runMigrations(url, allMigrations);
  return url;
}
