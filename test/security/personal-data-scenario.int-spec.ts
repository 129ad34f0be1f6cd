import { randomInt } from 'node:crypto';
import pg from 'pg';
import { humanRoles } from '#auth';
import { testDatabaseUrl } from '#database';
import { seedDemo } from '#demo-data';
import { VAULT } from '#dispute-http';
import { disputeStream, type EventStore } from '#event-store';
import { findPersonalData, type PersonalDataVault } from '#personal-data';
import { EVENT_STORE } from '#platform';
import { fill, isStream, operationsOf } from './support/openapi.js';
import { caseAtEveryStage, CLOCK, WORKER_ID_NUMBER, WORKER_PHONE } from './support/cases.js';
import { LiveApp, tokensForEveryRole, type HttpAnswer, type Tokens } from './support/session.js';

const WORKER_ADDRESS = '杭州市西湖区文三路 1 号';

/** Every plain value of `plain` found in `text`, and every ID or mobile number the scanner recognises. */
const personalDataIn = (text: string, plain: ReadonlySet<string>) => [...[...plain].filter((value) => text.includes(value)), ...findPersonalData(text).map((f) => `${f.kind} ${f.masked}`)];

describe('personal data after a full scenario: the demo set and a case walked through every stage', () => {
  let live: LiveApp;
  let tokens: Tokens;
  let db: pg.Client;
  const plain = new Set<string>([WORKER_ID_NUMBER, WORKER_PHONE, WORKER_ADDRESS]);
  const disputeIds: string[] = [];
  let walked: string;

  beforeAll(async () => {
    live = await LiveApp.start({ TEST_CLOCK: CLOCK });
    tokens = await tokensForEveryRole();
    db = new pg.Client({ connectionString: testDatabaseUrl() });
    await db.connect();
    walked = await caseAtEveryStage(live, tokens);
    // The demo generator writes its people through the real vault; this one notes each plain number on the way in.
    const vault = live.app.get<PersonalDataVault>(VAULT);
    const noting = Object.assign(Object.create(vault) as PersonalDataVault, {
      storePerson: (person: Parameters<PersonalDataVault['storePerson']>[0]) => {
        for (const value of [person.idNumber, person.phone, person.address]) if (value) plain.add(value);
        return vault.storePerson(person);
      },
    });
    const store = live.app.get<EventStore>(EVENT_STORE);
    disputeIds.push(walked);
    const noted = Object.assign(Object.create(store) as EventStore, {
      append: (stream: string, ...rest: unknown[]) => {
        if (stream.startsWith('dispute-')) disputeIds.push(stream.slice('dispute-'.length));
        return (store.append as (...args: unknown[]) => ReturnType<EventStore['append']>)(stream, ...rest);
      },
    });
    const seeded = await seedDemo({ store: noted, vault: noting, count: 30, seed: randomInt(1_000_000, 2_000_000) });
    expect(seeded.disputes).toBe(30);
    expect(disputeIds).toHaveLength(31);
    expect(plain.size).toBeGreaterThan(30);
    // Reads of the read models come after the projections have the seeded cases.
    for (let i = 0; i < 300; i++) {
      const { rows: projected } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM case_summaries WHERE dispute_id = ANY($1)', [disputeIds]);
      if (projected[0]!.n === disputeIds.length) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  afterAll(async () => {
    await db.end();
    await live.close();
  });

  it('shows no plain ID number, phone or address in any response of any role, own or foreign organisation', async () => {
    const operations = (await operationsOf(live.app)).filter((o) => o.method === 'GET' && o.permission && !isStream(o));
    const caseReads = operations.filter((o) => o.path.includes('{id}'));
    const collections = operations.filter((o) => !o.path.includes('{'));
    expect(caseReads.map((o) => o.path)).toEqual(expect.arrayContaining(['/disputes/{id}', '/disputes/{id}/history', '/disputes/{id}/export']));
    const found: string[] = [];
    let scanned = 0;
    const scan = (where: string, answer: HttpAnswer) => {
      scanned++;
      const hits = personalDataIn(answer.body, plain);
      if (hits.length > 0) found.push(`${where}: ${hits.join(', ')}`);
    };
    for (const role of humanRoles) {
      for (const source of ['home', 'foreign'] as const) {
        const token = tokens[source].get(role);
        for (const operation of collections) {
          const url = operation.path === '/statistics' ? '/statistics?from=2025-01-01&to=2026-12-31' : operation.path === '/disputes' ? '/disputes?limit=200' : operation.path;
          scan(`${role}/${source} ${url}`, await live.request('GET', url, { token }));
        }
        if (source === 'foreign') continue;
        for (const id of disputeIds)
          for (const operation of caseReads) {
            const url = fill(operation.path, { id }) + (operation.path.endsWith('/history') ? '?limit=200' : '');
            scan(`${role} ${url}`, await live.request('GET', url, { token }));
          }
      }
    }
    console.log(`personal data: ${scanned} responses of ${humanRoles.length} roles scanned for ${plain.size} plain values`);
    expect(found).toEqual([]);
  });

  it('keeps plain numbers out of every stored event (data and metadata), the read model rows and the vault table', async () => {
    const streams = disputeIds.map(disputeStream);
    const { rows: events } = await db.query<{ data: string; metadata: string }>('SELECT data::text AS data, metadata::text AS metadata FROM es_events WHERE stream_name = ANY($1)', [streams]);
    expect(events.length).toBeGreaterThan(300);
    const inEvents = events.flatMap((e) => [...personalDataIn(e.data, plain), ...personalDataIn(e.metadata, plain)]);
    expect(inEvents).toEqual([]);
    const { rows: summaries } = await db.query<{ row: string }>('SELECT row_to_json(c)::text AS row FROM case_summaries c WHERE dispute_id = ANY($1)', [disputeIds]);
    expect(summaries).toHaveLength(disputeIds.length);
    expect(summaries.flatMap((s) => personalDataIn(s.row, plain))).toEqual([]);
    // The vault holds ciphertext: not one plain value in its rows.
    const { rows: persons } = await db.query<{ row: string }>('SELECT row_to_json(p)::text AS row FROM pd_persons p');
    expect(persons.flatMap((p) => [...plain].filter((value) => p.row.includes(value)))).toEqual([]);
  });

  it('reveals only with a purpose, to a role that may, and records every reveal with who, what and why', async () => {
    const reveals = [
      { role: 'mediator', field: 'idNumber', value: WORKER_ID_NUMBER, purpose: 'identify the worker at the mediation session' },
      { role: 'arbitration-clerk', field: 'phone', value: WORKER_PHONE, purpose: 'call the worker about the hearing date' },
      { role: 'court-liaison', field: 'address', value: WORKER_ADDRESS, purpose: 'serve the summons at home' },
    ] as const;
    for (const reveal of reveals) {
      const answer = await live.request('POST', `/disputes/${walked}/parties/w1/reveal`, { token: tokens.home.get(reveal.role), body: JSON.stringify({ field: reveal.field, purpose: reveal.purpose }) });
      expect({ role: reveal.role, status: answer.status, value: (JSON.parse(answer.body) as { value?: string }).value }).toEqual({ role: reveal.role, status: 200, value: reveal.value });
    }
    // Refused: no purpose, a role that may not, a foreign organisation (as if the case did not exist).
    const noPurpose = await live.request('POST', `/disputes/${walked}/parties/w1/reveal`, { token: tokens.home.get('mediator'), body: JSON.stringify({ field: 'idNumber' }) });
    const analyst = await live.request('POST', `/disputes/${walked}/parties/w1/reveal`, { token: tokens.home.get('analyst'), body: JSON.stringify({ field: 'idNumber', purpose: 'curiosity, in detail' }) });
    const foreign = await live.request('POST', `/disputes/${walked}/parties/w1/reveal`, { token: tokens.foreign.get('mediator'), body: JSON.stringify({ field: 'idNumber', purpose: 'another body wants to know' }) });
    expect([noPurpose.status, analyst.status, foreign.status]).toEqual([400, 403, 404]);
    for (const refused of [noPurpose, analyst, foreign]) expect(personalDataIn(refused.body, plain)).toEqual([]);

    const log = await live.request('GET', '/admin/reveals?limit=500', { token: tokens.home.get('admin') });
    expect(log.status).toBe(200);
    expect(personalDataIn(log.body, plain)).toEqual([]);
    type Entry = { field: string; personId: string; purpose: string; actor: { userId: string; role: string; organisationId: string }; revealedAt: string };
    const entries = (JSON.parse(log.body) as { items: Entry[] }).items.filter((e) => e.purpose.includes(walked));
    const { rows } = await db.query<{ data: { parties: { partyId: string; personId?: string }[] } }>('SELECT data FROM es_events WHERE stream_name = $1 AND revision = 0', [disputeStream(walked)]);
    const personId = rows[0]!.data.parties.find((p) => p.partyId === 'w1')!.personId;
    for (const reveal of reveals) {
      const entry = entries.find((e) => e.field === reveal.field && e.actor.role === reveal.role);
      expect({ reveal: reveal.role, entry }).toEqual({
        reveal: reveal.role,
        entry: expect.objectContaining({ personId, purpose: `${reveal.purpose} (dispute ${walked})`, actor: expect.objectContaining({ userId: `${reveal.role}-${tokenOrg(reveal.role)}`, role: reveal.role }), revealedAt: expect.any(String) }),
      });
    }
    // Refused reveals recorded nothing.
    expect(entries.filter((e) => e.purpose.includes('curiosity') || e.purpose.includes('another body'))).toEqual([]);
    // The mediation body's administrator sees its own staff's reveal, and not the court's or the commission's.
    const own = JSON.parse((await live.request('GET', '/admin/reveals?limit=500', { token: tokens.home.get('mediation-admin') })).body) as { items: Entry[] };
    const ownForCase = own.items.filter((e) => e.purpose.includes(walked));
    expect(ownForCase.map((e) => e.actor.role)).toEqual(['mediator']);
  });
});

const tokenOrg = (role: string) => new Map([['mediator', 'body_xihu'], ['arbitration-clerk', 'hz_commission'], ['court-liaison', 'court_xihu']]).get(role);
