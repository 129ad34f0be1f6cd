import pg from 'pg';

/** The advisory-lock namespace of projection runners: (PROJECTION_LOCKS, hashtext(name)). */
const PROJECTION_LOCKS = 7_240_002;

/**
 * Held on its own connection for as long as the runner runs: the lock dies with the session, so when a runner's
 * process dies its successor takes over. Losing the connection means losing the lock: `lost` aborts.
 */
export class ProjectionLock {
  readonly lost = new AbortController();
  private constructor(private readonly client: pg.Client) {}

  static async tryAcquire(connectionString: string, name: string): Promise<ProjectionLock | null> {
    const client = new pg.Client({ connectionString, application_name: `projection:${name}` });
    await client.connect();
    const { rows } = await client.query<{ acquired: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS acquired', [
      PROJECTION_LOCKS,
      name,
    ]);
    if (!rows[0]?.acquired) {
      await client.end();
      return null;
    }
    const lock = new ProjectionLock(client);
    const lose = () => lock.lost.abort(new Error(`lost the lock of projection ${name}`));
    client.on('error', lose);
    client.on('end', lose);
    return lock;
  }

  async release(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }
}

/** Whether some process holds the runner lock of this projection. */
export const isLockHeldSql = `SELECT EXISTS (
  SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2
    AND classid = ${PROJECTION_LOCKS}::oid AND objid = (hashtext($1)::bigint & 4294967295)::oid) AS held`;
