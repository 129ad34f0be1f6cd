import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { bootApp } from '../../../test/support/boot-app.js';
import { registrationBody } from '../../../test/support/registration.js';
import { testRedisUrl } from '../../../test/support/test-redis.js';
import { ORG, tokenFor } from '../../../test/support/tokens.js';
import { reminderJobId } from './delivery-ids.js';
import { NotificationsWorker } from './nest/notifications-worker.module.js';
import { REMINDER_QUEUE } from './reminders.js';
import { until, WebhookReceiver } from './testing/webhook-receiver.js';

/**
 * Reminders, expiry and handoff notices on BullMQ, with a test clock that starts at 23:59:55 on 2026-06-10 in
 * Shanghai and runs. Case A's mediation window is due 2026-06-16 (Tuesday): 3 working days before is Thursday
 * 06-11, whose day begins 5 s after boot; 1 working day before is Monday 06-15, days away. Case B is the same, but
 * mediation fails today (the window is met) and the case goes to arbitration (a handoff). Case C's window is due
 * today, 06-10: it expires 5 s after boot, and its reminder days have passed.
 */
const START = '2026-06-10T15:59:55.000Z';
const WINDOW = 'mediationWindowIsFifteenDays';

interface Mail {
  readonly to: string[];
  readonly raw: string;
}

