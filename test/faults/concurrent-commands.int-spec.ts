import { randomUUID } from 'node:crypto';
import { disputeStream, PostgresEventStore } from '#event-store';
import { registrationBody } from '../support/registration.js';
import { ORG } from '../support/tokens.js';
import { freshDatabase } from './support/fault-database.js';
import { httpClient, type Answer } from './support/http-client.js';
import { spawnApp, type Spawned } from '../support/processes.js';
import { report, sizes } from './support/sizes.js';

const session = (sessionId: string, heldOn = '2026-06-02') => ({
  sessionId,
  heldOn,
  attendees: [
    { id: 'w1', role: 'party' },
    { id: 'e1', role: 'party' },
    { id: 'm-1', role: 'mediator' },
  ],
  positions: [{ claimId: 'c1', partyId: 'e1', position: `offer in ${sessionId}`, offerFen: 50_000 }],
  outcome: 'adjourned',
});

/**
 * Many clients hit one case at once over HTTP (the built app, the real store): some with the revision they read
 * (If-Match), some without, some retrying the same Idempotency-Key, some breaking a rule. Each gets a 2xx, a 409 or
 * a 422; the stream afterwards holds exactly the facts of the 2xx answers, in gapless revisions, none twice.
 */
describe(`${sizes.concurrent} concurrent conflicting commands on one dispute`, () => {
  let app: Spawned;
  let store: PostgresEventStore;
  const client = httpClient(() => app.url);

  beforeAll(async () => {
    const url = await freshDatabase('concurrent');
    store = PostgresEventStore.connect(url);
    app = await spawnApp('all', { DATABASE_URL: url, TEST_CLOCK: '2026-06-03T04:00:00.000Z', RATE_LIMIT_PER_MINUTE: '1000000', DATABASE_POOL_SIZE: '10' });
    await app.ready();
  }, 180_000);
  afterAll(async () => {
    await app?.kill('SIGTERM');
    await store?.close();
  });

  it('each gets 2xx, 409 or 422; no fact lost or doubled; an idempotent retry appends once', async () => {
    const statuses: Record<number, number> = {};
    for (let round = 0; round < sizes.concurrentRounds; round++) {
      const registered = await client.post('/disputes', registrationBody({ registeredOn: '2026-06-01', knewOfInfringementOn: '2026-05-20' }));
      expect(registered.status).toBe(201);
      const id = registered.body['disputeId'] as string;
      const opened = await client.post(`/disputes/${id}/mediation`, { body: 'peoples_mediation', bodyId: ORG.body, mediatorId: 'm-1', receivedOn: '2026-06-01' });
      expect(opened.status).toBe(201);
      const revision = opened.body['revision'] as number;

      type Sent = { kind: 'if-match' | 'free' | 'idempotent' | 'refused'; sessionId: string; key?: string; answer: Promise<Answer> };
      const sent: Sent[] = [];
      const keys = Array.from({ length: Math.max(1, Math.floor(sizes.concurrent / 20)) }, () => randomUUID());
      for (let i = 0; i < sizes.concurrent; i++) {
        const slot = i % 10;
        if (slot < 3) {
          const sessionId = `ifm-${i}`;
          sent.push({ kind: 'if-match', sessionId, answer: client.post(`/disputes/${id}/mediation/sessions`, session(sessionId), { 'if-match': `"${revision}"` }) });
        } else if (slot < 6) {
          const sessionId = `free-${i}`;
          sent.push({ kind: 'free', sessionId, answer: client.post(`/disputes/${id}/mediation/sessions`, session(sessionId)) });
        } else if (slot < 8) {
          // The same key, the same request, sent again and again at once: a client retrying after timeouts.
          const key = keys[i % keys.length]!;
          const sessionId = `key-${key}`;
          sent.push({ kind: 'idempotent', sessionId, key, answer: client.post(`/disputes/${id}/mediation/sessions`, session(sessionId), { 'idempotency-key': key }) });
        } else {
          const sessionId = `early-${i}`;
          sent.push({ kind: 'refused', sessionId, answer: client.post(`/disputes/${id}/mediation/sessions`, session(sessionId, '2026-05-30')) });
        }
      }
      const answers = await Promise.all(sent.map(async (s) => ({ ...s, answer: await s.answer })));
      for (const { answer } of answers) statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;

      const unexpected = answers.filter(({ answer }) => ![200, 201, 409, 422].includes(answer.status));
      // (With the app's log, so a 500 says what it was.)
      expect({ unexpected: unexpected.map(({ kind, answer }) => ({ kind, status: answer.status, body: answer.body })), log: unexpected.length ? app.output().slice(-4000) : '' }).toEqual({ unexpected: [], log: '' });
      // The rule breakers are refused by name; a stale If-Match is a conflict naming the current revision.
      for (const { answer } of answers.filter((a) => a.kind === 'refused')) expect(answer.body['rule']).toBe('sessionWithinMediation');
      for (const { answer } of answers.filter((a) => a.answer.status === 409)) expect(typeof answer.body['currentRevision']).toBe('number');
      // Everyone expecting the same revision: at most one of them can have been first.
      expect(answers.filter((a) => a.kind === 'if-match' && a.answer.status === 201).length).toBeLessThanOrEqual(1);

      const events = await store.readStream(disputeStream(id));
      expect(events.map((e) => e.revision)).toEqual(events.map((_, i) => i));
      expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
      const recorded = events.filter((e) => e.type === 'MediationSessionRecorded').map((e) => (e.data as { sessionId: string }).sessionId);
      expect(new Set(recorded).size).toBe(recorded.length);
      // Exactly the sessions whose command was answered with a 201 are on record (an idempotent key: once).
      const accepted = new Set(answers.filter((a) => a.answer.status === 201).map((a) => a.sessionId));
      expect([...recorded].sort()).toEqual([...accepted].sort());
      for (const key of keys) {
        const mine = answers.filter((a) => a.key === key);
        expect(mine.every((a) => a.answer.status === 200 || a.answer.status === 201 || a.answer.status === 409)).toBe(true);
        if (mine.some((a) => a.answer.status === 201)) expect(recorded.filter((s) => s === `key-${key}`)).toHaveLength(1);
      }
      // A retry of each key afterwards: replays the first 2xx answer and appends nothing; a key whose every attempt
      // was a 409 had appended nothing, so its retry now appends its session, once.
      for (const key of keys) {
        const again = await client.post(`/disputes/${id}/mediation/sessions`, session(`key-${key}`), { 'idempotency-key': key });
        const earlier = answers.filter((a) => a.key === key && (a.answer.status === 200 || a.answer.status === 201));
        expect([200, 201]).toContain(again.status);
        if (earlier.length > 0) expect(again.headers.get('idempotent-replayed')).toBe('true');
      }
      const after = (await store.readStream(disputeStream(id))).filter((e) => e.type === 'MediationSessionRecorded').map((e) => (e.data as { sessionId: string }).sessionId);
      const keysWithoutSuccess = keys.filter((key) => !answers.some((a) => a.key === key && a.answer.status < 300)).map((key) => `key-${key}`);
      expect([...after].sort()).toEqual([...recorded, ...keysWithoutSuccess].sort());
    }
    report('concurrent-commands', { rounds: sizes.concurrentRounds, perRound: sizes.concurrent, statuses });
  }, 1_800_000);
});
