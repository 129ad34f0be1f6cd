import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { createServer } from 'node:net';

/** The built entry points (`npm run build`): real processes, so that they can be killed, restarted and measured. */
export const ENTRY = {
  all: new URL('../../dist/apps/main.js', import.meta.url).pathname,
  api: new URL('../../dist/apps/api/src/main.js', import.meta.url).pathname,
  worker: new URL('../../dist/apps/worker/src/main.js', import.meta.url).pathname,
} as const;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until `check` is true or `ms` have passed; says which. */
export async function waitFor(check: () => Promise<boolean> | boolean, ms: number, everyMs = 100): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await Promise.resolve(check()).catch(() => false)) return true;
    if (Date.now() >= end) return false;
    await sleep(everyMs);
  }
}

/** A port nothing listens on right now (the kernel picks it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

export interface Spawned {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly url: string;
  /** Everything it printed so far (the last 200 kB). */
  output(): string;
  /** Resolves once GET /health answers (the worker serves only /health); rejects if the process exits first. */
  ready(ms?: number): Promise<void>;
  /** SIGKILL by default (no shutdown hook runs, no lock is released by the process); waits for the exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Spawns a built entry point on a free port with exactly these settings (plus PATH and NODE_ENV=test, so a
 * TEST_CLOCK may be given): nothing leaks in from the test runner's environment.
 */
export async function spawnApp(which: keyof typeof ENTRY, env: Record<string, string>): Promise<Spawned> {
  const port = await freePort();
  const child = spawn(process.execPath, [ENTRY[which]], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output = (output + chunk).slice(-200_000)));
  child.stderr!.on('data', (chunk) => (output = (output + chunk).slice(-200_000)));
  const url = `http://127.0.0.1:${port}`;
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  return {
    child,
    pid: child.pid!,
    url,
    output: () => output,
    async ready(ms = 120_000) {
      const up = await waitFor(async () => {
        if (exited()) return true;
        return (await fetch(`${url}/health`)).ok;
      }, ms, 200);
      if (!up || exited()) throw new Error(`${which} did not become ready:\n${output}`);
    },
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      if (exited()) return;
      const gone = once(child, 'exit');
      child.kill(signal);
      // A graceful stop gets 20 s (a suite's teardown must not hang on it), then it is killed.
      const late = signal === 'SIGKILL' ? undefined : setTimeout(() => child.kill('SIGKILL'), 20_000);
      await gone;
      clearTimeout(late);
    },
  };
}

/** The TCP sockets a process holds, as local and remote ports (from /proc/<pid>/fd and /proc/net/tcp{,6}). */
export function socketsOf(pid: number): { local: number; remote: number }[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const inode = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
      if (inode) inodes.add(inode);
    } catch {
      // closed meanwhile
    }
  }
  const sockets: { local: number; remote: number }[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length > 9 && inodes.has(cols[9]!)) sockets.push({ local: parseInt(cols[1]!.split(':').at(-1)!, 16), remote: parseInt(cols[2]!.split(':').at(-1)!, 16) });
    }
  }
  return sockets;
}

/** Local TCP ports of the sockets a process holds: to tell which process owns a PostgreSQL session (client_port). */
export const localPortsOf = (pid: number): Set<number> => new Set(socketsOf(pid).map((s) => s.local));

/** Resident memory (kB) and open file descriptors of a live process, read from /proc. */
export function processFigures(pid: number): { rssKb: number; fds: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return { rssKb, fds: readdirSync(`/proc/${pid}/fd`).length };
}