describe('reminders, handoff and expiry notices, and e-mail (real PostgreSQL, Redis, HTTP and SMTP receivers)', () => {
  let app: NestFastifyApplication;
  const receiver = new WebhookReceiver();
  const mails: Mail[] = [];
  let smtp: SMTPServer;
  let queue: Queue;
  let redis: Redis;
  let queueConnection: Redis;
  const bootedAt = Date.now();
  const testNow = () => Date.parse(START) + (Date.now() - bootedAt);
  const cases = { a: '', b: '', c: '' };
  let env: Record<string, string>;

  beforeAll(async () => {
    await receiver.start();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    await redis.flushdb();
    env = { NODE_ENV: 'test', TEST_CLOCK: START, TEST_CLOCK_RUNNING: 'true', NOTIFY_REMINDER_LEAD_DAYS: '3,1', SMTP_URL: `smtp://127.0.0.1:${smtpPort}?tls=off`, NOTIFY_BACKOFF_MS: '200' };
    app = await bootApp('all', env);
    queueConnection = redis.duplicate();
    queue = new Queue(REMINDER_QUEUE, { connection: queueConnection });
    await app.get(DataSource).query('DELETE FROM notification_subscriptions');

    const admin = await tokenFor('admin');
    const subscribe = async (payload: object) => {
      const response = await app.inject({ method: 'POST', url: '/admin/notifications/subscriptions', headers: { authorization: `Bearer ${admin}` }, payload });
      expect(response.statusCode).toBe(201);
    };
    await subscribe({ organisationId: ORG.body, channel: 'webhook', target: receiver.url('/body'), kinds: ['reminder', 'expiry', 'handoff'] });
    await subscribe({ organisationId: ORG.commission, channel: 'email', target: 'clerk@commission.example', kinds: ['handoff'] });

    const mediator = await tokenFor('mediator');
    const post = async (token: string, url: string, payload: object) => {
      const response = await app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}` }, payload });
      expect(response.statusCode).toBe(201);
      return response.json();
    };
    const open = async (receivedOn: string) => {
      const id = (await post(mediator, '/disputes', registrationBody({ registeredOn: receivedOn, knewOfInfringementOn: '2026-05-20' }))).disputeId as string;
      await post(mediator, `/disputes/${id}/mediation`, { body: 'peoples_mediation', bodyId: ORG.body, mediatorId: 'm-1', receivedOn });
      return id;
    };
    cases.a = await open('2026-06-01');
    cases.b = await open('2026-06-01');
    cases.c = await open('2026-05-26');
    await post(mediator, `/disputes/${cases.b}/mediation/failure`, { failedOn: '2026-06-10', reason: 'no agreement' });
    await post(await tokenFor('arbitration-clerk'), `/disputes/${cases.b}/arbitration/application`, { commissionId: ORG.commission, filedOn: '2026-06-10' });
  });

  afterAll(async () => {
    await queue?.close();
    queueConnection?.disconnect();
    await app?.close();
    redis?.disconnect();
    await receiver.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    for (const key of Object.keys(env ?? {})) process.env[key] = '';
  });

  const notices = (kind: string, disputeId: string) =>
    receiver.at('/body').map((r) => JSON.parse(r.body)).filter((p) => p.kind === kind && p.disputeId === disputeId);

  it('reminds at the configured lead in working days, and schedules the later one at the start of its day', async () => {
    await until(() => notices('reminder', cases.a).length === 1, 30_000);
    expect(testNow()).toBeGreaterThanOrEqual(Date.parse('2026-06-10T16:00:00.000Z'));
    expect(notices('reminder', cases.a)[0]).toMatchObject({ detail: { deadlineId: WINDOW, rule: WINDOW, dueOn: '2026-06-16', workingDaysLeft: 3 } });
    const later = await queue.getJob(reminderJobId(`${cases.a}/${WINDOW}`, 1, 1));
    expect(later?.data).toMatchObject({ lead: 1, dueOn: '2026-06-16' });
    // Due when 2026-06-15 begins in Shanghai (06-14T16:00Z), by the test clock.
    const dueAtTestTime = later!.timestamp + later!.delay - bootedAt + Date.parse(START);
    expect(Math.abs(dueAtTestTime - Date.parse('2026-06-14T16:00:00.000Z'))).toBeLessThan(5_000);
  });

  it('sends no reminder for a met deadline: its jobs go, and one that fires anyway is stale', async () => {
    await until(() => notices('handoff', cases.b).length === 1, 20_000);
    expect(await queue.getJob(reminderJobId(`${cases.b}/${WINDOW}`, 1, 1))).toBeUndefined();
    expect(await queue.getJob(reminderJobId(`${cases.b}/${WINDOW}`, 1, 3))).toBeUndefined();
    const stale = await app.get(NotificationsWorker).notifier.remind({ id: 'x', name: 'remind', attemptsMade: 0, data: { disputeId: cases.b, deadlineId: WINDOW, version: 1, lead: 3, dueOn: '2026-06-16' } });
    expect(stale).toBe('stale');
    expect(notices('reminder', cases.b)).toHaveLength(0);
  });

  it('tells the expiry and the handoff once each', async () => {
    await until(() => notices('expiry', cases.c).length === 1, 30_000);
    expect(notices('expiry', cases.c)[0]).toMatchObject({ detail: { deadlineId: WINDOW, dueOn: '2026-06-10' } });
    expect(notices('handoff', cases.b)[0]).toMatchObject({ detail: { from: 'mediation', to: 'arbitration', organisationId: ORG.commission } });
    // A full reconcile re-queues nothing already sent.
    await app.get(NotificationsWorker).notifier.reconcile();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    // Cases of earlier runs in the same database may be reminded too (the reconciler covers every running deadline).
    const ours = new Set(Object.values(cases));
    const summary = receiver.at('/body').map((r) => JSON.parse(r.body)).filter((p) => ours.has(p.disputeId)).map((p) => `${p.kind}:${p.disputeId}`).sort();
    expect(summary).toEqual([`expiry:${cases.c}`, `handoff:${cases.b}`, `reminder:${cases.a}`].sort());
    expect(notices('reminder', cases.c)).toHaveLength(0);
  });

  it('e-mails the handoff to the commission through SMTP, once, with the delivery id', async () => {
    await until(() => mails.length === 1, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(['clerk@commission.example']);
    expect(mails[0]!.raw).toMatch(/Subject: \[labour-disputes\] Case handed from mediation to arbitration/);
    expect(mails[0]!.raw).toMatch(/X-Delivery-Id: nd-[0-9a-f]{32}/i);
    expect(mails[0]!.raw).toContain(cases.b);
  });
});
