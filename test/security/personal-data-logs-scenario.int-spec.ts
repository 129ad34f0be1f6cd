import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { testDatabaseUrl } from '#database';
import { findPersonalData } from '#personal-data';
import { testRedisUrl } from '../support/test-redis.js';
import { caseAtEveryStage, CLOCK, registration, TODAY, WORKER_ID_NUMBER, WORKER_PHONE } from './support/cases.js';
import { requestAt, tokensForEveryRole, type HttpTarget, type Tokens } from './support/session.js';

const main = new URL('../../dist/apps/main.js', import.meta.url).pathname;
const ADDRESS = '杭州市西湖区文三路 1 号';

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/**
 * The built app as production runs it, at debug level, through a whole case: every command, every read, reveals,
 * and requests that carry the numbers where they do not belong. Its logs must hold none of them.
 */
describe('personal data never reaches the logs of a spawned process, over a full scenario', () => {
  let child: ChildProcess;
  let logs = '';
  let target: HttpTarget;
  let tokens: Tokens;

  beforeAll(async () => {
    const port = await freePort();
    child = spawn(process.execPath, [main], {
      env: {
        PATH: process.env.PATH ?? '',
        LOG_LEVEL: 'debug',
        NODE_ENV: 'test',
        TEST_CLOCK: CLOCK,
        DATABASE_URL: testDatabaseUrl(),
        REDIS_URL: testRedisUrl(),
        PORT: String(port),
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk) => (logs += chunk));
    child.stderr!.on('data', (chunk) => (logs += chunk));
    const base = `http://127.0.0.1:${port}`;
    target = { request: (method, url, options) => requestAt(base, method, url, options) };
    for (let i = 0; i < 150 && !(await fetch(`${base}/health`).catch(() => undefined)); i++) await new Promise((r) => setTimeout(r, 200));
    tokens = await tokensForEveryRole();
  });
  afterAll(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it('logs requests and refusals without an ID number, phone or address', async () => {
    const id = await caseAtEveryStage(target, tokens);
    const as = (role: Parameters<Tokens['home']['get']>[0]) => tokens.home.get(role);
    for (const role of ['mediator', 'arbitration-clerk', 'court-liaison', 'admin'] as const) {
      for (const url of [`/disputes/${id}`, `/disputes/${id}/history?limit=200`, `/disputes/${id}/export`, `/disputes?limit=50`]) await target.request('GET', url, { token: as(role) });
    }
    for (const field of ['idNumber', 'phone', 'address']) {
      const revealed = await target.request('POST', `/disputes/${id}/parties/w1/reveal`, { token: as('mediator'), body: JSON.stringify({ field, purpose: 'call the worker before the session' }) });
      expect(revealed.status).toBe(200);
    }
    // The numbers where they do not belong: in refused fields, headers, query strings and paths.
    const refused: [string, string, { body?: unknown; headers?: Record<string, string> }][] = [
      ['POST', '/disputes', { body: { ...registration(), regionCode: WORKER_ID_NUMBER } }],
      ['POST', '/disputes', { body: { ...registration(), channel: WORKER_PHONE } }],
      ['POST', `/disputes/${id}/mediation/sessions`, { body: { sessionId: WORKER_PHONE, heldOn: TODAY, attendees: [{ id: WORKER_ID_NUMBER, role: 'party' }], positions: [], outcome: 'adjourned' } }],
      ['POST', `/disputes/${id}/mediation/failure`, { body: { failedOn: TODAY, reason: `call ${WORKER_PHONE}` }, headers: { 'if-match': WORKER_PHONE, 'idempotency-key': WORKER_ID_NUMBER, 'on-behalf-of-party': WORKER_PHONE } }],
      ['GET', `/disputes?q=${WORKER_ID_NUMBER}`, {}],
      ['GET', `/disputes?employer=${WORKER_PHONE}`, {}],
      ['GET', `/disputes/${WORKER_ID_NUMBER}`, {}],
      ['GET', `/disputes/${id}/history?after=${WORKER_PHONE}`, { headers: { 'x-correlation-id': WORKER_ID_NUMBER, 'x-request-id': WORKER_PHONE } }],
      ['POST', `/disputes/${id}/parties/${WORKER_PHONE}/reveal`, { body: { field: 'idNumber', purpose: `check ${WORKER_ID_NUMBER}` } }],
    ];
    for (const [method, url, { body, headers }] of refused) {
      const answer = await target.request(method, url, { token: as('mediator'), ...(headers ? { headers } : {}), ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      expect({ url, status: answer.status < 500 }).toEqual({ url, status: true });
    }
    // Let the worker's projections, timers and their log lines catch up before reading the logs.
    await target.request('GET', `/disputes?limit=1`, { token: as('mediator') });
    child.kill('SIGTERM');
    await once(child, 'exit');

    expect(logs).toMatch(/"url":"\/disputes/);
    // The refused requests were logged, their numbers masked.
    expect(logs).toContain('"url":"/disputes?q=1101**********002X"');
    expect(logs).toContain('/parties/138****8000/reveal');
    expect(logs.split('\n').length).toBeGreaterThan(50);
    const leaks = logs.split('\n').filter((line) => [WORKER_ID_NUMBER, WORKER_PHONE, ADDRESS].some((value) => line.includes(value)));
    expect(leaks).toEqual([]);
    expect(findPersonalData(logs).map((f) => `${f.kind} ${f.masked} in ${JSON.stringify(logs.slice(Math.max(0, f.index - 120), f.index))}`)).toEqual([]);
  });
});
