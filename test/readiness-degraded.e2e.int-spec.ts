import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { bootApp } from './support/boot-app.js';

/** Redis down must not stop the process: liveness stays up, readiness says which dependency is down. */
describe('readiness with Redis unreachable', () => {
  let app: NestFastifyApplication;
  const inject = (url: string) => app.getHttpAdapter().getInstance().inject({ method: 'GET', url });

  beforeAll(async () => {
    app = await bootApp('api', { REDIS_URL: 'redis://127.0.0.1:1' });
  });
  afterAll(async () => app?.close());

  it('keeps liveness up and reports Redis down with 503', async () => {
    expect((await inject('/health')).statusCode).toBe(200);
    const ready = await inject('/health/ready');
    expect(ready.statusCode).toBe(503);
    const body = ready.json();
    expect(body.error.redis.status).toBe('down');
    expect(body.details.database.status).toBe('up');
    expect(body.details.eventStore.status).toBe('up');
    expect(body.details.projections.stream_summary).toEqual(
      expect.objectContaining({ checkpoint: expect.any(String), head: expect.any(String), secondsBehind: expect.any(Number) }),
    );
  });
});
