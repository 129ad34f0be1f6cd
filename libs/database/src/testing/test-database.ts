import { ensureDatabase } from '../ensure-database.js';
import { runMigrations } from '../data-source.js';
import { allMigrations } from '../migrations.js';

import { testDatabaseUrl } from './test-database-url.js';

export { testDatabaseUrl };

/** Creates and migrates the test database; cheap when already done. */
export async function prepareTestDatabase(): Promise<string> {
  const url = testDatabaseUrl();
  await ensureDatabase(url);
  await runMigrations(url, allMigrations);
  return url;
}
