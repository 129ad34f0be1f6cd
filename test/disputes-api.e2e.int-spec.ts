import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { legalDateOf, addDays } from '#calendar';
import { disputeStream, PostgresEventStore } from '#event-store';
import { testDatabaseUrl } from '#database';
import { findPersonalData } from '#personal-data';
import pg from 'pg';
import { bootApp } from './support/boot-app.js';
import { ORG, tokenFor } from './support/tokens.js';

const WORKER_ID = '11010519491231002X';
/** A fixed day whose statutory clocks stay inside the loaded holiday data (2025-2026). */
const CLOCK = '2026-06-01T02:00:00.000Z';
const today = legalDateOf(new Date(CLOCK));
const inDays = (n: number) => addDays(today, n);

const registration = {
  parties: [
    { partyId: 'w1', kind: 'worker', displayName: '张三', idNumber: WORKER_ID, phone: '13800138000' },
    { partyId: 'e1', kind: 'employer', displayName: '杭州示例科技有限公司', creditCode: '91330106MA2H2XYT0X' },
  ],
  claims: [
    { claimId: 'c1', type: 'wages', amountFen: 1_200_000, description: 'unpaid wages' },
    { claimId: 'c2', type: 'economic_compensation', amountFen: 5_000_000, description: 'compensation for unlawful termination' },
  ],
  channel: 'walk_in',
  regionCode: '330106',
  knewOfInfringementOn: inDays(-30),
  employmentEndedOn: inDays(-30),
  registeredOn: today,
};

