// Outbox throughput against the real PostgreSQL and Redis and a local HTTP receiver, beside a raw fetch baseline
// measured in the same run. Run after `npm run build`:
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/labour_disputes_notif REDIS_URL=redis://127.0.0.1:6379/3 node libs/notifications/bench/throughput.mjs [deliveries]
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { workingCalendar } from '../../../dist/libs/calendar/src/index.js';
import { createDataSource } from '../../../dist/libs/database/src/index.js';
import { BullMqJobQueues, InProcessJobQueues } from '../../../dist/libs/jobs/src/index.js';
import { Notifier, Outbox, ReminderScheduler, SubscriptionSecrets, factDeliveryId } from '../../../dist/libs/notifications/src/index.js';
import { loadVaultKeyConfig } from '../../../dist/libs/personal-data/src/index.js';

const n = Number(process.argv[2] ?? 2000);
const server = createServer((req, res) => req.resume().on('end', () => res.writeHead(204).end()));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/hook`;
const db = await createDataSource({ url: process.env.DATABASE_URL }).initialize();

async function baseline(concurrency) {
  const start = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next++ < n) await (await fetch(url, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })).arrayBuffer();
  }));
  return n / ((performance.now() - start) / 1000);
}

async function run(driver, queues) {
  const organisation = `bench-${randomUUID().slice(0, 8)}`;
  const secrets = new SubscriptionSecrets(loadVaultKeyConfig().masterKey);
  const id = randomUUID();
  const [sub] = await db.query(
    `INSERT INTO notification_subscriptions (subscription_id, organisation_id, channel, target, secret_sealed, kinds, created_by) VALUES ($1, $2, 'webhook', $3, $4, '{handoff}', 'bench') RETURNING subscription_id::text`,
    [id, organisation, url, secrets.seal(id, 'whsec_bench_secret_0123456789')],
  );
  const outbox = new Outbox(db, queues, { maxAttempts: 3, backoffMs: 100, channels: new Set(['webhook']), claimMs: 15_000 }, secrets);
  const notifier = new Notifier(db, queues, outbox, new ReminderScheduler(queues, workingCalendar(), { defaults: [3, 1], byRule: {} }, 'Asia/Shanghai', () => new Date(), () => {}), { webhookTimeoutMs: 5_000, log: () => {} });
  const subscription = { subscription_id: sub.subscription_id, organisation_id: organisation, channel: 'webhook', target: url, kinds: ['handoff'] };
  const deliveries = Array.from({ length: n }, (_, i) => {
    const eventId = randomUUID();
    return { delivery_id: factDeliveryId(eventId, 'handoff', sub.subscription_id), subscription, fact_id: eventId, payload: { kind: 'handoff', disputeId: randomUUID(), eventId, detail: { i } } };
  });
  const recordStart = performance.now();
  for (let i = 0; i < n; i += 500) await outbox.record(deliveries.slice(i, i + 500));
  const recordSeconds = (performance.now() - recordStart) / 1000;
  const sendStart = performance.now();
  notifier.start();
  for (;;) {
    const [{ left }] = await db.query(`SELECT count(*)::int AS left FROM notification_deliveries d JOIN notification_subscriptions s USING (subscription_id) WHERE s.organisation_id = $1 AND d.status = 'pending'`, [organisation]);
    if (left === 0) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const sendSeconds = (performance.now() - sendStart) / 1000;
  await queues.close();
  await db.query(`DELETE FROM notification_deliveries WHERE subscription_id = $1`, [sub.subscription_id]);
  await db.query(`DELETE FROM notification_subscriptions WHERE subscription_id = $1`, [sub.subscription_id]);
  return { driver, recordedPerSecond: Math.round(n / recordSeconds), deliveredPerSecond: Math.round(n / sendSeconds) };
}

const results = {
  deliveries: n,
  baselineFetchPerSecond: { sequential: Math.round(await baseline(1)), eightConcurrent: Math.round(await baseline(8)) },
  bullmq: await run('bullmq', new BullMqJobQueues(process.env.REDIS_URL, { lockMs: 30_000 })),
  inProcess: await run('in-process', new InProcessJobQueues()),
};
console.log(JSON.stringify(results, null, 2));
await db.destroy();
server.close();
