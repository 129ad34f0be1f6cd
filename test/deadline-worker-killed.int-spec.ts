import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DEADLINE_QUEUE, jobIdOf } from '#deadline-timers';
import { disputeStream, PostgresEventStore } from '#event-store';
import { prepareTestDatabase, testDatabaseUrl } from '#database';
import { spawnApp, type Spawned } from './support/processes.js';
import { registrationBody } from './support/registration.js';
import { testRedisUrl } from './support/test-redis.js';
import { ORG, tokenFor } from './support/tokens.js';

/** A mediation window received on 2026-06-01 ends with 2026-06-16 in Asia/Shanghai: it fires at 16:00Z. */
const FIRES_AT = Date.parse('2026-06-16T16:00:00.000Z');
const WINDOW = 'mediationWindowIsFifteenDays';

const startApp = async (env: Record<string, string>): Promise<Spawned> => {
  const app = await spawnApp('all', { DATABASE_URL: testDatabaseUrl(), REDIS_URL: testRedisUrl(), TEST_CLOCK_RUNNING: 'true', TIMER_LOCK_SECONDS: '2', TIMER_RECONCILE_SECONDS: '1', ...env });
  await app.ready();
  return app;
};

describe('a worker killed while it fires a deadline (real processes, Redis and PostgreSQL)', () => {
  let store: PostgresEventStore;
  let connection: Redis;
  let queue: Queue;
  // Real processes, so that one can be killed (SIGKILL: no shutdown hook, no lock released).
  const children: Spawned[] = [];

  beforeAll(async () => {
    await prepareTestDatabase();
    store = PostgresEventStore.connect(testDatabaseUrl());
    connection = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    queue = new Queue(DEADLINE_QUEUE, { connection });
  });
  afterAll(async () => {
    for (const child of children) await child.kill();
    await queue.close();
    connection.disconnect();
    await store.close();
  });

  const expiries = async (id: string) =>
    (await store.readStream(disputeStream(id))).filter((e) => e.type === 'DeadlineExpired' && (e.data as { deadlineId: string }).deadlineId === WINDOW).length;

  it('the job is retried by the next worker once its lock lapses, and the expiry is applied once', async () => {
    // The first worker starts 4 s before the window ends and holds the firing job for a minute.
    const first = await startApp({ TEST_CLOCK: new Date(FIRES_AT - 4_000).toISOString(), TEST_TIMER_HOLD_MS: '60000' });
    children.push(first);
    const base = first.url;
    const post = async (path: string, body: object) => {
      const response = await fetch(`${base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${await tokenFor('mediator')}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (response.status !== 201) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as { disputeId: string };
    };
    const { disputeId } = await post('/disputes', registrationBody({ registeredOn: '2026-06-01', knewOfInfringementOn: '2026-05-20' }));
    await post(`/disputes/${disputeId}/mediation`, { body: 'peoples_mediation', bodyId: ORG.body, mediatorId: 'm-1', receivedOn: '2026-06-01' });

    const jobId = jobIdOf(`${disputeId}/${WINDOW}`, 1);
    let state = 'unknown';
    // Generous: the clock reaches the due instant seconds after boot, later on a loaded machine.
    for (let i = 0; i < 1_200 && state !== 'active'; i++) {
      state = (await (await queue.getJob(jobId))?.getState()) ?? 'missing';
      if (state !== 'active') await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(state).toBe('active');
    await first.kill();
    expect(await expiries(disputeId)).toBe(0);

    // A new worker (the restarted process), its clock past the due instant, holding nothing.
    const second = await startApp({ TEST_CLOCK: new Date(FIRES_AT + 10_000).toISOString() });
    children.push(second);
    let applied = 0;
    for (let i = 0; i < 600 && applied === 0; i++) {
      applied = await expiries(disputeId);
      if (applied === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(applied).toBe(1);
    // The stalled job and the reconciler's re-add do not apply it again.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await expiries(disputeId)).toBe(1);
    // Nothing of it is left to run: completed, or removed once the deadline read model shows it expired.
    expect([undefined, 'completed']).toContain(await (await queue.getJob(jobId))?.getState());
    await second.kill('SIGTERM');
  }, 180_000);
});
