import { randomUUID } from 'node:crypto';
import { DEVELOPMENT_AUTH } from '#config';
import { fill, operationsOf, type Operation } from './support/openapi.js';
import { LiveApp, tokenWith } from './support/session.js';
import { violationsOf } from './support/verdicts.js';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claims = (overrides: Record<string, unknown> = {}) => ({
  sub: 'admin-probe',
  role: 'admin',
  org: 'hrss_hz',
  orgKind: 'department',
  iss: DEVELOPMENT_AUTH.AUTH_ISSUER,
  aud: DEVELOPMENT_AUTH.AUTH_AUDIENCE,
  exp: Math.floor(Date.now() / 1000) + 3600,
  ...overrides,
});

/** Each way a bearer credential can be wrong, and the reason the 401 must give. */
async function badCredentials(): Promise<{ name: string; authorization: string | undefined; reason: string }[]> {
  const good = await tokenWith({});
  const [header, , signature] = good.split('.') as [string, string, string];
  return [
    { name: 'no Authorization header', authorization: undefined, reason: 'missing_token' },
    { name: 'not a bearer scheme', authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}`, reason: 'malformed' },
    { name: 'bearer without a token', authorization: 'Bearer ', reason: 'malformed' },
    { name: 'not a JWT', authorization: 'Bearer not-a-jwt', reason: 'malformed' },
    { name: 'expired', authorization: `Bearer ${await tokenWith({ expiresIn: -120 })}`, reason: 'expired' },
    { name: 'signed with another secret', authorization: `Bearer ${await tokenWith({ secret: 'an-attacker-chosen-secret-of-32-bytes!!' })}`, reason: 'bad_signature' },
    { name: 'payload altered after signing (analyst made admin)', authorization: `Bearer ${header}.${b64(claims())}.${signature}`, reason: 'bad_signature' },
    { name: 'alg none, no signature', authorization: `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`, reason: 'alg_none' },
    { name: 'alg NONE (case games)', authorization: `Bearer ${b64({ alg: 'NONE', typ: 'JWT' })}.${b64(claims())}.`, reason: 'alg_none' },
    { name: 'RS256 header on an HS256 deployment (key confusion)', authorization: `Bearer ${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(claims())}.${signature}`, reason: 'alg_not_allowed' },
    { name: 'wrong audience', authorization: `Bearer ${await tokenWith({ audience: 'another-api' })}`, reason: 'wrong_audience' },
    { name: 'wrong issuer', authorization: `Bearer ${await tokenWith({ issuer: 'https://evil.example' })}`, reason: 'wrong_issuer' },
  ];
}

describe('a bad bearer credential is refused with 401 and its reason, on every route class', () => {
  let live: LiveApp;
  let operations: Operation[];

  beforeAll(async () => {
    live = await LiveApp.start();
    operations = (await operationsOf(live.app)).filter((o) => o.permission !== undefined);
  });
  afterAll(() => live.close());

  it('covers commands, reads, exports, reveals, live streams, admin and metrics', () => {
    const classes = new Set(operations.map((o) => (o.path.startsWith('/live/') ? 'sse' : o.path.startsWith('/admin/') ? 'admin' : o.path === '/metrics' ? 'metrics' : o.path.endsWith('/export') ? 'export' : o.path.endsWith('/reveal') ? 'reveal' : o.method === 'POST' ? 'command' : 'read')));
    expect([...classes].sort()).toEqual(['admin', 'command', 'export', 'metrics', 'read', 'reveal', 'sse']);
  });

  it('answers 401 problem+json naming the reason, for every bad credential on every operation', async () => {
    const wrong: string[] = [];
    let tried = 0;
    for (const credential of await badCredentials()) {
      for (const operation of operations) {
        const url = fill(operation.path, { id: randomUUID(), partyId: 'w1', name: 'mediation' });
        const answer = await live.request(operation.method, url, {
          headers: credential.authorization === undefined ? {} : { authorization: credential.authorization },
          ...(operation.method === 'POST' ? { body: JSON.stringify(operation.example ?? {}) } : {}),
        });
        tried++;
        const detail = answer.status === 401 ? (JSON.parse(answer.body) as { detail?: string }).detail : undefined;
        const problems = [...violationsOf(answer), ...(answer.status !== 401 ? [`status ${answer.status}`] : []), ...(detail !== credential.reason ? [`reason ${String(detail)}`] : [])];
        if (problems.length > 0) wrong.push(`${credential.name} ${operation.method} ${operation.path}: ${problems.join(', ')}`);
      }
    }
    console.log(`tokens: ${tried} requests with a bad credential`);
    expect(wrong).toEqual([]);
  });
});
