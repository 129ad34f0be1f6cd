import { disputeStream, PostgresEventStore } from '#event-store';
import { registrationBody } from '../support/registration.js';
import { ORG } from '../support/tokens.js';
import { WebhookReceiver } from '../../libs/notifications/src/testing/webhook-receiver.js';
import { freshDatabase } from './support/fault-database.js';
import { httpClient, type Answer } from './support/http-client.js';
import { PrivateRedis } from './support/private-redis.js';
import { sleep, spawnApp, waitFor, type Spawned } from '../support/processes.js';
import { report, sizes } from './support/sizes.js';

/** A mediation window received on 2026-06-01 ends with 2026-06-16 in Asia/Shanghai: it is due at 16:00Z. */
const DUE = Date.parse('2026-06-16T16:00:00.000Z');
const WINDOW = 'mediationWindowIsFifteenDays';
/** The processes' clocks start this long before the windows are due, and run. */
const LEAD_MS = 30_000;

/**
 * Redis (a private one, nothing on disk) is killed shortly before a batch of mediation windows is due and comes back,
 * empty, after the outage. Meanwhile clients keep opening cases whose windows are already due. Commands must succeed
 * throughout; every window due in the outage expires exactly once after Redis returns (the reconciler restores the
 * jobs from PostgreSQL), none before, and the mediation body's webhook is told of each expiry once.
 */
describe(`Redis down for ${sizes.redisOutageSeconds} s during load`, () => {
  let redis: PrivateRedis;
  let api: Spawned;
  let worker: Spawned;
  let store: PostgresEventStore;
  let dueAtRealTime: number;
  const client = httpClient(() => api.url);
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    const url = await freshDatabase('redis');
    store = PostgresEventStore.connect(url);
    redis = await PrivateRedis.start();
    await receiver.start();
    const env = {
      DATABASE_URL: url,
      REDIS_URL: redis.url,
      TEST_CLOCK: new Date(DUE - LEAD_MS).toISOString(),
      TEST_CLOCK_RUNNING: 'true',
      TIMER_RECONCILE_SECONDS: '1',
      TIMER_LOCK_SECONDS: '2',
      RATE_LIMIT_PER_MINUTE: '1000000',
      NOTIFY_RECONCILE_SECONDS: '1',
      NOTIFY_BACKOFF_MS: '500',
    };
    // The timers run in the worker: its clock decides when the windows are due.
    dueAtRealTime = Date.now() + LEAD_MS;
    worker = await spawnApp('worker', env);
    api = await spawnApp('api', env);
    await Promise.all([worker.ready(), api.ready()]);
    const subscribed = await httpClient(() => api.url, 'admin').post('/admin/notifications/subscriptions', { organisationId: ORG.body, channel: 'webhook', target: receiver.url('/expiries'), kinds: ['expiry'] });
    expect(subscribed.status).toBe(201);
  }, 180_000);
  afterAll(async () => {
    await api?.kill('SIGKILL');
    await worker?.kill('SIGKILL');
    await redis?.destroy();
    await receiver.close();
    await store?.close();
  });

  const openCase = async (): Promise<{ id?: string; answers: Answer[] }> => {
    const registered = await client.post('/disputes', registrationBody({ registeredOn: '2026-06-01', knewOfInfringementOn: '2026-05-20' }));
    const id = registered.body['disputeId'] as string | undefined;
    if (registered.status !== 201 || !id) return { answers: [registered] };
    const opened = await client.post(`/disputes/${id}/mediation`, { body: 'peoples_mediation', bodyId: ORG.body, mediatorId: 'm-1', receivedOn: '2026-06-01' });
    return { id, answers: [registered, opened] };
  };
  const expiries = async (id: string) =>
    (await store.readStream(disputeStream(id))).filter((e) => e.type === 'DeadlineExpired' && (e.data as { deadlineId: string }).deadlineId === WINDOW).length;

  /** Expiry webhooks received per case (the body names the case and the deadline). */
  const told = () => {
    const count = new Map<string, number>();
    for (const request of receiver.at('/expiries')) {
      const body = JSON.parse(request.body) as { disputeId: string; detail: { deadlineId: string } };
      if (body.detail.deadlineId === WINDOW) count.set(body.disputeId, (count.get(body.disputeId) ?? 0) + 1);
    }
    return count;
  };

  it('commands succeed throughout; every window due in the outage expires, and is notified, once after Redis returns', async () => {
    const before: string[] = [];
    for (let i = 0; i < 10; i++) before.push((await openCase()).id!);
    expect(before.every(Boolean)).toBe(true);

    // Down a few seconds before the windows are due, back after the outage: the due instant falls inside it.
    const downAt = dueAtRealTime - 3_000;
    expect(Date.now()).toBeLessThan(downAt);
    await sleep(downAt - Date.now());
    await redis.stop();
    const outageStarted = Date.now();
    const during: string[] = [];
    const duringAnswers: Answer[] = [];
    while (Date.now() - outageStarted < sizes.redisOutageSeconds * 1000) {
      const { id, answers } = await openCase();
      duringAnswers.push(...answers);
      if (id) during.push(id);
      await sleep(200);
    }
    const readyDuringOutage = (await fetch(`${api.url}/health/ready`)).status;
    const all = [...before, ...during];
    const expiredInOutage = (await Promise.all(all.map(expiries))).reduce((a, b) => a + b, 0);
    const toldInOutage = told().size;
    await redis.startAgain();
    const back = Date.now();

    const statuses: Record<number, number> = {};
    for (const answer of duringAnswers) statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
    expect(statuses).toEqual({ 201: duringAnswers.length });
    expect(Date.now()).toBeGreaterThan(dueAtRealTime);
    // Nothing could fire while Redis was away.
    expect(expiredInOutage).toBe(0);
    expect(toldInOutage).toBe(0);

    // Once back (empty: it keeps nothing on disk), each window expires, once.
    expect(await waitFor(async () => (await Promise.all(all.map(expiries))).every((n) => n >= 1), 120_000, 250)).toBe(true);
    const allExpiredAfterMs = Date.now() - back;
    expect(await waitFor(() => all.every((id) => (told().get(id) ?? 0) >= 1), 120_000, 250)).toBe(true);
    const allToldAfterMs = Date.now() - back;
    // The reconciler keeps re-adding running deadlines every second: none fires a second time.
    await sleep(5_000);
    expect((await Promise.all(all.map(expiries))).filter((n) => n !== 1)).toEqual([]);
    expect(all.map((id) => told().get(id)).filter((n) => n !== 1)).toEqual([]);
    expect(await waitFor(async () => (await fetch(`${api.url}/health/ready`)).status === 200, 60_000, 250)).toBe(true);

    report('redis-outage', {
      outageSeconds: (back - outageStarted) / 1000,
      casesBefore: before.length,
      commandsDuringOutage: duringAnswers.length,
      statusesDuringOutage: statuses,
      readinessDuringOutage: readyDuringOutage,
      windowsDue: all.length,
      msFromRedisBackToAllExpired: allExpiredAfterMs,
      msFromRedisBackToAllNotified: allToldAfterMs,
      webhooksReceived: receiver.at('/expiries').length,
    });
  }, 600_000);
});
