import { addDays, legalDateOf } from '#calendar';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { issueDevelopmentToken, organisationKindOfRole, type HumanRole, type OrganisationKind } from '#auth';
import { DEVELOPMENT_AUTH } from '#config';
import { allMigrations, createDataSource, ensureDatabase, runMigrations } from '#database';
import { fictionalIdNumber, seededRandom } from '#demo-data';
import { DEADLINE_QUEUE, DeadlineScheduler, type PendingDeadline } from '#deadline-timers';
import { PostgresEventStore, type Position } from '#event-store';
import { BullMqJobQueues } from '#jobs';
import { rebuildProjection } from '#projections';
import { allProjections } from '#read-models';
import { productionNodeFlags, startApp, startScript, memoryOf, type RunningApp } from './app-process.js';
import { topCosts } from './cpu-profile.js';
import { generateIntoStore } from './generate-data.js';
import { runLoad, type LoadResult } from './http-load.js';
import { checkQueryPlans, type CheckedPlan } from './query-plans.js';
import { eventStoreAppends, RawInserts, removeBenchAppends, type Throughput } from './raw-baselines.js';
import { percentile } from './stats.js';

export interface BenchOptions {
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly disputes: number;
  /** Repetitions of every timed figure; the report gives medians. */
  readonly runs: number;
  /** Seconds per timed run. */
  readonly seconds: number;
  readonly concurrencies: readonly number[];
  /** Pending deadlines the timer benchmark schedules and reconciles. */
  readonly deadlines: number;
  /** Command targets: fresh disputes in mediation the load records sessions on. */
  readonly targets: number;
  readonly profileFile: string;
  /** Keep a database that already holds this seed's disputes (generation is then not timed). */
  readonly reuse?: boolean;
  readonly log?: (line: string) => void;
}

