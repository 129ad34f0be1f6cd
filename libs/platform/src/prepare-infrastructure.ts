import { allMigrations, ensureDatabase, runMigrations } from '#database';
import type { AppConfig } from '#config';

/** Before Nest starts: the database exists and is migrated. Failures here are one readable line, not a stack. */
export async function prepareInfrastructure(config: Pick<AppConfig, 'DATABASE_URL'> & { readonly DATABASE_URL: string }, log: (line: string) => void = console.log): Promise<void> {
  const { created } = await ensureDatabase(config.DATABASE_URL);
  if (created) log(`created database ${new URL(config.DATABASE_URL).pathname.slice(1)}`);
  const applied = await runMigrations(config.DATABASE_URL, allMigrations);
  if (applied.length) log(`applied migrations: ${applied.join(', ')}`);
}
