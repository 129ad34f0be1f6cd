import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { registrationBody } from '../support/registration.js';
import { ORG } from '../support/tokens.js';
import { httpClient, type Answer } from './support/http-client.js';
import { PrivatePostgres } from './support/private-postgres.js';
import { sleep, spawnApp, waitFor, type Spawned } from '../support/processes.js';
import { report, sizes } from './support/sizes.js';

const application = { commissionId: ORG.commission, filedOn: '2026-06-02' };

interface Attempt {
  readonly key: string;
  readonly at: number;
  readonly answer: Answer;
}

/**
 * PostgreSQL (a private cluster) is restarted like a crash (`pg_ctl restart -m immediate`) while clients register
 * cases through a separate api process and a worker projects them. Clients behave as the API asks: on a 503 they
 * retry the same request with the same Idempotency-Key. Neither process is restarted.
 */
describe(`PostgreSQL restarted ${sizes.pgRestarts} time(s) during ${sizes.pgLoadSeconds} s of command load`, () => {
  let postgres: PrivatePostgres;
  let api: Spawned;
  let worker: Spawned;
  let db: pg.Pool;
  const client = httpClient(() => api.url, 'arbitration-clerk');

  beforeAll(async () => {
    postgres = await PrivatePostgres.start();
    const env = { DATABASE_URL: postgres.url('labour_disputes'), RATE_LIMIT_PER_MINUTE: '1000000', TEST_CLOCK: '2026-06-03T04:00:00.000Z', DATABASE_POOL_SIZE: '5' };
    // The api creates and migrates the database; the worker starts once it is there.
    api = await spawnApp('api', env);
    await api.ready();
    worker = await spawnApp('worker', env);
    await worker.ready();
    db = new pg.Pool({ connectionString: postgres.url('labour_disputes'), max: 2 });
    db.on('error', () => undefined);
  }, 300_000);
  afterAll(async () => {
    await api?.kill('SIGKILL');
    await worker?.kill('SIGKILL');
    await db?.end().catch(() => undefined);
    await postgres?.destroy();
  });

  const ready = async (process: Spawned) => (await fetch(`${process.url}/health/ready`).catch(() => undefined))?.status === 200;

  it('every 2xx command has all its events stored and projected, none half-written; both processes recover alone, answering 503 meanwhile', async () => {
    const attempts: Attempt[] = [];
    const start = Date.now();
    const end = start + sizes.pgLoadSeconds * 1000;
    let stop = false;
    // As the API asks: the same request with the same key until it is answered with something other than 503.
    const send = async (path: string, body: object) => {
      const key = randomUUID();
      for (let tries = 0; tries < 200; tries++) {
        const answer = await client.post(path, body, { 'idempotency-key': key });
        attempts.push({ key, at: Date.now() - start, answer });
        if (answer.status !== 503) return answer;
        await sleep(Number(answer.headers.get('retry-after') ?? 1) * 250);
      }
      return undefined;
    };
    // Each case: a registration (one event), then an arbitration application (several events in one append).
    const clientLoop = async () => {
      while (!stop && Date.now() < end) {
        const registered = await send('/disputes', registrationBody({ registeredOn: '2026-06-01', knewOfInfringementOn: '2026-05-20' }));
        const id = registered?.body['disputeId'];
        if (registered && registered.status < 300) await send(`/disputes/${id as string}/arbitration/application`, application);
      }
    };
    const clients = Array.from({ length: 4 }, clientLoop);

    const restarts: { at: number; tookMs: number }[] = [];
    for (let r = 0; r < sizes.pgRestarts; r++) {
      await sleep((sizes.pgLoadSeconds * 1000) / (sizes.pgRestarts + 1) - (r === 0 ? 0 : restarts[r - 1]!.tookMs));
      const at = Date.now() - start;
      await postgres.restart('immediate');
      restarts.push({ at, tookMs: Date.now() - start - at });
    }
    await Promise.all(clients);
    stop = true;

    // Neither process died (an unhandled 'error' from a dropped connection would end it).
    expect({ api: api.child.exitCode ?? api.child.signalCode, worker: worker.child.exitCode ?? worker.child.signalCode, output: api.child.exitCode !== null || worker.child.exitCode !== null ? api.output().slice(-3000) + worker.output().slice(-3000) : '' }).toEqual({ api: null, worker: null, output: '' });
    // Only 2xx or 503 (problem+json, with Retry-After): never a 500, never a dropped connection.
    const byStatus: Record<number, number> = {};
    for (const { answer } of attempts) byStatus[answer.status] = (byStatus[answer.status] ?? 0) + 1;
    const others = attempts.filter(({ answer }) => answer.status !== 201 && answer.status !== 200 && answer.status !== 503);
    expect(others.slice(0, 5).map(({ answer }) => ({ status: answer.status, body: answer.body }))).toEqual([]);
    for (const { answer } of attempts.filter((a) => a.answer.status === 503)) {
      expect(answer.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
    }
    // The restarts were felt (the test proves something) and the load went on after the last one.
    expect(byStatus[503] ?? 0).toBeGreaterThan(0);
    const lastRestart = restarts.at(-1)!;
    const firstSuccessAfter = attempts.find((a) => a.at > lastRestart.at + lastRestart.tookMs && a.answer.status < 300);
    expect(firstSuccessAfter).toBeDefined();

    // Both processes report ready again by themselves.
    expect(await waitFor(() => ready(api), 60_000, 250)).toBe(true);
    expect(await waitFor(() => ready(worker), 120_000, 250)).toBe(true);

    // Every command answered 2xx is stored whole: its stream holds the facts its answer listed, in one piece.
    const streams = (await db.query<{ stream_name: string; events: number; types: string[] }>(
      `SELECT stream_name, count(*)::int AS events, array_agg(event_type ORDER BY revision) AS types FROM es_events WHERE category = 'dispute' GROUP BY stream_name`,
    )).rows;
    const byStream = new Map(streams.map((s) => [s.stream_name, s.types]));
    const facts = (answer: Answer) => ((answer.body['facts'] as { type: string }[] | undefined) ?? []).map((f) => f.type);
    const firstOk = new Map<string, Answer>();
    for (const { key, answer } of attempts) if (answer.status < 300 && !firstOk.has(key)) firstOk.set(key, answer);
    const registrations = [...firstOk.values()].filter((a) => facts(a)[0] === 'DisputeRegistered');
    const applications = [...firstOk.values()].filter((a) => facts(a)[0] === 'ArbitrationApplied');
    expect(applications.length).toBeGreaterThan(0);
    const applicationFacts = facts(applications[0]!);
    expect(applicationFacts.length).toBeGreaterThan(1);
    for (const answer of registrations) expect(byStream.get(`dispute-${answer.body['disputeId'] as string}`)?.[0]).toBe('DisputeRegistered');
    for (const answer of applications) expect(byStream.get(`dispute-${answer.body['disputeId'] as string}`)).toEqual(['DisputeRegistered', ...facts(answer)]);
    // None half-written, answered or not: every stream is a registration, or a registration and a whole application.
    const whole = new Set(['DisputeRegistered', ['DisputeRegistered', ...applicationFacts].join(',')]);
    expect(streams.filter((s) => !whole.has(s.types.join(','))).map((s) => s.types)).toEqual([]);
    // A key gives one case however often it was retried: no more streams than registration keys.
    expect(streams.length).toBeGreaterThanOrEqual(registrations.length);
    expect(streams.length).toBeLessThanOrEqual(new Set(attempts.filter((a) => a.answer.status !== 0).map((a) => a.key)).size);

    // And projected: the worker catches up with every stored event after the restarts.
    const projected = async () =>
      (await db.query<{ missing: number }>(
        `SELECT count(*)::int AS missing FROM es_streams s LEFT JOIN case_summaries c ON 'dispute-' || c.dispute_id::text = s.stream_name
         WHERE s.category = 'dispute' AND c.dispute_id IS NULL`,
      )).rows[0]!.missing === 0;
    expect(await waitFor(projected, 120_000, 250)).toBe(true);

    // Recovery: from each restart to the next 2xx answer.
    const recoveries = restarts.map((restart) => {
      const next = attempts.find((a) => a.at > restart.at + restart.tookMs && a.answer.status < 300);
      return next ? next.at - restart.at : null;
    });
    report('postgres-restart', {
      loadSeconds: sizes.pgLoadSeconds,
      restarts: restarts.length,
      restartTookMs: restarts.map((r) => r.tookMs),
      msFromRestartToNext2xx: recoveries,
      answers: byStatus,
      registrationsAnswered2xx: registrations.length,
      applicationsAnswered2xx: applications.length,
      streamsStored: streams.length,
      eventsPerApplication: applicationFacts.length,
    });
  }, 1_800_000);
});
