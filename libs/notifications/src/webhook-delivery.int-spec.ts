import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { workingCalendar } from '#calendar';
import { testDatabaseUrl } from '#database';
import { disputeStream, PostgresEventStore, type RecordedEvent } from '#event-store';
import { BullMqJobQueues, InProcessJobQueues, JOB_QUEUES, type JobQueues } from '#jobs';
import { rebuildProjection, type ProjectionDefinition } from '#projections';
import { bootApp } from '../../../test/support/boot-app.js';
import { registrationBody } from '../../../test/support/registration.js';
import { testRedisUrl } from '../../../test/support/test-redis.js';
import { ORG, tokenFor } from '../../../test/support/tokens.js';
import { SUBSCRIPTION_SECRETS } from './nest/notifications-core.module.js';
import { NotificationsWorker } from './nest/notifications-worker.module.js';
import { notificationCaseProjection } from './notification-case.projection.js';
import { Notifier } from './notifier.js';
import { Outbox } from './outbox.js';
import { ReminderScheduler } from './reminders.js';
import { SubscriptionSecrets } from './subscription-secrets.js';
import { until, WebhookReceiver } from './testing/webhook-receiver.js';
import { verifyWebhookSignature } from './webhook-signature.js';

/**
 * Webhooks against the real PostgreSQL, Redis (BullMQ) and an HTTP receiver on 127.0.0.1. One case is handed from
 * mediation (ORG.body) to arbitration (ORG.commission); every subscription below asks for handoff notices only.
 */
const env = { NODE_ENV: 'test', TEST_CLOCK: '2026-06-05T04:00:00.000Z', NOTIFY_MAX_ATTEMPTS: '3', NOTIFY_BACKOFF_MS: '200', NOTIFY_RECONCILE_SECONDS: '3600' };
const settings = { maxAttempts: 3, backoffMs: 200, channels: new Set(['webhook'] as const), claimMs: 15_000 };

