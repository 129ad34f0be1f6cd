import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { prepareTestDatabase } from '#database';
import { createHttpApp } from '#platform';

/** The whole process as `npm start` builds it (api + worker), against the real PostgreSQL and Redis. */
describe('the app shell', () => {
  let app: NestFastifyApplication;
  const inject = (url: string) => app.getHttpAdapter().getInstance().inject({ method: 'GET', url });

  beforeAll(async () => {
    process.env.DATABASE_URL = await prepareTestDatabase();
    process.env.LOG_LEVEL = 'silent';
    const { AppModule } = await import('../apps/app.module.js');
    app = await createHttpApp(AppModule, { docs: true });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers liveness', async () => {
    const response = await inject('/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('reports each dependency in readiness', async () => {
    const response = await inject('/health/ready');
    const body = response.json();
    expect(body.details.database.status).toBe('up');
    expect(body.details.redis.status).toBe('up');
    expect(body.details.eventStore.status).toBe('up');
    expect(body.details.projections.status).toBe('up');
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

  it('sends security headers and a request id', async () => {
    const response = await inject('/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-request-id']).toEqual(expect.any(String));
  });
});
