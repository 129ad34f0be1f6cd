import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { oneQueryAtATime } from './one-query-at-a-time.js';

export interface EmbeddedPostgres {
  /** An ordinary connection string: the app's pg pools and TypeORM use it as they would a server's. */
  readonly url: string;
  readonly dataDir: string;
  close(): Promise<void>;
}

/** The embedded database is in use by another live process (PGlite is single-process). */
export class EmbeddedDatabaseBusy extends Error {
  override readonly name = 'EmbeddedDatabaseBusy';
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** One process at a time may open the data directory: a second PGlite on the same files would corrupt them. */
function takeLock(dataDir: string): () => void {
  const lockFile = join(dataDir, 'embedded.pid');
  try {
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder))
      throw new EmbeddedDatabaseBusy(`the embedded database in ${dataDir} is open in process ${holder}; stop it first, or set DATABASE_URL`);
  } catch (error) {
    if (error instanceof EmbeddedDatabaseBusy) throw error;
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

/**
 * PostgreSQL in this process (PGlite, WASM), served on a loopback socket so that the same `pg` driver, migrations,
 * event store and projections run unchanged: there is no second storage code path. PGlite runs one query at a time
 * for all connections, so `maxConnections` must cover every pool the process opens.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; maxConnections: number; host?: string }): Promise<EmbeddedPostgres> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const release = takeLock(dataDir);
  try {
    const db = await PGlite.create({ dataDir: join(dataDir, 'pglite') });
    const host = options.host ?? '127.0.0.1';
    const server = new PGLiteSocketServer({ db, host, port: 0, maxConnections: options.maxConnections, debug: process.env.EMBEDDED_PG_DEBUG === 'true' });
    oneQueryAtATime(server);
    await server.start();
    const port = Number(server.getServerConn().split(':').at(-1));
    return {
      url: `postgres://postgres@${host}:${port}/postgres`,
      dataDir,
      async close() {
        await server.stop();
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
