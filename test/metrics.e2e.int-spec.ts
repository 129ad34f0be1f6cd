import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import { createDataSource, testDatabaseUrl } from '#database';
import { generateDisputes } from '#demo-data';
import { disputeStream, PostgresEventStore } from '#event-store';
import { ProjectionRunner, type ProjectionDefinition } from '#projections';
import { allProjections } from '#read-models';
import { bootApp } from './support/boot-app.js';
import { tokenFor } from './support/tokens.js';

const SCRAPE_TOKEN = 'scrape-'.padEnd(40, 'x');

/** The value of one sample of the text exposition, e.g. `gauge{projection="case_summary"}`. */
const sample = (text: string, name: string, projection: string): number => {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{projection="${projection}"} `));
  if (!line) throw new Error(`no sample ${name} for ${projection} in:\n${text}`);
  return Number(line.split(' ')[1]);
};

// Other specs may leave a backlog in the shared test database (api-only apps project nothing): allow time to catch up.
const until = async (check: () => Promise<boolean>, timeoutMs = 90_000) => {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('GET /metrics: projection lag and process metrics for Prometheus', () => {
  let app: NestFastifyApplication;
  let store: PostgresEventStore;
  let db: DataSource;
  let runners: ProjectionRunner[] = [];

  // The api alone runs no projection: the test appends events, sees the lag, then projects them itself.
  beforeAll(async () => {
    app = await bootApp('api', { NODE_ENV: 'test', METRICS_TOKEN: SCRAPE_TOKEN });
    store = PostgresEventStore.connect(testDatabaseUrl());
    db = createDataSource({ url: testDatabaseUrl(), poolSize: 4 });
    await db.initialize();
  });
  afterAll(async () => {
    await Promise.all(runners.map((r) => r.stop()));
    await store.close();
    await db.destroy();
    await app.close();
    delete process.env['METRICS_TOKEN'];
  });

  const scrape = (authorization?: string) => app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });

  it('refuses a scrape without credentials, with a wrong one, and from a role the table does not grant', async () => {
    const anonymous = await scrape();
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
    expect((await scrape(`Bearer ${SCRAPE_TOKEN}y`)).statusCode).toBe(401);
    const mediator = await scrape(`Bearer ${await tokenFor('mediator')}`);
    expect(mediator.statusCode).toBe(403);
    expect(mediator.json().missingPermission).toContain('metrics');
  });

  it('serves the text exposition to the scrape credential and to an admin, with default process metrics', async () => {
    for (const authorization of [`Bearer ${SCRAPE_TOKEN}`, `Bearer ${await tokenFor('admin')}`]) {
      const response = await scrape(authorization);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/plain; version=0.0.4');
      expect(response.body).toContain('# TYPE process_cpu_user_seconds_total counter');
      expect(response.body).toContain('# TYPE nodejs_heap_size_used_bytes gauge');
      for (const { name } of allProjections()) expect(sample(response.body, 'labour_disputes_projection_active', name)).toBe(0);
    }
  });

  it('reads the lag at scrape time: it grows when events are appended and falls to zero once projected', async () => {
    const text = async () => (await scrape(`Bearer ${SCRAPE_TOKEN}`)).body;
    const before = sample(await text(), 'labour_disputes_projection_events_behind', 'case_summary');
    let appended = 0;
    let deadlineFacts = 0;
    for await (const dispute of generateDisputes({ count: 2, seed: Date.now() % 1_000_000_000 })) {
      await store.append(disputeStream(dispute.disputeId), dispute.events, { expected: 'no_stream' });
      appended += dispute.events.length;
      deadlineFacts += dispute.events.filter((e) => e.type.startsWith('Deadline')).length;
    }
    const behind = await text();
    expect(sample(behind, 'labour_disputes_projection_events_behind', 'case_summary')).toBe(before + appended);
    expect(sample(behind, 'labour_disputes_projection_seconds_behind', 'case_summary')).toBeGreaterThan(0);
    expect(sample(behind, 'labour_disputes_projection_events_behind', 'case_deadlines')).toBeGreaterThanOrEqual(deadlineFacts);

    runners = allProjections().map((d) => new ProjectionRunner(store, db, d as ProjectionDefinition, { log: () => undefined }));
    for (const runner of runners) runner.start();
    await until(async () => {
      const now = await text();
      return allProjections().every(({ name }) => sample(now, 'labour_disputes_projection_events_behind', name) === 0);
    });
    const caughtUp = await text();
    for (const { name } of allProjections()) {
      expect(sample(caughtUp, 'labour_disputes_projection_events_behind', name)).toBe(0);
      expect(sample(caughtUp, 'labour_disputes_projection_seconds_behind', name)).toBe(0);
      expect(sample(caughtUp, 'labour_disputes_projection_active', name)).toBe(1);
      expect(sample(caughtUp, 'labour_disputes_projection_rebuilding', name)).toBe(0);
    }
  }, 120_000);
});