describe('webhook notifications (real PostgreSQL, Redis and HTTP receiver)', () => {
  let app: NestFastifyApplication;
  let store: PostgresEventStore;
  let db: DataSource;
  const receiver = new WebhookReceiver();
  let disputeId: string;
  let events: RecordedEvent[];
  const secrets = new Map<string, string>();

  const call = async (role: Parameters<typeof tokenFor>[0], method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, headers: { authorization: `Bearer ${await tokenFor(role)}` }, ...(payload ? { payload } : {}) });
  const subscribe = async (organisationId: string, path: string, kinds = ['handoff']) => {
    const response = await call('admin', 'POST', '/admin/notifications/subscriptions', { organisationId, channel: 'webhook', target: receiver.url(path), kinds });
    expect(response.statusCode).toBe(201);
    secrets.set(path, response.json().secret);
    return response.json().subscriptionId as string;
  };
  const secondNotifier = (queues: JobQueues) => {
    const outbox = new Outbox(db, queues, settings, app.get(SUBSCRIPTION_SECRETS));
    const reminders = new ReminderScheduler(queues, workingCalendar(), { defaults: [3, 1], byRule: {} }, 'Asia/Shanghai', () => new Date(env.TEST_CLOCK), () => undefined);
    return new Notifier(db, queues, outbox, reminders, { webhookTimeoutMs: 5_000, log: () => undefined });
  };

  beforeAll(async () => {
    await receiver.start();
    const redis = new Redis(testRedisUrl());
    await redis.flushdb();
    redis.disconnect();
    app = await bootApp('all', env);
    store = PostgresEventStore.connect(testDatabaseUrl());
    db = app.get(DataSource);
    await db.query('DELETE FROM notification_subscriptions');
    receiver.answer('/flaky', 500, 500, 200);
    receiver.answer('/down', 500);
    receiver.answer('/gone', 410);
    for (const path of ['/ok']) await subscribe(ORG.commission, path);
    for (const path of ['/flaky', '/down', '/gone']) await subscribe(ORG.body, path);

    const mediator = await tokenFor('mediator');
    const post = async (token: string, url: string, payload: object) => {
      const response = await app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}` }, payload });
      expect(response.statusCode).toBe(201);
      return response.json();
    };
    disputeId = (await post(mediator, '/disputes', registrationBody({ registeredOn: '2026-06-01', knewOfInfringementOn: '2026-05-20' }))).disputeId;
    await post(mediator, `/disputes/${disputeId}/mediation`, { body: 'peoples_mediation', bodyId: ORG.body, mediatorId: 'm-1', receivedOn: '2026-06-01' });
    await post(mediator, `/disputes/${disputeId}/mediation/failure`, { failedOn: '2026-06-04', reason: 'no agreement' });
    await post(await tokenFor('arbitration-clerk'), `/disputes/${disputeId}/arbitration/application`, { commissionId: ORG.commission, filedOn: '2026-06-05' });
    events = await store.readStream(disputeStream(disputeId));
  });

  afterAll(async () => {
    await store?.close();
    await app?.close();
    await receiver.close();
    for (const key of Object.keys(env)) process.env[key] = '';
  });

  it('delivers the handoff once to each subscribed organisation, signed so the receiver can verify it', async () => {
    await until(() => receiver.at('/ok').length === 1);
    const [request] = receiver.at('/ok');
    const headers = { timestamp: request!.headers['x-timestamp'] as string, signature: request!.headers['x-signature'] as string };
    expect(verifyWebhookSignature({ secret: secrets.get('/ok')!, body: request!.body, ...headers })).toBe(true);
    expect(verifyWebhookSignature({ secret: secrets.get('/ok')!, body: request!.body.replace('arbitration', 'litigation'), ...headers })).toBe(false);
    expect(verifyWebhookSignature({ secret: secrets.get('/flaky')!, body: request!.body, ...headers })).toBe(false);
    const payload = JSON.parse(request!.body);
    expect(payload).toMatchObject({ kind: 'handoff', disputeId, deliveryId: request!.headers['x-delivery-id'], detail: { from: 'mediation', to: 'arbitration', organisationId: ORG.commission } });
    expect(payload.eventId).toBe(events.find((e) => e.type === 'ArbitrationApplied')!.id);
  });

  it('retries a 500 with exponential backoff until it is delivered', async () => {
    await until(() => receiver.at('/flaky').length === 3);
    const tries = receiver.at('/flaky');
    expect(new Set(tries.map((t) => t.headers['x-delivery-id'])).size).toBe(1);
    const [first, second, third] = tries.map((t) => t.at) as [number, number, number];
    expect(second - first).toBeGreaterThanOrEqual(150);
    expect(third - second).toBeGreaterThan(second - first);
    const deliveryId = tries[0]!.headers['x-delivery-id'] as string;
    await until(async () => (await call('admin', 'GET', `/admin/notifications/deliveries/${deliveryId}`)).json().status === 'delivered');
    expect((await call('admin', 'GET', `/admin/notifications/deliveries/${deliveryId}`)).json()).toMatchObject({ status: 'delivered', attempts: 3, last_error: null });
  });

  it('gives up after the attempt limit (at once on a 4xx), lists it as a dead letter, and replays it on request', async () => {
    await until(() => receiver.at('/down').length === 3 && receiver.at('/gone').length === 1);
    const downId = receiver.at('/down')[0]!.headers['x-delivery-id'] as string;
    const goneId = receiver.at('/gone')[0]!.headers['x-delivery-id'] as string;
    const deadIds = async () => ((await call('admin', 'GET', '/admin/notifications/dead-letters')).json().items as { delivery_id: string }[]).map((d) => d.delivery_id);
    await until(async () => (await deadIds()).includes(downId) && (await deadIds()).includes(goneId));
    const letters = (await call('admin', 'GET', `/admin/notifications/dead-letters?organisationId=${ORG.body}`)).json().items as Record<string, unknown>[];
    expect(letters.find((d) => d['delivery_id'] === downId)).toMatchObject({ status: 'dead', attempts: 3, last_error: 'receiver answered 500', target: receiver.url('/down') });
    expect(letters.find((d) => d['delivery_id'] === goneId)).toMatchObject({ status: 'dead', attempts: 1, last_error: 'receiver answered 410' });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(receiver.at('/down')).toHaveLength(3);

    expect((await call('mediator', 'GET', '/admin/notifications/dead-letters')).statusCode).toBe(403);
    expect((await call('mediator', 'POST', `/admin/notifications/dead-letters/${downId}/replay`)).statusCode).toBe(403);
    const bad = await call('admin', 'POST', '/admin/notifications/dead-letters/not-an-id/replay');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.json().errors[0]).toMatchObject({ field: 'deliveryId', rule: 'invalid_format' });

    receiver.answer('/down', 200);
    const replayed = await call('admin', 'POST', `/admin/notifications/dead-letters/${downId}/replay`);
    expect(replayed.statusCode).toBe(202);
    await until(() => receiver.at('/down').length === 4);
    expect(receiver.at('/down')[3]!.headers['x-delivery-id']).toBe(downId);
    await until(async () => (await call('admin', 'GET', `/admin/notifications/deliveries/${downId}`)).json().status === 'delivered');
    const delivery = (await call('admin', 'GET', `/admin/notifications/deliveries/${downId}`)).json();
    expect(delivery).toMatchObject({ status: 'delivered', replays: 1, replayedBy: [{ replay: 1, replayed_by: `admin-${ORG.department}` }] });
    expect((await call('admin', 'POST', `/admin/notifications/dead-letters/${downId}/replay`)).statusCode).toBe(404);
    expect(await deadIds()).not.toContain(downId);
  });

  it('sends nothing twice when the side effect runs again, on two workers at once, and after a reconcile', async () => {
    const worker = app.get(NotificationsWorker);
    const otherQueues = new BullMqJobQueues(testRedisUrl(), { lockMs: 5_000 });
    const other = secondNotifier(otherQueues);
    other.start();
    try {
      const before = receiver.requests.length;
      await Promise.all([worker.notifier.sideEffects(events), other.sideEffects(events), worker.notifier.sideEffects(events), other.sideEffects(events)]);
      await worker.notifier.reconcile();
      await other.reconcile();
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(receiver.requests.length).toBe(before);
      expect(receiver.at('/ok')).toHaveLength(1);
      const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM notification_deliveries WHERE dispute_id = $1`, [disputeId]);
      expect(count).toBe(4);
    } finally {
      await otherQueues.close();
    }
  });

  it('claims a delivery in the table before sending, so two workers holding the same job send it once', async () => {
    await subscribe(ORG.commission, '/race');
    // Queues nobody consumes: the deliveries wait, as jobs re-added after a lost Redis would beside running ones.
    const idle = new InProcessJobQueues();
    const recorder = secondNotifier(idle);
    await recorder.sideEffects(events);
    const [{ delivery_id: deliveryId }] = await db.query(`SELECT delivery_id FROM notification_deliveries WHERE target = $1`, [receiver.url('/race')]);
    const job = { id: deliveryId, name: 'deliver', data: { deliveryId }, attemptsMade: 0 };
    const outcomes = await Promise.all([recorder.deliver(job), app.get(NotificationsWorker).notifier.deliver(job), recorder.deliver(job)]);
    expect(outcomes.sort()).toEqual(['delivered', 'not pending', 'not pending']);
    expect(receiver.at('/race')).toHaveLength(1);
    await idle.close();
  });

  it('sends nothing when a secret cannot be opened (sealed under another master key): the delivery is dead, saying why', async () => {
    const id = await subscribe(ORG.commission, '/rekeyed');
    await db.query(`UPDATE notification_subscriptions SET secret_sealed = $2 WHERE subscription_id = $1`, [id, new SubscriptionSecrets(randomBytes(32)).seal(id, 'whsec_other')]);
    const idle = new InProcessJobQueues();
    const recorder = secondNotifier(idle);
    await recorder.sideEffects(events);
    const [{ delivery_id: deliveryId }] = await db.query(`SELECT delivery_id FROM notification_deliveries WHERE target = $1`, [receiver.url('/rekeyed')]);
    const outcome = await recorder.deliver({ id: deliveryId, name: 'deliver', data: { deliveryId }, attemptsMade: 0 });
    expect(outcome).toBe(`dead: the secret of subscription ${id} cannot be opened with this PERSONAL_DATA_MASTER_KEY`);
    expect(await recorder.outbox.get(deliveryId)).toMatchObject({ status: 'dead', last_error: expect.stringContaining('PERSONAL_DATA_MASTER_KEY') });
    expect(receiver.at('/rekeyed')).toHaveLength(0);
    await idle.close();
    await db.query(`DELETE FROM notification_subscriptions WHERE subscription_id = $1`, [id]);
  });

  it('re-queues from the outbox what the queues lost (a flushed Redis), and delivers it once', async () => {
    await subscribe(ORG.commission, '/lost');
    const idle = new InProcessJobQueues();
    await secondNotifier(idle).sideEffects(events);
    await idle.close();
    const redis = new Redis(testRedisUrl());
    await redis.flushdb();
    redis.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.at('/lost')).toHaveLength(0);
    const worker = app.get(NotificationsWorker);
    expect((await worker.notifier.reconcile()).deliveries).toBeGreaterThanOrEqual(1);
    await until(() => receiver.at('/lost').length === 1);
    await worker.notifier.reconcile();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(receiver.at('/lost')).toHaveLength(1);
  });

  it('sends nothing while the projection is rebuilt, though the same side effect would have', async () => {
    await subscribe(ORG.commission, '/late');
    const worker = app.get(NotificationsWorker);
    const definition = { ...notificationCaseProjection(), sideEffects: (batch: readonly RecordedEvent[]) => worker.notifier.sideEffects(batch) } as unknown as ProjectionDefinition;
    await rebuildProjection(store, db, definition);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(receiver.at('/late')).toHaveLength(0);
    const [row] = await db.query(`SELECT commission_id FROM notification_cases WHERE dispute_id = $1`, [disputeId]);
    expect(row.commission_id).toBe(ORG.commission);
    // Not vacuous: running the side effect itself does tell the new subscriber.
    await worker.notifier.sideEffects(events);
    await until(() => receiver.at('/late').length === 1);
  });

  it('retries, gives up and replays the same way on the in-process driver (embedded mode)', async () => {
    receiver.answer('/ip-flaky', 500, 200);
    receiver.answer('/ip-down', 503);
    await subscribe(ORG.commission, '/ip-flaky');
    await subscribe(ORG.commission, '/ip-down');
    expect(app.get<JobQueues>(JOB_QUEUES).mode).toBe('bullmq');
    const queues = new InProcessJobQueues();
    const embedded = secondNotifier(queues);
    embedded.start();
    try {
      await embedded.sideEffects(events);
      await embedded.sideEffects(events);
      await until(() => receiver.at('/ip-flaky').length === 2 && receiver.at('/ip-down').length === 3);
      const downId = receiver.at('/ip-down')[0]!.headers['x-delivery-id'] as string;
      await until(async () => (await embedded.outbox.get(downId))?.status === 'dead');
      expect(await queues.counts('notify-webhook')).toMatchObject({ completed: 1, failed: 1, waiting: 0, delayed: 0, active: 0 });
      receiver.answer('/ip-down', 204);
      expect(await embedded.outbox.replay(downId, 'admin-test')).toMatchObject({ status: 'pending', replays: 1 });
      await until(async () => (await embedded.outbox.get(downId))?.status === 'delivered');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(receiver.at('/ip-flaky')).toHaveLength(2);
      expect(receiver.at('/ip-down')).toHaveLength(4);
    } finally {
      await queues.close();
    }
  });

  it('validates subscriptions (problem+json naming the field) and lets only the admin manage them', async () => {
    const bad = await call('admin', 'POST', '/admin/notifications/subscriptions', { organisationId: ORG.body, channel: 'sms', target: 'x', kinds: [] });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((bad.json().errors as { field: string }[]).map((e) => e.field)).toEqual(expect.arrayContaining(['channel', 'kinds']));
    const notUrl = await call('admin', 'POST', '/admin/notifications/subscriptions', { organisationId: ORG.body, channel: 'webhook', target: 'ftp://x', kinds: ['expiry'] });
    expect(notUrl.json().errors[0]).toMatchObject({ field: 'target' });
    expect((await call('commission-chair', 'GET', '/admin/notifications/subscriptions')).statusCode).toBe(403);
    const listed = (await call('admin', 'GET', `/admin/notifications/subscriptions?organisationId=${ORG.commission}`)).json().items as Record<string, unknown>[];
    expect(listed.map((s) => s['target'])).toContain(receiver.url('/ok'));
    for (const s of listed) expect(s).not.toHaveProperty('secret');
    const id = listed[0]!['subscriptionId'] as string;
    expect((await call('admin', 'DELETE', `/admin/notifications/subscriptions/${id}`)).statusCode).toBe(204);
    expect((await call('admin', 'DELETE', `/admin/notifications/subscriptions/${id}`)).statusCode).toBe(404);
    expect((await call('admin', 'DELETE', '/admin/notifications/subscriptions/nope')).json().errors[0]).toMatchObject({ field: 'subscriptionId' });
    const counts = (await call('admin', 'GET', '/admin/notifications/queues')).json();
    expect(counts).toMatchObject({ mode: 'bullmq', outbox: { delivered: expect.any(Number), dead: expect.any(Number) } });
    // Redis was flushed above: only what ran since is counted.
    expect(counts.queues['notify-webhook']).toMatchObject({ completed: expect.any(Number), failed: expect.any(Number), waiting: 0 });
    expect(counts.queues['notify-webhook'].completed).toBeGreaterThanOrEqual(1);
  });

  it('keeps webhook secrets sealed at rest: no clear column, and the stored bytes do not hold the secret', async () => {
    const columns: { column_name: string }[] = await db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'notification_subscriptions' AND column_name LIKE 'secret%'`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['secret_sealed']);
    const id = await subscribe(ORG.body, '/sealed', ['expiry']);
    const [row]: { secret_sealed: Buffer }[] = await db.query(`SELECT secret_sealed FROM notification_subscriptions WHERE subscription_id = $1`, [id]);
    expect(row!.secret_sealed.includes(Buffer.from(secrets.get('/sealed')!))).toBe(false);
    expect(app.get(SUBSCRIPTION_SECRETS).open(id, row!.secret_sealed)).toBe(secrets.get('/sealed'));
    await db.query(`DELETE FROM notification_subscriptions WHERE subscription_id = $1`, [id]);
  });

  it('mounts the Bull Board at /admin/queues for the admin only', async () => {
    expect((await app.inject({ method: 'GET', url: '/admin/queues' })).statusCode).toBe(401);
    expect((await call('mediator', 'GET', '/admin/queues')).statusCode).toBe(403);
    const board = await call('admin', 'GET', '/admin/queues');
    expect(board.statusCode).toBe(200);
    expect(board.headers['content-type']).toMatch(/text\/html/);
    const api = await call('admin', 'GET', '/admin/queues/api/queues');
    expect(api.statusCode).toBe(200);
    expect((api.json().queues as { name: string }[]).map((q) => q.name)).toEqual(expect.arrayContaining(['notify-webhook', 'notify-email', 'notify-reminders']));
  });

  it('lets a browser sign in to the board once: the token goes into an HttpOnly, SameSite=Strict cookie for the board only', async () => {
    expect(await app.inject({ method: 'GET', url: '/admin/queues', headers: { accept: 'text/html' } })).toMatchObject({ statusCode: 303, headers: { location: '/admin/queues/login' } });
    const login = await app.inject({ method: 'GET', url: '/admin/queues/login' });
    expect(login.statusCode).toBe(200);
    expect(login.body).toContain('action="/admin/queues/session"');
    const form = (token: string, headers: Record<string, string> = {}) =>
      app.inject({ method: 'POST', url: '/admin/queues/session', payload: `token=${encodeURIComponent(token)}`, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });

    const mediator = await form(await tokenFor('mediator'));
    expect(mediator.statusCode).toBe(403);
    expect(mediator.headers['set-cookie']).toBeUndefined();
    expect((await form('not-a-token')).statusCode).toBe(401);
    expect((await form('')).statusCode).toBe(400);
    const bare = await app.inject({ method: 'POST', url: '/admin/queues/session' });
    expect(bare.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bare.json()).toMatchObject({ status: 400, type: expect.stringMatching(/invalid-request$/), errors: [{ field: 'token', rule: 'required' }] });
    expect((await form(await tokenFor('admin'), { origin: 'https://elsewhere.example' })).statusCode).toBe(403);

    const signedIn = await form(await tokenFor('admin'));
    expect(signedIn).toMatchObject({ statusCode: 303, headers: { location: '/admin/queues' } });
    const cookie = String(signedIn.headers['set-cookie']);
    expect(cookie).toMatch(/^ld_board=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/admin\/queues/);
    expect(cookie).toMatch(/Max-Age=\d+/);
    const sent = { cookie: cookie.split(';')[0]! };

    const api = await app.inject({ method: 'GET', url: '/admin/queues/api/queues', headers: sent });
    expect(api.statusCode).toBe(200);
    expect((api.json().queues as { name: string }[]).map((q) => q.name)).toContain('notify-webhook');
    // The board's buttons carry the cookie: from another site's page they are refused before the board acts.
    const forged = await app.inject({ method: 'PUT', url: '/admin/queues/api/queues/notify-webhook/pause', headers: { ...sent, origin: 'https://elsewhere.example' } });
    expect(forged.statusCode).toBe(403);
    expect(await app.inject({ method: 'GET', url: '/admin/queues/api/queues', headers: { cookie: 'ld_board=forged' } })).toMatchObject({ statusCode: 401 });

    const out = await app.inject({ method: 'POST', url: '/admin/queues/logout', headers: sent });
    expect(out).toMatchObject({ statusCode: 303, headers: { location: '/admin/queues/login' } });
    expect(String(out.headers['set-cookie'])).toMatch(/ld_board=;.*Expires=Thu, 01 Jan 1970/);
  });

  it('lists its routes in the OpenAPI document', async () => {
    const paths = Object.keys((await app.inject({ method: 'GET', url: '/docs/openapi.json' })).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/admin/notifications/dead-letters',
        '/admin/notifications/dead-letters/{deliveryId}/replay',
        '/admin/notifications/deliveries/{deliveryId}',
        '/admin/notifications/subscriptions',
        '/admin/notifications/subscriptions/{subscriptionId}',
        '/admin/notifications/queues',
      ]),
    );
  });
});
