import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registrationBody } from './support/registration.js';
import { ORG, tokenFor } from './support/tokens.js';

/** The built entry point, as `npm start` runs it, with no DATABASE_URL and no REDIS_URL: everything in process. */
const main = new URL('../dist/apps/main.js', import.meta.url).pathname;
const CLOCK = '2026-06-10T02:00:00.000Z';
const today = '2026-06-10';

interface Started {
  readonly child: ChildProcess;
  readonly baseUrl: string;
  readonly output: () => string;
}

/** Port 0: the banner says where it listens. Only PATH and the settings below: no service of this machine is named. */
async function startEmbedded(dataDir: string): Promise<Started> {
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'test', TEST_CLOCK: CLOCK },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  // Generous: initdb and the demo seed take 20 s here when the machine is quiet.
  const deadline = Date.now() + 240_000;
  for (;;) {
    const up = /labour-disputes is up on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
    if (up && /ready in /.test(output)) return { child, baseUrl: up[1]!, output: () => output };
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`embedded start failed:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function stop(started: Started): Promise<number | null> {
  started.child.kill('SIGTERM');
  const [code] = await once(started.child, 'exit');
  return code as number | null;
}

describe('zero-setup start: embedded PostgreSQL and in-process timers (built app, child process)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'labour-disputes-embedded-'));
  let app: Started | undefined;
  afterAll(async () => {
    if (app && app.child.exitCode === null) await stop(app);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const call = async (role: Parameters<typeof tokenFor>[0], method: 'GET' | 'POST', path: string, body?: unknown) => {
    const response = await fetch(`${app!.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${await tokenFor(role)}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
  /** Projections follow by polling (no LISTEN through the socket): wait until the summary shows the step. */
  const summaryShows = async (id: string, stage: string) => {
    for (let i = 0; i < 100; i++) {
      const list = await call('arbitration-clerk', 'GET', `/disputes?stage=${stage}&limit=100`);
      if (list.status === 200 && (list.body.items as { dispute_id: string }[]).some((c) => c.dispute_id === id)) return true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return false;
  };

  let disputeId: string;

  it('starts with no services configured, says which modes are active, seeds the demo and prints where to go next', async () => {
    app = await startEmbedded(dataDir);
    const output = app.output();
    expect(output).toMatch(/database: embedded PostgreSQL \(PGlite\)/);
    expect(output).toMatch(/timers and notifications: in process \(no REDIS_URL\)/);
    expect(output).toMatch(/first start: seeded the demo \(50 disputes, \d+ events/);
    expect(output).toMatch(/API docs: http:\/\/127\.0\.0\.1:\d+\/docs/);
    for (const role of ['mediator', 'arbitration-clerk', 'court-liaison', 'union-officer', 'admin']) expect(output).toMatch(new RegExp(`^  ${role} +\\S+ +eyJ`, 'm'));
    expect(output).toMatch(/curl -s -H "Authorization: Bearer eyJ[^"]+" http:\/\/127\.0\.0\.1:\d+\/dashboards\/mediation/);
    expect(existsSync(join(dataDir, 'pglite'))).toBe(true);

    // The printed mediator token works against the printed curl's endpoint.
    const token = /curl -s -H "Authorization: Bearer (eyJ[^"]+)"/.exec(output)![1];
    const dashboard = await fetch(`${app.baseUrl}/dashboards/mediation`, { headers: { authorization: `Bearer ${token}` } });
    expect(dashboard.status).toBe(200);
  }, 300_000);

  it('walks a case from mediation to arbitration over HTTP', async () => {
    const created = await call('mediator', 'POST', '/disputes', registrationBody({ registeredOn: today, knewOfInfringementOn: '2026-05-20' }));
    expect(created.status).toBe(201);
    disputeId = created.body.disputeId;
    const steps: [Parameters<typeof tokenFor>[0], string, unknown][] = [
      ['mediator', 'mediation', { body: 'peoples_mediation', bodyId: ORG.body, mediatorId: 'mediator-li', receivedOn: today }],
      ['mediator', 'mediation/failure', { failedOn: today, reason: 'the employer denies the arrears' }],
      ['arbitration-clerk', 'arbitration/application', { commissionId: ORG.commission, filedOn: today }],
      ['arbitration-clerk', 'arbitration/acceptance', { acceptedOn: today }],
    ];
    for (const [role, path, body] of steps) expect({ path, ...(await call(role, 'POST', `/disputes/${disputeId}/${path}`, body)) }).toMatchObject({ path, status: 201 });
    expect(await summaryShows(disputeId, 'arbitration')).toBe(true);
  });

  it('keeps the case, its projections and the demo across a restart', async () => {
    const before = await call('arbitration-clerk', 'GET', `/disputes/${disputeId}`);
    const deadlinesBefore = await call('arbitration-clerk', 'GET', '/dashboards/arbitration');
    expect(await stop(app!)).toBe(0);

    app = await startEmbedded(dataDir);
    expect(app.output()).not.toMatch(/seeded the demo/);
    const after = await call('arbitration-clerk', 'GET', `/disputes/${disputeId}`);
    expect(after.status).toBe(200);
    expect(after.body.revision).toBe(before.body.revision);
    expect(after.body.case.arbitration.caseNumber).toBe(before.body.case.arbitration.caseNumber);
    expect(await summaryShows(disputeId, 'arbitration')).toBe(true);
    expect((await call('arbitration-clerk', 'GET', '/dashboards/arbitration')).body).toEqual(deadlinesBefore.body);

    // The case can go on after the restart.
    const tribunal = await call('arbitration-clerk', 'POST', `/disputes/${disputeId}/arbitration/tribunal`, {
      form: 'sole',
      arbitratorIds: ['arbitrator-wang'],
      presidingId: 'arbitrator-wang',
      composedOn: today,
    });
    expect(tribunal.status).toBe(201);
  }, 300_000);
});
