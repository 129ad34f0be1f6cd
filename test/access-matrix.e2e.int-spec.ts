import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { humanRoles, permissionFor, type Action, type HumanRole } from '#auth';
import { bootApp } from './support/boot-app.js';
import { tokenFor } from './support/tokens.js';

const NOBODY = '0b7d2c1e-3f4a-4b5c-8d6e-7f8091a2b3c4';

type Route = { method: 'GET' | 'POST'; url: string; action: Action };

/** Every route with the action the permission table names for it (loaded after the app: see boot-app). */
const routesOf = (commandRoutes: readonly { path: string; command: string }[]): Route[] => [
  { method: 'POST', url: '/disputes', action: 'RegisterDispute' },
  { method: 'GET', url: `/disputes/${NOBODY}`, action: 'case' },
  { method: 'GET', url: `/disputes/${NOBODY}/history`, action: 'history' },
  { method: 'POST', url: `/disputes/${NOBODY}/parties/w1/reveal`, action: 'reveal-personal-data' },
  ...commandRoutes.map((r) => ({ method: 'POST' as const, url: `/disputes/${NOBODY}${r.path}`, action: r.command as Action })),
];

describe('every role against every route (the permission table, enforced)', () => {
  let app: NestFastifyApplication;
  const tokens = new Map<HumanRole, string>();
  let routes: Route[] = [];

  beforeAll(async () => {
    app = await bootApp('api', { NODE_ENV: 'test', TEST_CLOCK: '2026-06-01T02:00:00.000Z' });
    for (const role of humanRoles) tokens.set(role, await tokenFor(role));
    routes = routesOf((await import('#dispute-http')).commandRoutes);
  });
  afterAll(() => app.close());

  it('answers 403 exactly where the table grants nothing, on every route for every role', async () => {
    expect(routes.length).toBeGreaterThan(30);
    const verdicts: string[] = [];
    for (const { method, url, action } of routes)
    for (const role of humanRoles) {
      const response = await app.inject({ method, url, headers: { authorization: `Bearer ${tokens.get(role)}` }, ...(method === 'POST' ? { payload: {} } : {}) });
      const granted = permissionFor(action).grants[role] !== undefined;
      // Granted roles get past the role check: an empty command body fails validation (400), a read finds no case (404).
      const ok = granted ? response.statusCode === (method === 'POST' ? 400 : 404) : response.statusCode === 403;
      if (!ok) verdicts.push(`${role} ${method} ${url}: ${response.statusCode} (${granted ? 'granted' : 'not granted'})`);
      if (!granted) expect(response.json().missingPermission).toContain(action);
    }
    expect(verdicts).toEqual([]);
  });
});
