import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

/** One load run, as the orchestrator asks for it. `paths` rotate per request; a `session` load posts mediation sessions. */
export interface LoadSpec {
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  readonly token?: string;
  readonly paths: readonly string[];
  /** POST a new adjourned mediation session to each path (`/disputes/{id}/mediation/sessions`), held on this day. */
  readonly session?: { readonly heldOn: string; readonly nextSessionOn: string; readonly run: string };
}

export interface LoadResult {
  readonly connections: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly ok: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly statusCodes: Record<string, number>;
}

async function load(spec: LoadSpec): Promise<LoadResult> {
  let n = 0;
  const headers: Record<string, string> = { ...(spec.token ? { authorization: `Bearer ${spec.token}` } : {}), ...(spec.session ? { 'content-type': 'application/json' } : {}) };
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          const i = n++;
          const path = spec.paths[i % spec.paths.length]!;
          if (!spec.session) return { ...request, method: 'GET', path, headers };
          const body = {
            sessionId: `bench-${spec.session.run}-${i}`,
            heldOn: spec.session.heldOn,
            attendees: [{ id: 'w1', role: 'party' }, { id: 'e1', role: 'party' }],
            positions: [{ claimId: 'c1', partyId: 'e1', position: 'will pay most of the arrears within a month (benchmark)', offerFen: 1_000_000 }],
            outcome: 'adjourned',
            nextSessionOn: spec.session.nextSessionOn,
          };
          return { ...request, method: 'POST', path, headers, body: JSON.stringify(body) };
        },
      },
    ],
  });
  return {
    connections: spec.connections,
    perSecond: result['2xx'] / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count])),
  };
}

/** Runs one load in its own process (autocannon's event loop must not share a core's time slices with the orchestrator's). */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), JSON.stringify(spec)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`load process exited with ${code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1)!) as LoadResult);
      } catch (error) {
        reject(error);
      }
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2]) {
  console.log(JSON.stringify(await load(JSON.parse(process.argv[2]) as LoadSpec)));
}
