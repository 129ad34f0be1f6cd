import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { bootApp } from '../../../test/support/boot-app.js';
import { registrationBody } from '../../../test/support/registration.js';
import { ORG, tokenFor } from '../../../test/support/tokens.js';
import { until, WebhookReceiver } from './testing/webhook-receiver.js';
import { verifyWebhookSignature } from './webhook-signature.js';

/** The whole app without REDIS_URL (embedded mode's queues, in process) against the real PostgreSQL. */
const env = { NODE_ENV: 'test', TEST_CLOCK: '2026-06-05T04:00:00.000Z', REDIS_URL: '', NOTIFY_BACKOFF_MS: '100', NOTIFY_MAX_ATTEMPTS: '4' };

describe('notifications with in-process queues (no Redis)', () => {
  let app: NestFastifyApplication;
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    await receiver.start();
    app = await bootApp('all', env);
    await app.get(DataSource).query('DELETE FROM notification_subscriptions');
    // Earlier suites' cases are in this database: once caught up, the subscription below hears only this test's facts.
    await until(async () => {
      const ready = (await app.inject({ method: 'GET', url: '/health/ready' })).json();
      return (ready.details ?? ready.error)?.projections?.notification_cases?.eventsBehind === 0;
    }, 120_000);
  });
  afterAll(async () => {
    await app?.close();
    await receiver.close();
    for (const key of Object.keys(env)) process.env[key] = '';
  });

  const call = async (role: Parameters<typeof tokenFor>[0], method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({ method, url, headers: { authorization: `Bearer ${await tokenFor(role)}` }, ...(payload ? { payload } : {}) });

  it('delivers a handoff once, retrying a 503, signed, and says the board needs Redis', async () => {
    receiver.answer('/hook', 503, 200);
    const subscription = await call('admin', 'POST', '/admin/notifications/subscriptions', { organisationId: ORG.commission, channel: 'webhook', target: receiver.url('/hook'), kinds: ['handoff'] });
    expect(subscription.statusCode).toBe(201);
    const post = async (role: Parameters<typeof tokenFor>[0], url: string, payload: object) => {
      const response = await call(role, 'POST', url, payload);
      expect(response.statusCode).toBe(201);
      return response.json();
    };
    const id = (await post('mediator', '/disputes', registrationBody({ registeredOn: '2026-06-01', knewOfInfringementOn: '2026-05-20' }))).disputeId;
    await post('mediator', `/disputes/${id}/mediation`, { body: 'peoples_mediation', bodyId: ORG.body, mediatorId: 'm-1', receivedOn: '2026-06-01' });
    await post('mediator', `/disputes/${id}/mediation/failure`, { failedOn: '2026-06-04', reason: 'no agreement' });
    await post('arbitration-clerk', `/disputes/${id}/arbitration/application`, { commissionId: ORG.commission, filedOn: '2026-06-05' });

    const ours = () => receiver.at('/hook').filter((r) => (JSON.parse(r.body) as { disputeId: string }).disputeId === id);
    await until(() => ours().length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const tries = ours();
    expect(tries).toHaveLength(2);
    expect(tries[1]!.headers['x-delivery-id']).toBe(tries[0]!.headers['x-delivery-id']);
    expect(JSON.parse(tries[1]!.body)).toMatchObject({ kind: 'handoff', disputeId: id });
    const secret = subscription.json().secret as string;
    expect(verifyWebhookSignature({ secret, body: tries[1]!.body, timestamp: tries[1]!.headers['x-timestamp'] as string, signature: tries[1]!.headers['x-signature'] as string })).toBe(true);

    const counts = (await call('admin', 'GET', '/admin/notifications/queues')).json();
    // Deliveries an interrupted earlier run left pending in this database may also be worked off here.
    expect(counts).toMatchObject({ mode: 'in-process', queues: { 'notify-webhook': { completed: expect.any(Number), waiting: 0 } } });
    expect(counts.queues['notify-webhook'].completed).toBeGreaterThanOrEqual(1);
    const board = await call('admin', 'GET', '/admin/queues');
    expect(board.statusCode).toBe(200);
    expect(board.json()).toMatchObject({ mode: 'in-process', detail: expect.stringMatching(/needs Redis/) });
    expect((await app.inject({ method: 'GET', url: '/admin/queues' })).statusCode).toBe(401);
  });
});
