import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { bootApp } from './support/boot-app.js';

/** The whole process as `npm start` builds it (api + worker), against the real PostgreSQL and Redis. */
describe('the app shell', () => {
  let app: NestFastifyApplication;
  const inject = (url: string) => app.getHttpAdapter().getInstance().inject({ method: 'GET', url });

  beforeAll(async () => {
    app = await bootApp('all');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers liveness', async () => {
    const response = await inject('/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('reports each dependency in readiness, ready once the projections have caught up', async () => {
    let response = await inject('/health/ready');
    // The example projection may start behind the events earlier suites wrote: readiness says so until it catches up.
    for (let attempt = 0; attempt < 240 && response.statusCode !== 200; attempt++) {
      expect(response.statusCode).toBe(503);
      expect(response.json().error.projections.status).toBe('down');
      await new Promise((resolve) => setTimeout(resolve, 250));
      response = await inject('/health/ready');
    }
    const body = response.json();
    expect(body.details.database.status).toBe('up');
    expect(body.details.redis.status).toBe('up');
    expect(body.details.eventStore.status).toBe('up');
    expect(body.details.projections.status).toBe('up');
    // The notifications' own projection is reported beside the worker's.
    expect(Object.keys(body.details.projections)).toEqual(expect.arrayContaining(['case_summary', 'case_deadlines', 'notification_cases']));
    expect(response.statusCode).toBe(200);
  });

  it('serves the OpenAPI document and its page', async () => {
    const document = await inject('/docs/openapi.json');
    expect(document.statusCode).toBe(200);
    expect(document.json().openapi).toMatch(/^3\./);
    expect(Object.keys(document.json().paths)).toEqual(expect.arrayContaining(['/health', '/health/ready']));
    const page = await inject('/docs');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
  });

  it('sends security headers and a request id, keeping a well-formed caller id and replacing a bad one', async () => {
    const fresh = await inject('/health');
    expect(fresh.headers['x-content-type-options']).toBe('nosniff');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'court-42.a' } });
    expect(kept.headers['x-request-id']).toBe('court-42.a');
    const replaced = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'bad id\u0000' } });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
