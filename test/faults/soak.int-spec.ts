import pg from 'pg';
import { registrationBody } from '../support/registration.js';
import { ORG } from '../support/tokens.js';
import { freshDatabase } from './support/fault-database.js';
import { httpClient, type Answer } from './support/http-client.js';
import { PrivateRedis } from './support/private-redis.js';
import { processFigures, sleep, socketsOf, spawnApp, type Spawned } from '../support/processes.js';
import { report, sizes } from './support/sizes.js';

interface Sample {
  readonly second: number;
  readonly apiRssMb: number;
  readonly apiFds: number;
  /** The api's accepted HTTP connections: the clients' keep-alive sockets, which the load decides, not the api. */
  readonly apiClientSockets: number;
  readonly workerRssMb: number;
  readonly workerFds: number;
  readonly connections: number;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * A steady command and read load on the api and worker processes (BullMQ timers on a private Redis) for SOAK_SECONDS.
 * Sampled from /proc and pg_stat_activity: resident memory, open file descriptors, database connections. A leak
 * shows as growth after warm-up; the bounds below are leak guards with wide margins, not performance targets.
 */
describe(`a ${sizes.soakSeconds} s soak at ${sizes.soakRate} requests/s`, () => {
  let api: Spawned;
  let worker: Spawned;
  let redis: PrivateRedis;
  let db: pg.Client;
  let database: string;
  const client = httpClient(() => api.url);

  beforeAll(async () => {
    const url = await freshDatabase('soak');
    database = new URL(url).pathname.slice(1);
    redis = await PrivateRedis.start();
    const env = { DATABASE_URL: url, REDIS_URL: redis.url, TEST_CLOCK: '2026-06-03T04:00:00.000Z', RATE_LIMIT_PER_MINUTE: '1000000' };
    api = await spawnApp('api', env);
    worker = await spawnApp('worker', env);
    await Promise.all([api.ready(), worker.ready()]);
    db = new pg.Client({ connectionString: url });
    await db.connect();
  }, 180_000);
  afterAll(async () => {
    await api?.kill('SIGTERM');
    await worker?.kill('SIGTERM');
    await db?.end();
    await redis?.destroy();
  });

  const sample = async (second: number): Promise<Sample> => {
    const a = processFigures(api.pid);
    const port = Number(new URL(api.url).port);
    const clientSockets = socketsOf(api.pid).filter((s) => s.local === port && s.remote !== 0).length;
    const w = processFigures(worker.pid);
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
    return { second, apiRssMb: Math.round(a.rssKb / 1024), apiFds: a.fds - clientSockets, apiClientSockets: clientSockets, workerRssMb: Math.round(w.rssKb / 1024), workerFds: w.fds, connections: rows[0]!.n };
  };

  it('memory, open handles and connections stay flat; every request is answered', async () => {
    const cases: string[] = [];
    let sessions = 0;
    const statuses: Record<number, number> = {};
    const inFlight = new Set<Promise<void>>();
    const count = (answer: Answer) => (statuses[answer.status] = (statuses[answer.status] ?? 0) + 1);
    // One step of a realistic day: register and open a case, record sessions, read cases and the dashboard.
    const step = async (n: number) => {
      const kind = n % 5;
      if (kind === 0 || cases.length === 0) {
        const registered = await client.post('/disputes', registrationBody({ registeredOn: '2026-06-01', knewOfInfringementOn: '2026-05-20' }));
        count(registered);
        const id = registered.body['disputeId'] as string;
        if (registered.status !== 201) return;
        count(await client.post(`/disputes/${id}/mediation`, { body: 'peoples_mediation', bodyId: ORG.body, mediatorId: 'm-1', receivedOn: '2026-06-01' }));
        cases.push(id);
      } else if (kind === 1 || kind === 2) {
        const id = cases[n % cases.length]!;
        count(await client.post(`/disputes/${id}/mediation/sessions`, { sessionId: `s${++sessions}`, heldOn: '2026-06-02', attendees: [{ id: 'w1', role: 'party' }], positions: [], outcome: 'adjourned' }));
      } else if (kind === 3) {
        count(await client.get(`/disputes/${cases[n % cases.length]!}`));
      } else {
        count(await client.get('/dashboards/mediation'));
      }
    };

    const samples: Sample[] = [await sample(0)];
    const started = Date.now();
    const everyMs = 1000 / sizes.soakRate;
    const sampleEveryMs = Math.max(1_000, (sizes.soakSeconds * 1000) / 60);
    let nextSample = started + sampleEveryMs;
    for (let n = 0; Date.now() - started < sizes.soakSeconds * 1000; n++) {
      const due = started + n * everyMs;
      if (due > Date.now()) await sleep(due - Date.now());
      // A steady rate, not a flood: a step that has not finished does not hold the next ones back, up to a bound.
      if (inFlight.size < 100) {
        const running: Promise<void> = step(n).finally(() => inFlight.delete(running));
        inFlight.add(running);
      }
      if (Date.now() >= nextSample) {
        samples.push(await sample(Math.round((Date.now() - started) / 1000)));
        nextSample += sampleEveryMs;
      }
    }
    await Promise.all(inFlight);
    samples.push(await sample(Math.round((Date.now() - started) / 1000)));

    const total = Object.values(statuses).reduce((a, b) => a + b, 0);
    // Baseline: the second quarter (after warm-up); compared with the last quarter.
    const q = Math.max(1, Math.floor(samples.length / 4));
    const warm = samples.slice(q, 2 * q);
    const last = samples.slice(-q);
    const of = (rows: readonly Sample[], field: keyof Sample) => rows.map((s) => s[field]);
    report('soak', {
      seconds: sizes.soakSeconds,
      rate: sizes.soakRate,
      requests: total,
      statuses,
      cases: cases.length,
      first: samples[0],
      warm: warm[0],
      last: samples.at(-1),
      peak: { apiClientSockets: Math.max(...of(samples, 'apiClientSockets')), apiRssMb: Math.max(...of(samples, 'apiRssMb')), workerRssMb: Math.max(...of(samples, 'workerRssMb')), connections: Math.max(...of(samples, 'connections')) },
      series: samples.filter((_, i) => i % Math.max(1, Math.floor(samples.length / 10)) === 0),
    });
    expect(Object.keys(statuses).filter((s) => Number(s) < 200 || Number(s) >= 300)).toEqual([]);
    expect(total).toBeGreaterThan(sizes.soakSeconds * sizes.soakRate * 0.5);

    // Handles and connections do not grow: pools are bounded, sockets and files closed (the api's descriptors
    // counted without the clients' own keep-alive connections to it).
    expect(Math.max(...of(last, 'connections'))).toBeLessThanOrEqual(Math.max(...of(samples, 'connections').slice(0, 2 * q)) + 2);
    expect(Math.max(...of(last, 'apiFds'))).toBeLessThanOrEqual(Math.max(...of(warm, 'apiFds')) + 10);
    expect(Math.max(...of(last, 'workerFds'))).toBeLessThanOrEqual(Math.max(...of(warm, 'workerFds')) + 10);
    // Memory: a leak guard (half as much again over warm-up, plus 30 MB of collector slack), not a target.
    expect(median(of(last, 'apiRssMb'))).toBeLessThanOrEqual(median(of(warm, 'apiRssMb')) * 1.5 + 30);
    expect(median(of(last, 'workerRssMb'))).toBeLessThanOrEqual(median(of(warm, 'workerRssMb')) * 1.5 + 30);

  }, 3_600_000);
});
