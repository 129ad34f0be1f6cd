import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { bootApp } from './support/boot-app.js';
import { tokenFor } from './support/tokens.js';

describe('rate limits per caller', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await bootApp('api', { NODE_ENV: 'test', RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(async () => {
    await app.close();
    process.env['RATE_LIMIT_PER_MINUTE'] = '';
  });

  it('answers 429 problem+json past the limit, and counts each caller separately', async () => {
    const get = async (token: string) =>
      app.inject({ method: 'GET', url: '/disputes/0b7d2c1e-3f4a-4b5c-8d6e-7f8091a2b3c4', headers: { authorization: `Bearer ${token}` } });
    const mediator = await tokenFor('mediator');
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await get(mediator)).statusCode);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
    const limited = await get(mediator);
    expect(limited.headers['content-type']).toMatch(/problem\+json/);
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await get(await tokenFor('arbitration-clerk'))).statusCode).toBe(404);
  });
});
