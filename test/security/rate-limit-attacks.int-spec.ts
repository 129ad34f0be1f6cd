import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { issueDevelopmentToken } from '#auth';
import { bootApp } from '../support/boot-app.js';
import { tokenFor } from '../support/tokens.js';
import { DEVELOPMENT_AUTH } from '#config';

const LIMIT = 5;
const ANY_CASE = '0b7d2c1e-3f4a-4b5c-8d6e-7f8091a2b3c4';

/** A token naming any subject, signed with a key the server does not hold. */
const forged = (sub: string) =>
  issueDevelopmentToken({ userId: sub, role: 'admin', organisationId: 'hrss_hz', orgKind: 'department' }, 'an-attacker-chosen-secret-of-32-bytes!!', {
    issuer: DEVELOPMENT_AUTH.AUTH_ISSUER,
    audience: DEVELOPMENT_AUTH.AUTH_AUDIENCE,
  });

describe('rate limits hold against callers who choose their own bucket', () => {
  let app: NestFastifyApplication;
  const previous = process.env['RATE_LIMIT_PER_MINUTE'];

  beforeAll(async () => {
    app = await bootApp('api', { NODE_ENV: 'test', RATE_LIMIT_PER_MINUTE: String(LIMIT) });
  });
  afterAll(async () => {
    await app.close();
    if (previous === undefined) delete process.env['RATE_LIMIT_PER_MINUTE'];
    else process.env['RATE_LIMIT_PER_MINUTE'] = previous;
  });

  // Each case comes from its own address: the limiter's per-address buckets must not carry over between cases.
  const get = (headers: Record<string, string>, remoteAddress: string) => app.inject({ method: 'GET', url: `/disputes/${ANY_CASE}`, headers, remoteAddress });

  it('limits a flood of forged tokens, each naming a fresh subject', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT * 3; i++) statuses.push((await get({ authorization: `Bearer ${await forged(`attacker-${randomUUID()}`)}` }, '10.0.0.1')).statusCode);
    expect(statuses.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(401));
    expect(statuses.slice(LIMIT)).toEqual(Array(LIMIT * 2).fill(429));
  });

  it('limits requests without a token even when X-Forwarded-For changes every time', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT * 3; i++) statuses.push((await get({ 'x-forwarded-for': `198.51.100.${i}` }, '10.0.0.2')).statusCode);
    expect(statuses.slice(LIMIT)).toEqual(Array(LIMIT * 2).fill(429));
  });

  it("does not let forged tokens naming a real user spend that user's allowance", async () => {
    const victim = await tokenFor('mediator');
    const victimId = 'mediator-body_xihu';
    for (let i = 0; i < LIMIT * 2; i++) await get({ authorization: `Bearer ${await forged(victimId)}` }, '10.0.0.3');
    // Even from the attacker's own address: the victim's valid token is its own bucket.
    const own = await get({ authorization: `Bearer ${victim}` }, '10.0.0.3');
    expect(own.statusCode).toBe(404);
  });

  it('limits a valid caller whatever address it comes from, and answers 429 as problem+json with Retry-After', async () => {
    const caller = await tokenFor('arbitration-clerk');
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) statuses.push((await get({ authorization: `Bearer ${caller}`, 'x-forwarded-for': `203.0.113.${i}` }, `10.0.1.${i}`)).statusCode);
    expect(statuses).toEqual([...Array(LIMIT).fill(404), 429, 429]);
    const limited = await get({ authorization: `Bearer ${caller}` }, '10.0.1.99');
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.headers['retry-after']).toBeDefined();
  });
});
