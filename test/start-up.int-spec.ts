import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { testDatabaseUrl } from '#database';

/** The built entry point (`npm start` runs `dist/apps/main.js`; `npm test` builds it first). */
const main = new URL('../dist/apps/main.js', import.meta.url).pathname;

interface Run { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

const start = (env: Record<string, string>) => {
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => (output.stdout += chunk));
  child.stderr.on('data', (chunk) => (output.stderr += chunk));
  const exited = once(child, 'exit').then(([code, signal]) => ({ code, signal, ...output }) as Run);
  return { child, output, exited };
};

const freePort = async (): Promise<number> => {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
};

const maintenanceUrl = () => testDatabaseUrl().replace(/\/[^/]*$/, '/postgres');

describe('starting the process', () => {
  it('stops on malformed settings, naming each one, without a stack trace', async () => {
    const run = await start({ PORT: 'eighty', DATABASE_URL: 'mysql://somewhere/db' }).exited;
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/PORT: /);
    expect(run.stderr).toMatch(/DATABASE_URL: must be a URL starting with postgres:\/\//);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('says plainly when PostgreSQL cannot be reached', async () => {
    const run = await start({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/labour_disputes' }).exited;
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/PostgreSQL is not reachable at 127\.0\.0\.1:1/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('creates a missing database, migrates it, serves /health and stops cleanly on SIGTERM', async () => {
    const database = `labour_disputes_start_${randomBytes(4).toString('hex')}`;
    const url = testDatabaseUrl().replace(/\/[^/]*$/, `/${database}`);
    const port = await freePort();
    const app = start({ DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1' });
    try {
      let health: Response | undefined;
      for (let attempt = 0; attempt < 100 && !health; attempt++) {
        health = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
        if (!health) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(health?.status).toBe(200);
      expect(app.output.stdout).toMatch(new RegExp(`created database ${database}`));
      const docs = await fetch(`http://127.0.0.1:${port}/docs/openapi.json`);
      expect(docs.status).toBe(200);
      app.child.kill('SIGTERM');
      // Nest closes the app, then re-raises the signal: a clean stop ends by SIGTERM (or 0), never by a crash.
      const stopped = await app.exited;
      expect(stopped.code === 0 || stopped.signal === 'SIGTERM').toBe(true);
      expect(stopped.stderr).toBe('');
    } finally {
      app.child.kill('SIGKILL');
      const admin = new pg.Client({ connectionString: maintenanceUrl() });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
