import pg from 'pg';

/** The same server, the maintenance database: where CREATE DATABASE is run from. */
const maintenanceUrl = (url: URL): string => {
  const admin = new URL(url.toString());
  admin.pathname = '/postgres';
  return admin.toString();
};

export const databaseName = (url: string): string => decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));

/** A connection failure, said in one line a person can act on (no stack trace). */
export class DatabaseUnreachable extends Error {
  override readonly name = 'DatabaseUnreachable';
}

const describeTarget = (url: URL): string => `${url.hostname}:${url.port || '5432'}`;

/** Creates the database named in `url` if it does not exist yet. */
export async function ensureDatabase(url: string): Promise<{ created: boolean }> {
  const parsed = new URL(url);
  const name = databaseName(url);
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`DATABASE_URL: database name "${name}" must be letters, digits, _ or -`);
  const client = new pg.Client({ connectionString: maintenanceUrl(parsed), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new DatabaseUnreachable(
      `PostgreSQL is not reachable at ${describeTarget(parsed)} (${(error as Error).message}). ` +
        'Start it, or set DATABASE_URL to a running server.',
      { cause: error },
    );
  }
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount) return { created: false };
    try {
      await client.query(`CREATE DATABASE "${name}"`);
    } catch (error) {
      // Two processes starting together: the loser sees duplicate_database (42P04), or, when both passed the
      // catalogue check at once, a unique violation on pg_database (23505). Either way the database now exists.
      if (!['42P04', '23505'].includes((error as { code?: string }).code ?? '')) throw error;
      return { created: false };
    }
    return { created: true };
  } finally {
    await client.end();
  }
}
