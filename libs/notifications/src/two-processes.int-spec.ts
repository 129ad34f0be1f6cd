import pg from 'pg';
import { Redis } from 'ioredis';
import { prepareTestDatabase, testDatabaseUrl } from '#database';
import { disputeStream, PostgresEventStore } from '#event-store';
import { spawnApp, type Spawned } from '../../../test/support/processes.js';
import { registrationBody } from '../../../test/support/registration.js';
import { testRedisUrl } from '../../../test/support/test-redis.js';
import { ORG, tokenFor } from '../../../test/support/tokens.js';
import { until, WebhookReceiver } from './testing/webhook-receiver.js';

/** The built app, as real processes: two of them on one Redis and one PostgreSQL, one killed (SIGKILL) midway. */
async function startApp(): Promise<Spawned> {
  const app = await spawnApp('all', {
    DATABASE_URL: testDatabaseUrl(),
    REDIS_URL: testRedisUrl(),
    TEST_CLOCK: '2026-06-05T04:00:00.000Z',
    NOTIFY_BACKOFF_MS: '100',
    NOTIFY_RECONCILE_SECONDS: '1',
    TIMER_LOCK_SECONDS: '2',
  });
  await app.ready();
  return app;
}

/** Earlier suites' cases are in this database: once caught up, a subscription hears only this test's facts. */
async function caughtUp(app: Spawned): Promise<void> {
  await until(async () => {
    const ready = (await (await fetch(`${app.url}/health/ready`)).json()) as { details?: Record<string, any>; error?: Record<string, any> };
    return (ready.details ?? ready.error)?.projections?.notification_cases?.eventsBehind === 0;
  }, 180_000);
}

describe('two app processes, one killed: each handoff is delivered once (real processes, Redis, PostgreSQL, receiver)', () => {
  const receiver = new WebhookReceiver();
  const children: Spawned[] = [];
  let store: PostgresEventStore;

  beforeAll(async () => {
    await receiver.start();
    await prepareTestDatabase();
    const db = new pg.Client({ connectionString: testDatabaseUrl() });
    await db.connect();
    await db.query('DELETE FROM notification_subscriptions');
    await db.end();
    const redis = new Redis(testRedisUrl());
    await redis.flushdb();
    redis.disconnect();
    store = PostgresEventStore.connect(testDatabaseUrl());
  });
  afterAll(async () => {
    for (const child of children) await child.kill();
    await store.close();
    await receiver.close();
  });

  const handOff = async (base: string) => {
    const post = async (role: Parameters<typeof tokenFor>[0], path: string, body: object) => {
      const response = await fetch(`${base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${await tokenFor(role)}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (response.status !== 201) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as { disputeId: string };
    };
    const { disputeId } = await post('mediator', '/disputes', registrationBody({ registeredOn: '2026-06-01', knewOfInfringementOn: '2026-05-20' }));
    await post('mediator', `/disputes/${disputeId}/mediation`, { body: 'peoples_mediation', bodyId: ORG.body, mediatorId: 'm-1', receivedOn: '2026-06-01' });
    await post('mediator', `/disputes/${disputeId}/mediation/failure`, { failedOn: '2026-06-04', reason: 'no agreement' });
    await post('arbitration-clerk', `/disputes/${disputeId}/arbitration/application`, { commissionId: ORG.commission, filedOn: '2026-06-05' });
    return disputeId;
  };

  it('sends every handoff exactly once while both run, and after one of them is killed', async () => {
    const [a, b] = await Promise.all([startApp(), startApp()]);
    children.push(a, b);
    await Promise.all([caughtUp(a), caughtUp(b)]);
    const [baseA, baseB] = [a.url, b.url];
    receiver.answer('/hook', 500, 200);
    const subscribed = await fetch(`${baseA}/admin/notifications/subscriptions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await tokenFor('admin')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ organisationId: ORG.commission, channel: 'webhook', target: receiver.url('/hook'), kinds: ['handoff'] }),
    });
    expect(subscribed.status).toBe(201);

    const cases: string[] = [];
    for (const base of [baseA, baseB, baseA]) cases.push(await handOff(base));
    const deliveries = () => receiver.at('/hook').map((r) => JSON.parse(r.body) as { disputeId: string; eventId: string; deliveryId: string });
    await until(() => new Set(deliveries().map((d) => d.deliveryId)).size === 3, 60_000);

    await a.kill();
    for (const base of [baseB, baseB, baseB]) cases.push(await handOff(base));
    await until(() => new Set(deliveries().map((d) => d.disputeId)).size === 6, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    // The first try of the first delivery got a 500 and was retried; every other request is a distinct delivery.
    const delivered = deliveries().slice(1);
    expect(delivered.map((d) => d.disputeId).sort()).toEqual([...cases].sort());
    expect(new Set(delivered.map((d) => d.deliveryId)).size).toBe(6);
    for (const id of cases) {
      const handoff = (await store.readStream(disputeStream(id))).find((e) => e.type === 'ArbitrationApplied')!;
      expect(delivered.filter((d) => d.disputeId === id).map((d) => d.eventId)).toEqual([handoff.id]);
    }
  }, 420_000);
});
