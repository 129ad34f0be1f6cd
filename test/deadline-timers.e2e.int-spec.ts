import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DEADLINE_QUEUE, jobIdOf } from '#deadline-timers';
import { disputeStream, PostgresEventStore } from '#event-store';
import { testDatabaseUrl } from '#database';
import { bootApp } from './support/boot-app.js';
import { testRedisUrl } from './support/test-redis.js';
import { registrationBody } from './support/registration.js';
import { ORG, tokenFor } from './support/tokens.js';

/**
 * The mediation window of a case received on 2026-06-01 runs to the end of 2026-06-16 (Asia/Shanghai), i.e. it
 * fires at 2026-06-16T16:00:00Z. The test clock starts 10 seconds before that and runs, so it fires 10 s after boot.
 */
const START = '2026-06-16T15:59:50.000Z';
const FIRES_AT = Date.parse('2026-06-16T16:00:00.000Z');
const WINDOW = 'mediationWindowIsFifteenDays';

const registration = registrationBody({ registeredOn: '2026-06-01', knewOfInfringementOn: '2026-05-20' });

describe('statutory timers on BullMQ (real Redis and PostgreSQL)', () => {
  let app: NestFastifyApplication;
  let store: PostgresEventStore;
  let redis: Redis;
  let queue: Queue;
  let queueConnection: Redis;
  const bootedAt = Date.now();
  const testNow = () => Date.parse(START) + (Date.now() - bootedAt);

  beforeAll(async () => {
    redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    await redis.flushdb();
    app = await bootApp('all', { NODE_ENV: 'test', TEST_CLOCK: START, TEST_CLOCK_RUNNING: 'true', TIMER_RECONCILE_SECONDS: '1', TIMER_LOCK_SECONDS: '2' });
    store = PostgresEventStore.connect(testDatabaseUrl());
    queueConnection = redis.duplicate();
    queue = new Queue(DEADLINE_QUEUE, { connection: queueConnection });
  });
  afterAll(async () => {
    await queue.close();
    queueConnection.disconnect();
    await store.close();
    await app.close();
    redis.disconnect();
    process.env['TEST_CLOCK_RUNNING'] = '';
    process.env['TIMER_RECONCILE_SECONDS'] = '';
    process.env['TIMER_LOCK_SECONDS'] = '';
  });

  const post = async (url: string, payload: object) =>
    app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${await tokenFor('mediator')}` }, payload });
  const openCase = async () => {
    const id = (await post('/disputes', registration)).json().disputeId as string;
    expect((await post(`/disputes/${id}/mediation`, { body: 'peoples_mediation', bodyId: ORG.body, mediatorId: 'm-1', receivedOn: '2026-06-01' })).statusCode).toBe(201);
    return id;
  };
  const types = async (id: string) => (await store.readStream(disputeStream(id))).map((e) => `${e.type}${e.type.startsWith('Deadline') ? `:${(e.data as { deadlineId: string }).deadlineId}` : ''}`);
  const waitFor = async (check: () => Promise<boolean>, ms: number) => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      if (await check()) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  };

  it('fires once at the end of the legal day; a met deadline never fires; a flushed Redis loses nothing', async () => {
    const running = await openCase();
    const flushed = await openCase();
    const met = await openCase();
    expect((await post(`/disputes/${met}/mediation/failure`, { failedOn: '2026-06-16', reason: 'no agreement' })).statusCode).toBe(201);

    // The job exists, with the deadline's first version, due at the end of the day.
    const jobId = jobIdOf(`${running}/${WINDOW}`, 1);
    expect(await waitFor(async () => (await queue.getJob(jobId)) !== undefined, 5_000)).toBe(true);
    const job = (await queue.getJob(jobId))!;
    expect(Math.abs(job.timestamp + (job.delay ?? 0) - (Date.now() + (FIRES_AT - testNow())))).toBeLessThan(1_500);
    // The met deadline's job goes once the projection has the fact (its side effect runs after the commit).
    expect(await waitFor(async () => (await queue.getJob(jobIdOf(`${met}/${WINDOW}`, 1))) === undefined, 5_000)).toBe(true);

    // Redis loses everything before the deadline: the reconciler puts the jobs back.
    expect(await waitFor(async () => (await queue.getJob(jobIdOf(`${flushed}/${WINDOW}`, 1))) !== undefined, 5_000)).toBe(true);
    await redis.flushdb();
    expect(await waitFor(async () => (await queue.getJob(jobIdOf(`${flushed}/${WINDOW}`, 1))) !== undefined, 5_000)).toBe(true);

    const fired = await waitFor(async () => (await types(running)).includes(`DeadlineExpired:${WINDOW}`) && (await types(flushed)).includes(`DeadlineExpired:${WINDOW}`), 20_000);
    expect(fired).toBe(true);
    expect(testNow()).toBeGreaterThanOrEqual(FIRES_AT);
    // Nothing fired early: each expiry was decided at or after the due instant, by the app's own clock.
    for (const id of [running, flushed]) {
      const expiry = (await store.readStream(disputeStream(id))).find((e) => e.type === 'DeadlineExpired')!;
      expect(Date.parse((expiry.data as { expiredAt: string }).expiredAt)).toBeGreaterThanOrEqual(FIRES_AT);
    }
    await new Promise((r) => setTimeout(r, 2_500));
    for (const id of [running, flushed]) {
      const all = await types(id);
      expect(all.filter((t) => t === `DeadlineExpired:${WINDOW}`)).toHaveLength(1);
      expect(all).toContain('MediationWindowExpired');
    }
    expect(await types(met)).not.toContain(`DeadlineExpired:${WINDOW}`);
  }, 60_000);
});
