import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../support/processes.js';

const run = promisify(execFile);
const BIN = '/usr/lib/postgresql/15/bin';

/** PostgreSQL refuses to run as root: its binaries run as the `postgres` OS user when the tests run as root. */
async function asPostgres(binary: string, args: string[]): Promise<string> {
  const command = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', join(BIN, binary), ...args]] : [join(BIN, binary), args];
  const { stdout } = await run(command[0] as string, command[1] as string[], { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

/**
 * A PostgreSQL cluster of the test's own, on a free port under a temp dir, so it can be restarted and stopped
 * without touching the shared server. Trust auth, user postgres.
 */
export class PrivatePostgres {
  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  static async start(): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'faults-pg-'));
    if (process.getuid?.() === 0) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const uid = Number(stdout.trim());
      chownSync(dir, uid, uid);
    }
    await asPostgres('initdb', ['-D', join(dir, 'data'), '-U', 'postgres', '--auth=trust', '--no-sync']);
    const pg = new PrivatePostgres(dir, await freePort());
    await pg.pgCtl('start');
    return pg;
  }

  /** A database on this cluster (created by the app's own start-up, or by `ensureDatabase`). */
  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** `immediate` is a crash-like restart (no checkpoint, sessions cut); `fast` a clean one. */
  async restart(mode: 'immediate' | 'fast' = 'immediate'): Promise<void> {
    await this.pgCtl('restart', mode);
  }

  async stop(mode: 'immediate' | 'fast' = 'fast'): Promise<void> {
    await this.pgCtl('stop', mode);
  }

  async startAgain(): Promise<void> {
    await this.pgCtl('start');
  }

  async destroy(): Promise<void> {
    await this.pgCtl('stop', 'immediate').catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async pgCtl(action: 'start' | 'stop' | 'restart', mode?: 'immediate' | 'fast'): Promise<void> {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
    const args = ['-D', join(this.dir, 'data'), '-w', '-t', '60', '-l', join(this.dir, 'log')];
    if (action !== 'stop') args.push('-o', options);
    if (mode) args.push('-m', mode);
    await asPostgres('pg_ctl', [...args, action]);
  }
}
