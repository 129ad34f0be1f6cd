import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { testDatabaseUrl } from '#database';
import { CLOCK, registration, TODAY } from './support/cases.js';
import { LiveApp, tokensForEveryRole, type HttpAnswer, type Tokens } from './support/session.js';
import { violationsOf } from './support/verdicts.js';

type Problem = { status: number; type: string; errors?: { field: string; rule: string; message: string }[] };
const problemOf = (answer: HttpAnswer) => JSON.parse(answer.body) as Problem;
const fieldsOf = (answer: HttpAnswer) => [...new Set((problemOf(answer).errors ?? []).map((e) => e.field))];

/** Is `value` somewhere in `tree`, exactly (no escaping, trimming or rewriting on the way)? */
const holds = (tree: unknown, value: string): boolean =>
  tree === value || (typeof tree === 'object' && tree !== null && Object.values(tree).some((child) => holds(child, value)));

describe('hand-picked bad input', () => {
  let live: LiveApp;
  let tokens: Tokens;
  const answers: HttpAnswer[] = [];

  const send = async (method: string, url: string, options: { role?: Parameters<Tokens['home']['get']>[0]; body?: string; contentType?: string; headers?: Record<string, string> } = {}) => {
    const answer = await live.request(method, url, { token: tokens.home.get(options.role ?? 'mediator'), ...options });
    answers.push(answer);
    return answer;
  };
  const register = (body: unknown) => send('POST', '/disputes', { body: JSON.stringify(body) });

  beforeAll(async () => {
    live = await LiveApp.start({ TEST_CLOCK: CLOCK });
    tokens = await tokensForEveryRole();
  });
  afterAll(async () => {
    // Whatever was sent, every answer kept the promises: no 5xx, no leak, problem+json naming the field.
    expect(answers.flatMap((a) => violationsOf(a).map((v) => `${a.status}: ${v}`))).toEqual([]);
    console.log(`hand-picked: ${answers.length} requests`);
    await live.close();
  });

  it('refuses malformed JSON with 400 naming the body', async () => {
    for (const payload of ['{"parties":', '{"a":1}}', "{'single':'quotes'}", '[1,2,', 'null null', '\u0000', '{"a":NaN}', '']) {
      const answer = await send('POST', '/disputes', { body: payload, contentType: 'application/json' });
      expect({ payload, status: answer.status }).toEqual({ payload, status: 400 });
      expect(fieldsOf(answer)).toEqual(['(body)']);
    }
  });

  it('refuses a content type it does not read with 415; plain text is read as a string and refused as a body', async () => {
    for (const contentType of ['application/xml', 'multipart/form-data; boundary=x', 'application/json-patch+json', 'image/png']) {
      const answer = await send('POST', '/disputes', { body: JSON.stringify(registration()), contentType });
      expect({ contentType, status: answer.status }).toEqual({ contentType, status: 415 });
    }
    const text = await send('POST', '/disputes', { body: JSON.stringify(registration()), contentType: 'text/plain' });
    expect({ status: text.status, fields: fieldsOf(text) }).toEqual({ status: 400, fields: ['(body)'] });
    // A form post is read, and then fails validation field by field.
    const form = await send('POST', '/disputes', { body: 'parties=1&channel=walk_in', contentType: 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(400);
    expect(fieldsOf(form)).toEqual(expect.arrayContaining(['parties', 'claims']));
  });

  it('refuses a 10 MB body with 413 before reading it, and a body just over the 1 MB limit', async () => {
    for (const size of [10 * 1024 * 1024, 1024 * 1024 + 1]) {
      const body = JSON.stringify({ ...registration(), claims: [{ claimId: 'c1', type: 'wages', description: 'x'.repeat(size) }] });
      const answer = await send('POST', '/disputes', { body });
      expect({ size, status: answer.status }).toEqual({ size, status: 413 });
      expect(answer.body.length).toBeLessThan(2000);
    }
  });

  it('refuses deep nesting without running out of stack', async () => {
    for (const depth of [1000, 100_000]) {
      const nested = '['.repeat(depth) + ']'.repeat(depth);
      const answer = await send('POST', '/disputes', { body: `{"parties":${nested}}` });
      expect({ depth, status: answer.status }).toEqual({ depth, status: 400 });
      const objects = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
      const deepObject = await send('POST', `/disputes/${randomUUID()}/mediation`, { body: objects });
      expect({ depth, status: deepObject.status }).toEqual({ depth, status: 400 });
    }
  });

  it('refuses dates that do not exist, naming the field and the rule', async () => {
    for (const date of ['2026-02-30', '2026-13-01', '2026-00-10', '2025-02-29', '2026-6-1', '20260601', '2026-06-01T00:00:00Z', '1900-01-01', '9999-12-31']) {
      const answer = await register({ ...registration(), registeredOn: date });
      expect({ date, status: answer.status, fields: fieldsOf(answer) }).toEqual({ date, status: 400, fields: ['registeredOn'] });
    }
    const asOf = await send('GET', `/disputes/${randomUUID()}?asOf=2026-02-30`);
    expect({ status: asOf.status, fields: fieldsOf(asOf) }).toEqual({ status: 400, fields: ['asOf'] });
  });

  it('refuses negative, fractional, absurd and non-numeric amounts', async () => {
    for (const amountFen of [-1, 0, 1.5, 1e15, 100_000_000_001, '100', null, true, 1e400]) {
      const claims = [{ claimId: 'c1', type: 'wages', amountFen, description: 'unpaid wages' }];
      const answer = await send('POST', '/disputes', { body: JSON.stringify({ ...registration(), claims }).replace('"amountFen":null', amountFen === 1e400 ? '"amountFen":1e400' : '"amountFen":null') });
      expect({ amountFen, status: answer.status, fields: fieldsOf(answer) }).toEqual({ amountFen, status: 400, fields: ['claims.0.amountFen'] });
    }
  });

  it('refuses enum values it does not know, naming the field', async () => {
    const cases: [string, unknown][] = [
      ['channel', { ...registration(), channel: 'carrier_pigeon' }],
      ['claims.0.type', { ...registration(), claims: [{ claimId: 'c1', type: 'WAGES', description: 'x' }] }],
      ['parties.0.kind', { ...registration(), parties: [{ ...registration().parties[0], kind: 'boss' }, registration().parties[1]] }],
    ];
    for (const [field, body] of cases) {
      const answer = await register(body);
      expect({ field, status: answer.status, fields: fieldsOf(answer) }).toEqual({ field, status: 400, fields: [field] });
    }
  });

  it('refuses strings over their limits and unknown fields, naming them', async () => {
    const long = await register({ ...registration({ workerName: 'x'.repeat(201) }) });
    expect(fieldsOf(long)).toEqual(['parties.0.displayName']);
    const longId = await register({ ...registration(), parties: [{ ...registration().parties[0], idNumber: '1'.repeat(100_000) }, registration().parties[1]] });
    expect(fieldsOf(longId)).toEqual(['parties.0.idNumber']);
    const extra = await register({ ...registration(), isAdmin: true });
    expect({ status: extra.status, fields: fieldsOf(extra) }).toEqual({ status: 400, fields: ['(body)'] });
    // Prototype pollution through the body: refused by the JSON parser, and nothing polluted.
    for (const poison of ['{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}']) {
      const answer = await send('POST', '/disputes', { body: JSON.stringify(registration()).replace(/^\{/, poison.slice(0, -1) + ',') });
      expect({ poison, status: answer.status }).toEqual({ poison, status: 400 });
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('stores SQL, HTML, control characters and unicode names as given, and returns them literally on the case, list and history routes', async () => {
    const worker = '<script>alert("王五")</script>';
    const employer = "杭州'; DROP TABLE es_events; --有限公司";
    const description = 'wages \u0007\u001b[31m unpaid \u202Etxt.exe {{7*7}} ${jndi:ldap://x} 𠮷野家 👩‍👩‍👧';
    const created = await register(registration({ workerName: worker, employerName: employer, description }));
    expect(created.status).toBe(201);
    const { disputeId } = JSON.parse(created.body) as { disputeId: string };
    // The list shows a body's cases once it mediates them (a registered-only case is not in case_summaries' body column).
    const opened = await send('POST', `/disputes/${disputeId}/mediation`, { body: JSON.stringify({ body: 'peoples_mediation', bodyId: 'body_xihu', mediatorId: 'mediator-li', receivedOn: TODAY }) });
    expect(opened.status).toBe(201);
    const position = opened.headers.get('x-position')!;

    const read = await send('GET', `/disputes/${disputeId}`);
    const history = await send('GET', `/disputes/${disputeId}/history`);
    // Filtered by the employer's own name, SQL and all: a filter value is a value, never SQL.
    const list = await send('GET', `/disputes?minPosition=${encodeURIComponent(position)}&employer=${encodeURIComponent(employer)}&registeredFrom=${TODAY}`);
    for (const [route, answer] of [['case', read], ['history', history], ['list', list]] as const) {
      expect({ route, status: answer.status, type: answer.contentType }).toEqual({ route, status: 200, type: 'application/json; charset=utf-8' });
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      const parsed = JSON.parse(answer.body) as unknown;
      expect({ route, worker: holds(parsed, worker), employer: holds(parsed, employer) }).toEqual({ route, worker: true, employer: true });
      // Served as JSON text: the markup is inside a JSON string, never HTML the browser would run.
      expect(answer.body).not.toMatch(/^\s*</);
    }
    expect(holds(JSON.parse(history.body), description)).toBe(true);
    expect(holds(JSON.parse(read.body), description)).toBe(true);

    // The employer's name searched for: found by its text, and the SQL in it did nothing.
    const searched = await send('GET', `/disputes?q=${encodeURIComponent("DROP TABLE es_events; --")}&limit=10`);
    expect(searched.status).toBe(200);
    expect(searched.body).toContain(disputeId);
    const db = new pg.Client({ connectionString: testDatabaseUrl() });
    await db.connect();
    try {
      const { rows } = await db.query<{ data: { parties: { displayName: string }[] } }>(`SELECT data FROM es_events WHERE stream_name = $1 AND revision = 0`, [`dispute-${disputeId}`]);
      expect(rows[0]!.data.parties.map((p) => p.displayName)).toEqual([worker, employer]);
    } finally {
      await db.end();
    }
  });

  it('refuses plain ID and mobile numbers typed into free text, where the vault would never see them', async () => {
    const description = await register(registration({ description: 'arrears; call the worker on 138 0013 8000' }));
    expect({ status: description.status, fields: fieldsOf(description) }).toEqual({ status: 400, fields: ['claims.0.description'] });
    const name = await register(registration({ workerName: '王五 11010519491231002X' }));
    expect(fieldsOf(name)).toEqual(['parties.0.displayName']);
    const purpose = await send('POST', `/disputes/${randomUUID()}/parties/w1/reveal`, { body: JSON.stringify({ field: 'phone', purpose: 'check it is still +86 13800138000' }) });
    expect({ status: purpose.status, fields: fieldsOf(purpose) }).toEqual({ status: 400, fields: ['purpose'] });
    // A personal number sent as a correlation or request id is neither echoed nor stored with the facts.
    const correlated = await send('POST', '/disputes', { body: JSON.stringify(registration()), headers: { 'x-correlation-id': '11010519491231002X', 'x-request-id': '13800138000' } });
    expect(correlated.status).toBe(201);
    expect(correlated.headers.get('x-request-id')).not.toBe('13800138000');
    const db = new pg.Client({ connectionString: testDatabaseUrl() });
    await db.connect();
    try {
      const { rows } = await db.query<{ metadata: string }>('SELECT metadata::text AS metadata FROM es_events WHERE stream_name = $1', [`dispute-${(JSON.parse(correlated.body) as { disputeId: string }).disputeId}`]);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.metadata.includes('11010519491231002X') || r.metadata.includes('13800138000'))).toEqual([]);
    } finally {
      await db.end();
    }
    // Numbers that are not personal are fine.
    expect((await register(registration({ description: 'wages of 2026-03 (12,000 yuan), contract no. 2026-0042' }))).status).toBe(201);
  });

  it('refuses page sizes beyond the maximum with 400 (it does not cap silently)', async () => {
    const id = randomUUID();
    for (const [url, field] of [
      ['/disputes?limit=1000000', 'limit'],
      ['/disputes?limit=201', 'limit'],
      ['/disputes?limit=0', 'limit'],
      ['/disputes?limit=-5', 'limit'],
      ['/disputes?limit=1e400', 'limit'],
      [`/disputes/${id}/history?limit=1000000`, 'limit'],
      ['/admin/reveals?limit=100000000', 'limit'],
    ] as const) {
      const answer = await send('GET', url, { role: url.startsWith('/admin') ? 'admin' : 'mediator' });
      expect({ url, status: answer.status, fields: fieldsOf(answer) }).toEqual({ url, status: 400, fields: [field] });
    }
    expect((await send('GET', '/disputes?limit=200')).status).toBe(200);
  });

  it('keeps what the fuzzer found fixed', async () => {
    // An object-literal lookup once found Object.prototype's members: 500.
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const answer = await send('GET', `/live/dashboards/${name}`, { role: 'admin' });
      expect({ name, status: answer.status }).toEqual({ name, status: 404 });
    }
    // A malformed read-your-writes position once waited 2 s and answered 503.
    for (const url of ['/disputes?minPosition=abc', '/dashboards/mediation?minPosition=1e400', '/dashboards/court?minPosition=%20']) {
      const answer = await send('GET', url, { role: url.includes('court') ? 'court-liaison' : 'mediator' });
      expect({ url, status: answer.status, fields: fieldsOf(answer) }).toEqual({ url, status: 400, fields: ['minPosition'] });
    }
    const header = await send('GET', '/dashboards/mediation', { headers: { 'x-min-position': 'w:%' } });
    expect(fieldsOf(header)).toEqual(['X-Min-Position']);
    // Fastify's router refused an over-long path segment in its own JSON shape.
    const long = await send('GET', `/disputes/${'x'.repeat(5000)}`);
    expect(long.status).toBe(414);
    expect(long.contentType).toMatch(/^application\/problem\+json/);
    expect(problemOf(long).type).toMatch(/fst_err_max_param_length$/);
  });
});
