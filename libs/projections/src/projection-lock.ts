import { createHash } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';

/** The 64-bit advisory-lock key of a projection's runner: a hash of its name, the same in every process. */
export const projectionLockKey = (name: string): bigint =>
  BigInt.asIntN(64, createHash('sha256').update(`projection:${name}`).digest().readBigUInt64BE(0));

/**
 * SQL that is true when a session holds the lock of key `$keyParam` (and, with `$pidParam`, when that session is
 * this one). pg_locks shows a bigint advisory key as its high and low 32 bits in classid/objid. Advisory locks are
 * per database, but pg_locks lists every database's: without the database condition, a runner of another database
 * on the same server (a second environment, a test run) would look like this one's.
 */
export function lockHeldSql(keyParam: string, pidParam?: string): string {
  const pid = pidParam ? `AND l.pid = ${pidParam}` : '';
  return `EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 ${pid}
    AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
    AND l.classid = ((${keyParam}::bigint >> 32) & 4294967295)::oid AND l.objid = (${keyParam}::bigint & 4294967295)::oid)`;
}

/** What a batch transaction checks to be sure its runner still holds the lock. */
export interface LockFence {
  readonly key: bigint;
  readonly pid: number;
}

/** The pool's connection settings, for the one extra connection a lock needs. */
export function connectionConfig(dataSource: DataSource): pg.ClientConfig {
  const options = dataSource.options as { url?: string; host?: string; port?: number; username?: string; password?: unknown; database?: string };
  if (options.url) return { connectionString: options.url };
  return { host: options.host, port: options.port, user: options.username, password: options.password as string | undefined, database: options.database };
}

const HEARTBEAT_MS = 5_000;

/**
 * Held on its own connection for the runner's life. The lock dies with the session, so when a runner's process dies
 * a waiting runner takes over; losing the connection means losing the lock, and `lost` aborts at once. A heartbeat
 * notices a connection that died silently.
 */
export class ProjectionLock {
  private readonly losing = new AbortController();
  readonly lost: AbortSignal = this.losing.signal;
  private readonly heartbeat: NodeJS.Timeout;

  private constructor(
    private readonly client: pg.Client,
    readonly name: string,
    readonly fence: LockFence,
  ) {
    const lose = (error?: unknown) => this.losing.abort(new Error(`lost the runner lock of projection ${name}`, { cause: error }));
    client.on('error', lose);
    client.on('end', () => lose());
    this.heartbeat = setInterval(() => void client.query('SELECT 1').catch(lose), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Null when another session holds it. */
  static async tryAcquire(config: pg.ClientConfig, name: string): Promise<ProjectionLock | null> {
    const client = new pg.Client({ ...config, keepAlive: true, application_name: `projection:${name}` });
    // Until the lock is ours, a dropped connection is just a failed attempt, reported by the awaited query.
    const ignore = () => undefined;
    client.on('error', ignore);
    try {
      await client.connect();
      const key = projectionLockKey(name);
      const { rows } = await client.query<{ acquired: boolean; pid: number }>(
        'SELECT pg_try_advisory_lock($1::bigint) AS acquired, pg_backend_pid() AS pid',
        [key.toString()],
      );
      if (!rows[0]?.acquired) {
        await client.end();
        return null;
      }
      client.off('error', ignore);
      return new ProjectionLock(client, name, { key, pid: rows[0].pid });
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
  }

  /** Ends the session, which releases the lock. */
  async release(): Promise<void> {
    clearInterval(this.heartbeat);
    this.losing.abort(new Error(`released the runner lock of projection ${this.name}`));
    await this.client.end().catch(() => undefined);
  }
}