describe('the disputes API over HTTP, as the people who use it', () => {
  let app: NestFastifyApplication;
  let store: PostgresEventStore;
  const responses: string[] = [];

  beforeAll(async () => {
    app = await bootApp('all', { NODE_ENV: 'test', TEST_CLOCK: CLOCK });
    store = PostgresEventStore.connect(testDatabaseUrl());
  });
  afterAll(async () => {
    await store.close();
    await app.close();
  });

  async function call(role: Parameters<typeof tokenFor>[0] | null, method: 'GET' | 'POST', url: string, body?: unknown, headers: Record<string, string> = {}, org?: string) {
    const auth = role ? { authorization: `Bearer ${await tokenFor(role, org)}` } : {};
    const response = await app.inject({ method, url, headers: { ...auth, ...headers }, ...(body === undefined ? {} : { payload: body as object }) });
    responses.push(response.body);
    return response;
  }

  const registerCase = async () => {
    const created = await call('mediator', 'POST', '/disputes', registration);
    expect(created.statusCode).toBe(201);
    return created.json().disputeId as string;
  };

  it('walks a case from registration through mediation and arbitration to a suit, each step by its role', async () => {
    const id = await registerCase();
    const steps: [Parameters<typeof tokenFor>[0], string, unknown][] = [
      ['mediator', 'mediation', { body: 'peoples_mediation', bodyId: ORG.body, mediatorId: 'mediator-li', receivedOn: today }],
      ['mediator', 'mediation/sessions', { sessionId: 's1', heldOn: today, attendees: [{ id: 'w1', role: 'party' }], positions: [], outcome: 'adjourned' }],
      ['mediator', 'mediation/failure', { failedOn: today, reason: 'the employer denies the arrears' }],
      ['arbitration-clerk', 'arbitration/application', { commissionId: ORG.commission, filedOn: today }],
      ['arbitration-clerk', 'arbitration/acceptance', { acceptedOn: today }],
      ['arbitration-clerk', 'arbitration/tribunal', { form: 'sole', arbitratorIds: ['arbitrator-wang'], presidingId: 'arbitrator-wang', composedOn: today }],
      ['arbitration-clerk', 'arbitration/hearings', { hearingId: 'h1', hearingOn: inDays(10), noticeServedOn: today }],
      ['arbitrator', 'arbitration/award', { awardId: 'award-1', awardedOn: today, items: [{ claimId: 'c1', awardedFen: 1_200_000, decision: 'pay' }, { claimId: 'c2', awardedFen: 4_000_000, decision: 'pay' }] }],
      ['arbitration-clerk', 'arbitration/award/receipts', { partyId: 'w1', receivedOn: today }],
      ['arbitration-clerk', 'arbitration/award/receipts', { partyId: 'e1', receivedOn: today }],
      ['court-liaison', 'court/suits', { partyId: 'e1', court: { courtId: ORG.court, level: 'basic' }, basis: 'after_non_final_award', filedOn: today }],
    ];
    for (const [role, path, body] of steps) {
      const response = await call(role, 'POST', `/disputes/${id}/${path}`, body);
      expect({ path, status: response.statusCode, body: response.json() }).toMatchObject({ path, status: 201 });
      expect(response.headers['etag']).toMatch(/^"\d+"$/);
    }
    const accepted = (await call('arbitration-clerk', 'GET', `/disputes/${id}`)).json();
    expect(accepted.case.arbitration.caseNumber).toMatch(/^劳人仲案字〔\d{4}〕第\d+号$/);

    const history = await call('court-liaison', 'GET', `/disputes/${id}/history?limit=200`);
    expect(history.statusCode).toBe(200);
    const items = history.json().items as { type: string; actor: { role: string; organisationId: string }; summary: string }[];
    expect(items.map((i) => i.type)).toEqual(expect.arrayContaining(['DisputeRegistered', 'MediationFailed', 'ArbitrationAccepted', 'AwardIssued', 'ChallengeWindowsOpened', 'SuitFiled']));
    expect(items.find((i) => i.type === 'ArbitrationAccepted')).toMatchObject({ actor: { role: 'arbitration-clerk', organisationId: ORG.commission } });
    expect(items.every((i) => typeof i.summary === 'string' && i.summary.length > 0)).toBe(true);

    // The court liaison exports the history; it verifies with the development key, and fails once altered.
    const exported = await call('court-liaison', 'GET', `/disputes/${id}/export`);
    expect(exported.statusCode).toBe(200);
    const { verifyCaseExport, developmentExportKeyPair } = await import('#case-export');
    const doc = exported.json();
    expect(verifyCaseExport(doc, developmentExportKeyPair().publicKeyPem)).toMatchObject({ valid: true, entryCount: items.length });
    doc.entries[3].data.filedOn = '2020-01-01';
    expect(verifyCaseExport(doc, developmentExportKeyPair().publicKeyPem)).toMatchObject({ valid: false });

    // As of yesterday (recording time, the store's clock) the case was not recorded yet; as of today it is in court.
    const recordedToday = legalDateOf(new Date());
    const before = await call('court-liaison', 'GET', `/disputes/${id}?asOf=${addDays(recordedToday, -1)}`);
    const now = await call('court-liaison', 'GET', `/disputes/${id}?asOf=${recordedToday}`);
    expect([before.statusCode, now.statusCode]).toEqual([200, 200]);
    expect(before.json()).toMatchObject({ revision: -1, case: { status: 'unregistered' } });
    expect(now.json().case.litigation.suits).toHaveLength(1);

    // The court serves the worker: the liaison reveals the ID number with a purpose, and the reveal is on record.
    const reveal = await app.inject({
      method: 'POST',
      url: `/disputes/${id}/parties/w1/reveal`,
      headers: { authorization: `Bearer ${await tokenFor('court-liaison')}` },
      payload: { field: 'idNumber', purpose: 'service of the summons' },
    });
    expect(reveal.statusCode).toBe(200);
    expect(reveal.json().value).toBe(WORKER_ID);
    const db = new pg.Client({ connectionString: testDatabaseUrl() });
    await db.connect();
    const { rows } = await db.query(`SELECT actor_role, actor_org, purpose FROM pd_reveals WHERE purpose LIKE $1`, [`%${id}%`]);
    await db.end();
    expect(rows).toEqual([{ actor_role: 'court-liaison', actor_org: ORG.court, purpose: `service of the summons (dispute ${id})` }]);
  });

  it('refuses without a valid token (401), the wrong role (403 naming the permission), another organisation (404)', async () => {
    const id = await registerCase();
    const none = await call(null, 'GET', `/disputes/${id}`);
    expect(none.statusCode).toBe(401);
    expect(none.headers['content-type']).toMatch(/application\/problem\+json/);
    const forged = await app.inject({ method: 'GET', url: `/disputes/${id}`, headers: { authorization: `Bearer ${(await tokenFor('mediator')).slice(0, -4)}AAAA` } });
    expect(forged.statusCode).toBe(401);

    const wrongRole = await call('mediator', 'POST', `/disputes/${id}/arbitration/acceptance`, { acceptedOn: today });
    expect(wrongRole.statusCode).toBe(403);
    expect(wrongRole.json()).toMatchObject({ missingPermission: 'command:AcceptArbitration' });

    const foreign = await call('mediator', 'GET', `/disputes/${id}`, undefined, {}, ORG.otherBody);
    const missing = await call('mediator', 'GET', `/disputes/6f1c1d4e-9b7a-4f0e-8d55-0a2b3c4d5e6f`);
    expect([foreign.statusCode, missing.statusCode]).toEqual([404, 404]);
    expect(foreign.json().title).toBe(missing.json().title);
    const foreignCommand = await call('mediator', 'POST', `/disputes/${id}/mediation`, { body: 'peoples_mediation', bodyId: ORG.otherBody, mediatorId: 'm', receivedOn: today }, {}, ORG.otherBody);
    expect(foreignCommand.statusCode).toBe(404);
  });

  it('answers bad input with 400 naming every field, and a broken legal rule with 422 naming the rule', async () => {
    const id = await registerCase();
    const bad = await call('mediator', 'POST', `/disputes/${id}/mediation`, { body: 'tea_house', bodyId: ORG.body, receivedOn: '2026-02-30', extra: 1 });
    expect(bad.statusCode).toBe(400);
    const fields = (bad.json().errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body', 'mediatorId', 'receivedOn', '(body)']));

    const malformed = await app.inject({ method: 'POST', url: `/disputes/${id}/mediation`, headers: { authorization: `Bearer ${await tokenFor('mediator')}`, 'content-type': 'application/json' }, payload: '{"body":' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['content-type']).toMatch(/problem\+json/);
    expect(malformed.body).not.toMatch(/at .*\.ts:\d+/);

    const badId = await call('mediator', 'GET', '/disputes/not-a-uuid');
    expect(badId.statusCode).toBe(400);

    const refused = await call('arbitration-clerk', 'POST', `/disputes/${id}/arbitration/acceptance`, { acceptedOn: today }, {}, ORG.commission);
    expect(refused.statusCode).toBe(404); // not yet at this commission
    await call('mediator', 'POST', `/disputes/${id}/mediation`, { body: 'peoples_mediation', bodyId: ORG.body, mediatorId: 'mediator-li', receivedOn: today });
    const early = await call('arbitration-clerk', 'POST', `/disputes/${id}/arbitration/application`, { commissionId: ORG.commission, filedOn: today });
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ rule: 'arbitrationAfterMediationEndsOrExpires', article: 'LDMAL 14, 15' });
  });

  it('gives exactly one success to concurrent commands with the same If-Match, 409 to the rest', async () => {
    const id = await registerCase();
    const read = await call('mediator', 'GET', `/disputes/${id}`);
    const etag = read.headers['etag'] as string;
    expect(etag).toBe('"0"');
    const opened = await call('mediator', 'POST', `/disputes/${id}/mediation`, { body: 'peoples_mediation', bodyId: ORG.body, mediatorId: 'mediator-li', receivedOn: today }, { 'if-match': etag });
    expect(opened.statusCode).toBe(201);
    const next = opened.headers['etag'] as string;
    const racing = await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((s) =>
        call('mediator', 'POST', `/disputes/${id}/mediation/sessions`, { sessionId: s, heldOn: today, attendees: [{ id: 'w1', role: 'party' }], positions: [], outcome: 'adjourned' }, { 'if-match': next }),
      ),
    );
    expect(racing.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
    const conflict = racing.find((r) => r.statusCode === 409)!.json();
    expect(conflict.currentRevision).toBeGreaterThan(Number(next.replaceAll('"', '')));
  });

  it('replays an idempotent retry without recording anything again', async () => {
    const run = randomUUID();
    const first = await call('mediator', 'POST', '/disputes', registration, { 'idempotency-key': `reg-${run}` });
    const again = await call('mediator', 'POST', '/disputes', registration, { 'idempotency-key': `reg-${run}` });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    const id = first.json().disputeId;
    const open = { body: 'peoples_mediation', bodyId: ORG.body, mediatorId: 'mediator-li', receivedOn: today };
    await call('mediator', 'POST', `/disputes/${id}/mediation`, open, { 'idempotency-key': `open-${run}` });
    await call('mediator', 'POST', `/disputes/${id}/mediation`, open, { 'idempotency-key': `open-${run}` });
    const events = await store.readStream(disputeStream(id));
    expect(events.map((e) => e.type)).toEqual(['DisputeRegistered', 'MediationOpened', 'DeadlineSet']);
    const reused = await call('mediator', 'POST', `/disputes/${id}/mediation/failure`, { failedOn: today, reason: 'x' }, { 'idempotency-key': `open-${run}` });
    expect(reused.statusCode).toBe(422);
  });

  it('keeps ID numbers out of responses and stored events; a reveal needs a purpose and is recorded', async () => {
    const id = await registerCase();
    const events = await store.readStream(disputeStream(id));
    expect(JSON.stringify(events)).not.toContain(WORKER_ID);
    expect(findPersonalData(JSON.stringify(events))).toEqual([]);
    const party = (events[0]!.data as { parties: { partyId: string; maskedIdNumber?: string }[] }).parties[0]!;
    expect(party.maskedIdNumber).toBe('1101**********002X');

    const noPurpose = await call('mediator', 'POST', `/disputes/${id}/parties/w1/reveal`, { field: 'idNumber', purpose: '' });
    expect(noPurpose.statusCode).toBe(400);
    const forbidden = await call('analyst', 'POST', `/disputes/${id}/parties/w1/reveal`, { field: 'idNumber', purpose: 'curiosity' });
    expect(forbidden.statusCode).toBe(403);
    for (const body of responses) expect(body).not.toContain(WORKER_ID);
  });

  it('documents every command route in OpenAPI with its body schema and a valid example', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/docs/openapi.json' })).json() as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown; examples?: Record<string, { value: unknown }> }> } }>> };
    const { commandRoutes } = await import('#dispute-http');
    for (const route of commandRoutes) {
      const path = `/disputes/{id}${route.path}`;
      const body = doc.paths[path]?.['post']?.requestBody?.content['application/json'];
      expect({ path, hasSchema: Boolean(body?.schema) }).toEqual({ path, hasSchema: true });
      const example = body!.examples!['example']!.value;
      expect(route.body.safeParse(example).success).toBe(true);
    }
    expect(doc.paths['/disputes']?.['post']?.requestBody).toBeDefined();
  });
});