export interface LagFigures {
  readonly samples: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

export interface BenchResult {
  readonly disputes: number;
  readonly events: number;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly options: { runs: number; seconds: number; concurrencies: readonly number[]; deadlines: number; targets: number; nodeFlags?: readonly string[] };
  readonly machine: {
    cpus: string;
    cores: number;
    memoryGb: number;
    node: string;
    postgres: string;
    redis: string;
    /** The server's setting (absent in results written before it was recorded). */
    autovacuum?: string;
    loadBefore: number[];
    loadAfter: number[];
  };
  readonly generation: { seconds: number; eventsPerSecond: number };
  readonly rawSingle: Record<number, Throughput[]>;
  readonly rawBatched: Throughput[];
  readonly eventStoreAppend: Throughput[];
  /** The raw single-row INSERT at the append's concurrency, measured right before each append run. */
  readonly appendBaseline: Throughput[];
  readonly rebuild: { name: string; events: number; seconds: number; perSecond: number }[];
  readonly timers: { pending: number; scheduleSeconds?: number; reconcileSeconds: number; moveSeconds: number };
  readonly startUp: { readySeconds: number; settleSeconds: number; eventsWhileSettling: number; settled: boolean };
  readonly httpConstant: Record<number, LoadResult[]>;
  readonly command: Record<number, LoadResult[]>;
  readonly lag: Record<number, Record<string, LagFigures[]>>;
  /**
   * The same command load with api and worker in two processes, as docker/compose.yml deploys them: the projection
   * runners no longer share the api's event loop. Absent in results written before it was measured.
   */
  readonly split?: {
    readonly command: Record<number, LoadResult[]>;
    readonly lag: Record<number, Record<string, LagFigures[]>>;
    readonly memory: { api: { rssMb: number; peakRssMb: number }; worker: { rssMb: number; peakRssMb: number } };
  };
  readonly reads: { name: string; kind: 'case' | 'dashboard' | 'list' | 'statistics'; runs: LoadResult[]; alone?: LoadResult[] }[];
  readonly memory: { rssMb: number; peakRssMb: number };
  readonly profile: ReturnType<typeof topCosts> & { load: string };
  /** Absent in results written before it was measured. */
  readonly readProfile?: ReturnType<typeof topCosts> & { load: string };
  readonly plans: CheckedPlan[];
}

/** The admin may sit anywhere; the bench's sits in the labour department. */
const orgKindOf = (role: HumanRole): OrganisationKind => {
  const kind = organisationKindOfRole[role];
  return kind === 'any' ? 'department' : kind;
};
const token = (role: HumanRole, organisationId: string) =>
  issueDevelopmentToken({ userId: `bench-${role}`, role, organisationId, orgKind: orgKindOf(role), name: `Bench ${role}` }, DEVELOPMENT_AUTH.AUTH_JWT_SECRET, {
    issuer: DEVELOPMENT_AUTH.AUTH_ISSUER,
    audience: DEVELOPMENT_AUTH.AUTH_AUDIENCE,
    expiresIn: '4h',
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function machineLine(db: pg.Client, redisUrl: string) {
  const redis = new Redis(redisUrl, { lazyConnect: true });
  await redis.connect();
  const info = await redis.info('server');
  await redis.quit();
  const version = (await db.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  return {
    cpus: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres: version,
    redis: /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown',
    autovacuum: (await db.query<{ autovacuum: string }>('SHOW autovacuum')).rows[0]!.autovacuum,
    loadBefore: loadavg().map((l) => Math.round(l * 100) / 100),
    loadAfter: [] as number[],
  };
}

/** The age of the oldest event each watched projection has not applied yet (0 when caught up). */
async function lagNow(store: PostgresEventStore, db: pg.Client): Promise<Map<string, number>> {
  const watched = allProjections().filter((p) => p.name !== 'stream_summary');
  const { rows } = await db.query<{ name: string; position: string }>('SELECT name, position FROM projection_checkpoints WHERE name = ANY($1)', [watched.map((p) => p.name)]);
  const now = Date.now();
  const lag = new Map<string, number>();
  for (const projection of watched) {
    const checkpoint = (rows.find((r) => r.name === projection.name)?.position ?? '') as Position;
    const [oldest] = await store.readAll({ after: checkpoint, filter: projection.filter, maxCount: 1 });
    lag.set(projection.name, oldest ? Math.max(0, now - oldest.recordedAt.getTime()) : 0);
  }
  return lag;
}

/** Waits until the watched projections have applied everything (after creating the targets, before the loads). */
async function drained(store: PostgresEventStore, db: pg.Client, limitSeconds = 120): Promise<void> {
  const end = Date.now() + limitSeconds * 1000;
  while ([...(await lagNow(store, db)).values()].some((ms) => ms > 0)) {
    if (Date.now() > end) throw new Error(`projections still behind after ${limitSeconds} s`);
    await sleep(100);
  }
}

/** Age of the oldest event a projection has not applied, sampled every 50 ms while `during` runs. */
async function sampleLag(store: PostgresEventStore, db: pg.Client, during: Promise<LoadResult>): Promise<[LoadResult, Record<string, LagFigures>]> {
  const samples = new Map<string, number[]>();
  let done = false;
  const result = during.finally(() => (done = true));
  while (!done) {
    for (const [name, ms] of await lagNow(store, db)) {
      if (!samples.has(name)) samples.set(name, []);
      samples.get(name)!.push(ms);
    }
    await sleep(50);
  }
  const figures = Object.fromEntries(
    [...samples].map(([name, values]) => [name, { samples: values.length, p50Ms: percentile(values, 50), p99Ms: percentile(values, 99), maxMs: Math.max(0, ...values) }]),
  );
  return [await result, figures];
}

async function countEvents(db: pg.Client, filter: { categories?: readonly string[]; eventTypes?: readonly string[] }): Promise<number> {
  const { rows } = await db.query<{ n: string }>(
    'SELECT count(*) AS n FROM es_events WHERE ($1::text[] IS NULL OR category = ANY($1)) AND ($2::text[] IS NULL OR event_type = ANY($2))',
    [filter.categories ?? null, filter.eventTypes ?? null],
  );
  return Number(rows[0]!.n);
}

/** Schedules `count` pending deadlines (a new job each), reconciles them (all present), then moves every one (old job removed, new added). */
export async function timerBenchmark(redisUrl: string, count: number, today: string) {
  const queues = new BullMqJobQueues(redisUrl, { lockMs: 30_000 });
  const scheduler = new DeadlineScheduler(queues, 'Asia/Shanghai', () => new Date());
  const rows = (version: number): PendingDeadline[] =>
    Array.from({ length: count }, (_, i) => ({
      deadline_key: `bench-dispute-${i}:deadline-1`,
      dispute_id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      deadline_id: 'deadline-1',
      rule: 'mediationWindowIsFifteenDays',
      due_on: addDays(today, 20 + (i % 10)),
      status: 'running',
      due_version: version,
    }));
  try {
    let t = performance.now();
    await scheduler.reconcile(rows(1));
    const scheduleSeconds = (performance.now() - t) / 1000;
    // What the periodic reconcile does when Redis lost nothing: every job is added again and found present.
    t = performance.now();
    await scheduler.reconcile(rows(1));
    const reconcileSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    await scheduler.apply(rows(2));
    const moveSeconds = (performance.now() - t) / 1000;
    return { pending: count, scheduleSeconds, reconcileSeconds, moveSeconds };
  } finally {
    await queues.queue(DEADLINE_QUEUE).obliterate({ force: true });
    await queues.close();
  }
}

/**
 * Waits until the app is at rest after start-up: the timers' burst (overdue deadlines of the generated cases fired
 * as expiry commands) applied, every projection's checkpoint and side effects (whatever projections the worker runs,
 * including ones this bench did not rebuild) caught up and still, the deadline queue idle, for 3 s in a row.
 */
async function settle(db: pg.Client, redisUrl: string, limitSeconds: number) {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(DEADLINE_QUEUE, { connection });
  const started = performance.now();
  const before = await countEvents(db, {});
  let quiet = 0;
  let last = '';
  let events = before;
  try {
    while ((performance.now() - started) / 1000 < limitSeconds) {
      await sleep(1_000);
      const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
      events = await countEvents(db, {});
      const { rows } = await db.query<{ name: string; position: string; effects_position: string }>('SELECT name, position, effects_position FROM projection_checkpoints ORDER BY name');
      const state = JSON.stringify([events, rows]);
      const idle = (counts.waiting ?? 0) + (counts.active ?? 0) + (counts.prioritized ?? 0) === 0;
      const effectsDone = rows.every((row) => row.effects_position === row.position);
      quiet = state === last && idle && effectsDone ? quiet + 1 : 0;
      last = state;
      if (quiet >= 3) return { settleSeconds: (performance.now() - started) / 1000 - 3, eventsWhileSettling: events - before, settled: true };
    }
    return { settleSeconds: limitSeconds, eventsWhileSettling: events - before, settled: false };
  } finally {
    await queue.close();
    await connection.quit().catch(() => undefined);
  }
}

/** The mediator of the bench's own command targets, so the reads can leave them out. */
const BENCH_MEDIATOR = 'mediator-bench';

async function createTargets(app: RunningApp, mediatorToken: string, count: number, today: string): Promise<string[]> {
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${app.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${mediatorToken}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { disputeId?: string };
  };
  const ids: string[] = [];
  const random = seededRandom(Date.now());
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (ids.length < count) {
        const placeholder = ids.push('') - 1;
        const { disputeId } = await post('/disputes', {
          parties: [
            { partyId: 'w1', kind: 'worker', displayName: '测试工人', idNumber: fictionalIdNumber(random, '330106') },
            { partyId: 'e1', kind: 'employer', displayName: '基准测试有限公司' },
          ],
          claims: [{ claimId: 'c1', type: 'wages', amountFen: 1_200_000, description: 'unpaid wages (benchmark)' }],
          channel: 'walk_in',
          regionCode: '330106',
          knewOfInfringementOn: addDays(today, -30),
          registeredOn: today,
        });
        await post(`/disputes/${disputeId}/mediation`, { body: 'peoples_mediation', bodyId: 'body_xihu', mediatorId: BENCH_MEDIATOR, receivedOn: today });
        ids[placeholder] = disputeId!;
      }
    }),
  );
  return ids.slice(0, count);
}

/** The command loads again, with the api and the worker each in its own process; lag sampled as in the combined run. */
async function splitProcessLoads(
  options: BenchOptions,
  db: pg.Client,
  store: PostgresEventStore,
  bearer: string,
  freshTargets: () => readonly string[],
  today: string,
  log: (line: string) => void,
): Promise<NonNullable<BenchResult['split']>> {
  const env = { databaseUrl: options.databaseUrl, redisUrl: options.redisUrl };
  const worker = await startApp(env, '../apps/worker/src/main.js');
  let api: RunningApp | undefined;
  try {
    api = await startApp(env, '../apps/api/src/main.js');
    await settle(db, options.redisUrl, 900);
    const command: Record<number, LoadResult[]> = {};
    const lag: Record<number, Record<string, LagFigures[]>> = {};
    const concurrencies = options.concurrencies.filter((c) => c > 1);
    for (let run = 0; run < options.runs; run++) {
      for (const c of concurrencies) {
        const [result, figures] = await sampleLag(
          store,
          db,
          runLoad({
            url: api.url,
            connections: c,
            seconds: options.seconds,
            token: bearer,
            paths: freshTargets().map((id) => `/disputes/${id}/mediation/sessions`),
            session: { heldOn: today, nextSessionOn: addDays(today, 3), run: `split-${run}-${c}` },
          }),
        );
        (command[c] ??= []).push(result);
        for (const [name, lagOf] of Object.entries(figures)) ((lag[c] ??= {})[name] ??= []).push(lagOf);
        log(`  c=${c}: command ${Math.round(result.perSecond)}/s p99 ${result.p99Ms} ms, case_summary lag p99 ${figures['case_summary']?.p99Ms ?? '–'} ms`);
      }
    }
    return { command, lag, memory: { api: memoryOf(api.pid), worker: memoryOf(worker.pid) } };
  } finally {
    await api?.stop();
    await worker.stop();
  }
}

/** The whole suite against `databaseUrl` (dropped and generated afresh) and `redisUrl` (its database flushed). */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const startedAt = new Date().toISOString();
  // The legal day the app itself uses for commands and dashboards.
  const today = legalDateOf(new Date());
  const admin = new pg.Client({ connectionString: new URL('/postgres', options.databaseUrl).toString() });
  await admin.connect();
  const dbName = decodeURIComponent(new URL(options.databaseUrl).pathname.slice(1));
  if (!options.reuse) await admin.query(`DROP DATABASE IF EXISTS "${dbName.replaceAll('"', '""')}" WITH (FORCE)`);
  await admin.end();
  await ensureDatabase(options.databaseUrl);
  await runMigrations(options.databaseUrl, allMigrations);
  const flush = new Redis(options.redisUrl);
  await flush.flushdb();
  await flush.quit();

