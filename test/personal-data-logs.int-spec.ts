import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { findPersonalData } from '#personal-data';
import { testDatabaseUrl } from '#database';
import { registrationBody, WORKER_ID_NUMBER } from './support/registration.js';
import { tokenFor } from './support/tokens.js';

const main = new URL('../dist/apps/main.js', import.meta.url).pathname;
const ID_NUMBER = WORKER_ID_NUMBER;
const PHONE = '13800138000';

describe('personal data never reaches the logs', () => {
  it('logs requests at debug level, including refused ones, without an ID number or phone in them', async () => {
    const server = createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as { port: number };
    server.close();
    const child = spawn(process.execPath, [main], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'debug', DATABASE_URL: testDatabaseUrl(), PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let logs = '';
    child.stdout.on('data', (chunk) => (logs += chunk));
    child.stderr.on('data', (chunk) => (logs += chunk));
    try {
      const base = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 100 && !(await fetch(`${base}/health`).catch(() => undefined)); i++) await new Promise((r) => setTimeout(r, 200));
      const headers = { authorization: `Bearer ${await tokenFor('mediator')}`, 'content-type': 'application/json' };
      const registration = registrationBody({ registeredOn: '2026-01-05', knewOfInfringementOn: '2026-01-05', phone: PHONE });
      expect((await fetch(`${base}/disputes`, { method: 'POST', headers, body: JSON.stringify(registration) })).status).toBe(201);
      // Refused input echoes nothing of the value it refused.
      const bad = await fetch(`${base}/disputes`, { method: 'POST', headers, body: JSON.stringify({ ...registration, regionCode: ID_NUMBER }) });
      expect(bad.status).toBe(400);
      expect(await bad.text()).not.toContain(ID_NUMBER);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    expect(logs).toMatch(/"url":"\/disputes"/);
    expect(logs).not.toContain(ID_NUMBER);
    expect(logs).not.toContain(PHONE);
    expect(findPersonalData(logs)).toEqual([]);
  });
});
