import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** Resident and peak memory of a process, from /proc (Linux), in MB; NaN (shown as –) when it has exited. */
export function memoryOf(pid: number): { rssMb: number; peakRssMb: number } {
  if (!existsSync(`/proc/${pid}/status`)) return { rssMb: Number.NaN, peakRssMb: Number.NaN };
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
}

export interface RunningApp {
  readonly url: string;
  readonly pid: number;
  readonly startedInSeconds: number;
  profileStart(): Promise<void>;
  /** Stops the profiler; resolves once the profile file is written. */
  profileStop(file: string): Promise<void>;
  stop(): Promise<void>;
}

/** The V8 heap limits `npm start` runs the app with (package.json config.nodeFlags): the memory figures depend on them. */
export function productionNodeFlags(): string[] {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { config?: { nodeFlags?: string } };
  return (manifest.config?.nodeFlags ?? '').split(' ').filter(Boolean);
}

/**
 * The built app as production runs it, but with development tokens and no logs: by default api and worker in one
 * process (`npm start`, with the profiler the bench switches on); `script` names another entry point, such as the api
 * or the worker alone as docker/compose.yml runs them (no profiler there).
 */
export async function startApp(env: { databaseUrl: string; redisUrl: string }, script = './profiled-main.js'): Promise<RunningApp> {
  const port = await freePort();
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [...productionNodeFlags(), fileURLToPath(new URL(script, import.meta.url))], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: env.databaseUrl,
      REDIS_URL: env.redisUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '1000000',
      DEMO_SEED: 'false',
      PERSONAL_DATA_MASTER_KEY: process.env.PERSONAL_DATA_MASTER_KEY ?? '',
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ask = (message: object) =>
    new Promise<void>((resolve) => {
      child.once('message', () => resolve());
      child.send(message);
    });
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  for (;;) {
    if (exited) throw new Error(`${script} exited during start-up`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 120_000) throw new Error('the app did not start within 120 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  const startedInSeconds = (performance.now() - started) / 1000;
  return {
    url,
    pid: child.pid!,
    startedInSeconds,
    profileStart: () => ask({ profile: 'start' }),
    profileStop: (file) => ask({ profile: 'stop', file }),
    stop: async () => {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** A process of ours (the constant server) that prints its port as JSON on its first line. */
export async function startScript(script: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL(script, import.meta.url))], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve((JSON.parse(chunk.toString().split('\n')[0]!) as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { url: `http://127.0.0.1:${port}`, stop: async () => (child.kill('SIGTERM'), await exit) };
}