  const db = new pg.Client({ connectionString: options.databaseUrl, application_name: 'labour-disputes-bench' });
  await db.connect();
  const machine = await machineLine(db, options.redisUrl);
  const store = PostgresEventStore.connect(options.databaseUrl, { poolSize: 32 });
  let app: RunningApp | undefined;
  try {
    log(`generating ${options.disputes} disputes`);
    const generated = await generateIntoStore({ store, disputes: options.disputes, concurrency: 16 });
    log(generated.alreadyGenerated ? '  already in the database: kept, not timed' : `  ${generated.events} events in ${generated.seconds.toFixed(1)} s`);
    await db.query('VACUUM ANALYZE es_events');
    await db.query('VACUUM ANALYZE es_streams');

    log('baselines: raw pg inserts, event-store appends');
    const raw = await RawInserts.open(options.databaseUrl, Math.max(...options.concurrencies));
    const rawSingle: Record<number, Throughput[]> = {};
    const rawBatched: Throughput[] = [];
    const appendBaseline: Throughput[] = [];
    const eventStoreAppend: Throughput[] = [];
    const appendStore = PostgresEventStore.connect(options.databaseUrl, { poolSize: 10 });
    for (let run = 0; run < options.runs; run++) {
      for (const c of options.concurrencies) (rawSingle[c] ??= []).push(await raw.singleRow(c, options.seconds));
      rawBatched.push(await raw.batched(8, options.seconds));
      // Baseline and target back to back, so the drift between them is as small as this machine allows.
      appendBaseline.push(await raw.singleRow(8, options.seconds));
      eventStoreAppend.push(await eventStoreAppends(appendStore, 8, options.seconds));
    }
    await appendStore.close();
    await raw.close();
    await removeBenchAppends(options.databaseUrl);

    log('projection rebuilds from zero');
    const dataSource = createDataSource({ url: options.databaseUrl, poolSize: 4 });
    await dataSource.initialize();
    const rebuild: BenchResult['rebuild'] = [];
    try {
      for (const definition of allProjections()) {
        const events = await countEvents(db, definition.filter);
        const t = performance.now();
        await rebuildProjection(store, dataSource, definition);
        const seconds = (performance.now() - t) / 1000;
        rebuild.push({ name: definition.name, events, seconds, perSecond: events / seconds });
        log(`  ${definition.name}: ${events} events in ${seconds.toFixed(1)} s`);
      }
    } finally {
      await dataSource.destroy();
    }
    // The swapped-in tables are new: give the planner their statistics, as autovacuum would shortly after a rebuild.
    await db.query('ANALYZE case_summaries, case_deadlines, stream_summaries');

    log(`timers: ${options.deadlines} pending deadlines`);
    const timers = await timerBenchmark(options.redisUrl, options.deadlines, today);

    log('starting the app (api + worker)');
    app = await startApp({ databaseUrl: options.databaseUrl, redisUrl: options.redisUrl });
    const settled = await settle(db, options.redisUrl, 900);
    const startUp = { readySeconds: app.startedInSeconds, ...settled };
    log(`  ready in ${app.startedInSeconds.toFixed(1)} s; start-up timers settled in ${settled.settleSeconds.toFixed(1)} s (${settled.eventsWhileSettling} events)`);

    const mediatorToken = await token('mediator', 'body_xihu');
    // Every load records sessions on cases of its own: a mediation holds a few sessions (4–8 in the generated cases),
    // and thousands recorded on the same 500 cases made them grow to 80 facts and more, with each run slower than the
    // one before it. A load of 5 s at 500 commands/s gives each of its 500 cases about 5.
    const oneProcessLoads = options.runs * options.concurrencies.length + 1;
    const splitLoads = options.runs * options.concurrencies.filter((c) => c > 1).length;
    const allTargets = await createTargets(app, mediatorToken, options.targets * (oneProcessLoads + splitLoads), today);
    let handedOut = 0;
    const freshTargets = () => allTargets.slice(handedOut, (handedOut += options.targets));
    await drained(store, db);
    log(`  ${allTargets.length} cases opened in mediation for the command loads (${options.targets} per load)`);
    const constant = await startScript('./constant-server.js');
    const httpConstant: Record<number, LoadResult[]> = {};
    const command: Record<number, LoadResult[]> = {};
    const lag: Record<number, Record<string, LagFigures[]>> = {};
    log('HTTP: constant route and commands');
    try {
      for (let run = 0; run < options.runs; run++) {
        for (const c of options.concurrencies) {
          (httpConstant[c] ??= []).push(await runLoad({ url: constant.url, connections: c, seconds: options.seconds, paths: ['/constant'] }));
          const [result, lagFigures] = await sampleLag(
            store,
            db,
            runLoad({
              url: app.url,
              connections: c,
              seconds: options.seconds,
              token: mediatorToken,
              paths: freshTargets().map((id) => `/disputes/${id}/mediation/sessions`),
              session: { heldOn: today, nextSessionOn: addDays(today, 3), run: `${run}-${c}` },
            }),
          );
          (command[c] ??= []).push(result);
          for (const [name, figures] of Object.entries(lagFigures)) ((lag[c] ??= {})[name] ??= []).push(figures);
          log(`  c=${c}: constant ${Math.round(httpConstant[c].at(-1)!.perSecond)}/s, command ${Math.round(result.perSecond)}/s p99 ${result.p99Ms} ms (${result.non2xx} non-2xx)`);
        }
      }
    } finally {
      await constant.stop();
    }

    log('reads');
    // The start-up catch-up and the loads updated read-model rows in place. Production's autovacuum (the read models'
    // migration sets it to run after 2% changed) keeps their visibility maps current for the dashboards' index-only
    // counts; where the server runs without it, the bench does that vacuum itself before measuring reads.
    if (machine.autovacuum === 'off') await db.query('VACUUM (ANALYZE) case_summaries, case_deadlines');
    // The generated cases, not the bench's own command targets.
    const { rows: sample } = await db.query<{ dispute_id: string }>(
      "SELECT dispute_id FROM case_summaries WHERE mediation_body_id = 'body_xihu' AND mediator_id IS DISTINCT FROM $1 ORDER BY md5(dispute_id::text) LIMIT 500",
      [BENCH_MEDIATOR],
    );
    const ids = sample.map((r) => r.dispute_id);
    const readSpecs: [string, BenchResult['reads'][number]['kind'], string, string[]][] = [
      ['GET /disputes/{id}', 'case', mediatorToken, ids.map((id) => `/disputes/${id}`)],
      ['GET /disputes/{id}/history', 'case', mediatorToken, ids.map((id) => `/disputes/${id}/history`)],
      ['GET /disputes (list, first page)', 'list', mediatorToken, ['/disputes']],
      ['GET /dashboards/mediation', 'dashboard', mediatorToken, ['/dashboards/mediation']],
      ['GET /dashboards/arbitration', 'dashboard', await token('arbitration-clerk', 'hz_commission'), ['/dashboards/arbitration']],
      ['GET /dashboards/court', 'dashboard', await token('court-liaison', 'court_xihu'), ['/dashboards/court']],
      ['GET /statistics', 'statistics', await token('analyst', 'hrss_hz'), [`/statistics?from=2025-03-01&to=${today}`]],
    ];
    const reads: BenchResult['reads'] = [];
    const url = app.url;
    // Each read at 8 connections (queueing on two cores shared with PostgreSQL and the load generator) and alone (one
    // connection: what one request costs).
    for (const [name, kind, bearer, paths] of readSpecs) {
      const load = (connections: number) => runLoad({ url, connections, seconds: Math.max(1, Math.round(options.seconds * 0.6)), token: bearer, paths });
      const runs: LoadResult[] = [];
      const alone: LoadResult[] = [];
      for (let run = 0; run < options.runs; run++) {
        runs.push(await load(8));
        alone.push(await load(1));
      }
      reads.push({ name, kind, runs, alone });
      log(`  ${name}: p99 ${runs.map((r) => r.p99Ms).join(' / ')} ms, alone ${alone.map((r) => r.p99Ms).join(' / ')} ms (${[...runs, ...alone].map((r) => r.non2xx).join('/')} non-2xx)`);
    }
    const memory = memoryOf(app.pid);

    log('profile: commands at the highest concurrency');
    const top = Math.max(...options.concurrencies);
    await app.profileStart();
    await runLoad({
      url: app.url,
      connections: top,
      seconds: options.seconds,
      token: mediatorToken,
      paths: freshTargets().map((id) => `/disputes/${id}/mediation/sessions`),
      session: { heldOn: today, nextSessionOn: addDays(today, 3), run: 'profile' },
    });
    await app.profileStop(options.profileFile);
    const profile = { ...topCosts(options.profileFile), load: `mediation sessions over HTTP, ${top} connections, ${options.seconds} s` };

    log('profile: case reads at concurrency 8');
    await app.profileStart();
    await runLoad({ url: app.url, connections: 8, seconds: options.seconds, token: mediatorToken, paths: ids.map((id) => `/disputes/${id}`) });
    const readProfileFile = options.profileFile.replace(/\.cpuprofile$/, '') + '-reads.cpuprofile';
    await app.profileStop(readProfileFile);
    const readProfile = { ...topCosts(readProfileFile), load: `GET /disputes/{id}, 8 connections, ${options.seconds} s` };
    await app.stop();
    app = undefined;

    log('HTTP: commands with api and worker in two processes (docker/compose.yml)');
    const split = await splitProcessLoads(options, db, store, mediatorToken, freshTargets, today, log);

    log('query plans');
    const plans = await checkQueryPlans(options.databaseUrl, today);
    const events = await countEvents(db, { categories: ['dispute'] });
    machine.loadAfter = loadavg().map((l) => Math.round(l * 100) / 100);
    return {
      disputes: options.disputes,
      events,
      startedAt,
      finishedAt: new Date().toISOString(),
      options: { runs: options.runs, seconds: options.seconds, concurrencies: options.concurrencies, deadlines: options.deadlines, targets: options.targets, nodeFlags: productionNodeFlags() },
      machine,
      generation: generated.alreadyGenerated ? { seconds: Number.NaN, eventsPerSecond: Number.NaN } : { seconds: generated.seconds, eventsPerSecond: generated.events / generated.seconds },
      rawSingle,
      rawBatched,
      eventStoreAppend,
      appendBaseline,
      rebuild,
      timers,
      startUp,
      httpConstant,
      command,
      lag,
      split,
      reads,
      memory,
      profile,
      readProfile,
      plans,
    };
  } finally {
    await app?.stop();
    await store.close();
    await db.end();
  }
}

export function saveResult(result: BenchResult, directory: string): string {
  mkdirSync(directory, { recursive: true });
  const file = `${directory}/${result.disputes}.json`;
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
