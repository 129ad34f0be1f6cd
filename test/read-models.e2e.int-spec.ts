import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { bootApp } from './support/boot-app.js';
import { registrationBody, WORKER_ID_NUMBER } from './support/registration.js';
import { ORG, tokenFor } from './support/tokens.js';

const CLOCK = '2026-06-03T02:00:00.000Z'; // a Wednesday
const today = '2026-06-03';

/** A body of its own per run, so counts are exact whatever earlier runs left in the test database. */
const body = `body_${randomUUID().slice(0, 8)}`;
const commission = `c_${randomUUID().slice(0, 8).replaceAll('-', '')}`;

const registration = (employer: string) => registrationBody({ registeredOn: today, knewOfInfringementOn: '2026-05-01', employer, industry: 'manufacturing' });

describe('read models over HTTP: lists, dashboards and statistics, with read-your-writes', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await bootApp('all', { NODE_ENV: 'test', TEST_CLOCK: CLOCK });
  });
  afterAll(() => app.close());

  const call = async (role: Parameters<typeof tokenFor>[0], org: string | undefined, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({ method, url, headers: { authorization: `Bearer ${await tokenFor(role, org)}` }, ...(payload ? { payload } : {}) });

  it('lists the body\'s cases once the projection has them, and fills the mediation and arbitration dashboards', async () => {
    const ids: string[] = [];
    let position = '';
    for (const employer of ['甲公司', '乙公司', '丙公司']) {
      const created = await call('mediator', body, 'POST', '/disputes', registration(employer));
      expect(created.statusCode).toBe(201);
      const id = created.json().disputeId as string;
      ids.push(id);
      const opened = await call('mediator', body, 'POST', `/disputes/${id}/mediation`, { body: 'peoples_mediation', bodyId: body, mediatorId: 'm-1', receivedOn: '2026-05-20' });
      expect(opened.statusCode).toBe(201);
      position = opened.headers['x-position'] as string;
    }
    // The third case fails mediation and goes to the commission.
    await call('mediator', body, 'POST', `/disputes/${ids[2]}/mediation/failure`, { failedOn: today, reason: 'no agreement' });
    const handed = await call('arbitration-clerk', commission, 'POST', `/disputes/${ids[2]}/arbitration/application`, { commissionId: commission, filedOn: today });
    expect(handed.statusCode).toBe(201);
    position = handed.headers['x-position'] as string;

    const list = await call('mediator', body, 'GET', `/disputes?minPosition=${encodeURIComponent(position)}&limit=2`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(2);
    const rest = await call('mediator', body, 'GET', `/disputes?limit=2&cursor=${list.json().next}`);
    expect([...list.json().items, ...rest.json().items].map((c: { dispute_id: string }) => c.dispute_id).sort()).toEqual([...ids].sort());
    expect(JSON.stringify(list.json())).not.toContain(WORKER_ID_NUMBER);

    const search = await call('mediator', body, 'GET', `/disputes?q=${encodeURIComponent('乙公司')}`);
    expect(search.json().items.map((c: { employer_name: string }) => c.employer_name)).toEqual(['乙公司']);
    const otherBody = await call('mediator', 'body_nowhere', 'GET', '/disputes');
    expect(otherBody.json().items).toEqual([]);

    // Received 2026-05-20: the 15-day window ends 2026-06-04, within 3 days of today (2026-06-03).
    const mediation = await call('mediator', body, 'GET', `/dashboards/mediation?minPosition=${encodeURIComponent(position)}`);
    expect(mediation.statusCode).toBe(200);
    expect(mediation.json().openCases.count).toBe(2);
    expect(mediation.json().windowsClosingWithinThreeDays.count).toBe(2);

    const arbitration = await call('arbitration-clerk', commission, 'GET', `/dashboards/arbitration?minPosition=${encodeURIComponent(position)}`);
    expect(arbitration.json().awaitingAcceptance.count).toBe(1);
    expect(arbitration.json().handedOverThisWeek.count).toBe(1);
    expect(arbitration.json().awaitingAcceptance.cases[0].disputeId).toBe(ids[2]);
  });

  it('gives statistics to analysts, without case detail, and refuses them the case list', async () => {
    const stats = await call('analyst', undefined, 'GET', `/statistics?from=${today}&to=${today}&region=3301`);
    expect(stats.statusCode).toBe(200);
    expect(stats.json()).toMatchObject({ version: '2' });
    expect(stats.json().casesOpened).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(stats.json())).not.toMatch(/dispute_id|disputeId|王五/);
    expect((await call('analyst', undefined, 'GET', '/disputes')).statusCode).toBe(403);
  });

  it('answers 503 with Retry-After when a read cannot catch up with the given position', async () => {
    // Well formed (as the event store writes positions) but beyond anything written; a malformed one is a 400.
    const far = `${'9'.repeat(20)}:${'9'.repeat(20)}`;
    const response = await call('mediator', body, 'GET', `/disputes?minPosition=${far}`);
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('1');
  });
});
