import type { Position, RecordedEvent } from '#event-store';
import { buildCaseExport, entryHash, genesisHash, serialiseCaseExport, verifyCaseExport, type CaseExport } from './case-export.js';
import { canonicalJson } from './canonical-json.js';
import { DEVELOPMENT_KEY_ID, developmentExportKeyPair, generateExportKeyPair, keyFingerprint, loadExportSigner, publicKeyOf } from './keys.js';

const disputeId = '6f1c2a54-0d5e-4c1b-9a55-2f0e1d3c4b5a';
const keys = generateExportKeyPair();
const signer = { keyId: 'court-export-2026', privateKeyPem: keys.privateKeyPem };
const exportedBy = { userId: 'u-liaison', role: 'court-liaison', organisationId: 'court-1' };

const event = (revision: number, data: unknown = { n: revision, note: `fact ${revision}` }): RecordedEvent => ({
  id: `00000000-0000-4000-8000-${String(revision).padStart(12, '0')}`,
  type: revision === 0 ? 'DisputeRegistered' : 'SomethingHappened',
  stream: `dispute-${disputeId}`,
  revision,
  position: String(revision).padStart(8, '0') as Position,
  data,
  metadata: {
    actor: { userId: 'u-1', role: 'mediator', organisationId: 'body-1', displayName: 'Li Mei' },
    ...(revision === 2 ? { onBehalfOf: { partyId: 'p-1', capacity: 'agent' } } : {}),
    organisationId: 'body-1',
    correlationId: 'c',
    causationId: 'c',
    summary: `Step ${revision} recorded.`,
  },
  recordedAt: new Date(Date.UTC(2026, 2, 1 + revision, 9, 30)),
});

const events = (n: number): RecordedEvent[] => Array.from({ length: n }, (_, i) => event(i));
const build = (n = 5): CaseExport => buildCaseExport({ disputeId, events: events(n), exportedAt: new Date('2026-04-01T08:00:00Z'), exportedBy, signer });
/** What a court holds: the JSON file, parsed. */
const roundTrip = (doc: CaseExport): any => JSON.parse(serialiseCaseExport(doc));

describe('canonicalJson', () => {
  it('sorts keys recursively and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('is independent of key insertion order', () => {
    const one = { type: 't', data: { amountFen: 100, claims: [{ id: 'c1', kind: 'wages' }] }, actor: { role: 'r', userId: 'u' } };
    const two = { actor: { userId: 'u', role: 'r' }, data: { claims: [{ kind: 'wages', id: 'c1' }], amountFen: 100 }, type: 't' };
    expect(canonicalJson(one)).toBe(canonicalJson(two));
  });

  it('keeps array order, omits undefined members and refuses values with no JSON form', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
    expect(canonicalJson({ a: undefined, b: 'é"\n' })).toBe('{"b":"é\\"\\n"}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/non-finite/);
    expect(() => canonicalJson({ a: 1n })).toThrow(/bigint/);
    expect(() => canonicalJson([undefined])).toThrow(/undefined/);
  });
});

describe('buildCaseExport', () => {
  it('chains every entry to the one before, from the dispute-specific genesis hash', () => {
    const doc = build(3);
    expect(doc).toMatchObject({ format: 'labour-disputes/case-export', version: 1, disputeId, exportedAt: '2026-04-01T08:00:00.000Z', exportedBy, entryCount: 3 });
    expect(doc.signature).toMatchObject({ algorithm: 'Ed25519', keyId: 'court-export-2026' });
    expect(Buffer.from(doc.signature.value, 'base64')).toHaveLength(64);
    expect(doc.entries[0]!.previousHash).toBe(genesisHash(disputeId));
    expect(genesisHash(disputeId)).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.entries[1]!.previousHash).toBe(doc.entries[0]!.hash);
    expect(doc.entries[2]!.previousHash).toBe(doc.entries[1]!.hash);
    expect(doc.headHash).toBe(doc.entries[2]!.hash);
    for (const entry of doc.entries) expect(entry.hash).toBe(entryHash(entry));
  });

  it('carries who did what, on whose behalf, and the one-line summary', () => {
    const entry = build(3).entries[2]!;
    expect(entry).toMatchObject({
      index: 2,
      revision: 2,
      eventId: '00000000-0000-4000-8000-000000000002',
      type: 'SomethingHappened',
      recordedAt: '2026-03-03T09:30:00.000Z',
      summary: 'Step 2 recorded.',
      actor: { userId: 'u-1', role: 'mediator', organisationId: 'body-1', displayName: 'Li Mei' },
      onBehalfOf: { partyId: 'p-1', capacity: 'agent' },
      data: { n: 2, note: 'fact 2' },
    });
    expect('onBehalfOf' in build(3).entries[1]!).toBe(false);
  });

  it('refuses events that are not revisions 0..n-1 in order', () => {
    const run = (list: RecordedEvent[]) => () => buildCaseExport({ disputeId, events: list, exportedAt: new Date(), exportedBy, signer });
    expect(run([event(0), event(2)])).toThrow(/no gap/);
    expect(run([event(1), event(0)])).toThrow(/no gap/);
    expect(run([event(1)])).toThrow(/no gap/);
    expect(run([event(0), { ...event(1), stream: 'dispute-other' }])).toThrow(/stream/);
  });

  it('exports and verifies an empty history', () => {
    const doc = build(0);
    expect(doc.headHash).toBe(genesisHash(disputeId));
    expect(verifyCaseExport(roundTrip(doc), keys.publicKeyPem)).toEqual({ valid: true, entryCount: 0, headHash: genesisHash(disputeId) });
  });
});

describe('verifyCaseExport', () => {
  it('accepts an untouched export', () => {
    const doc = build();
    expect(verifyCaseExport(roundTrip(doc), keys.publicKeyPem)).toEqual({ valid: true, entryCount: 5, headHash: doc.headHash });
  });

  it('does not care about whitespace or key order in the file', () => {
    const doc = roundTrip(build());
    const reordered = JSON.parse(JSON.stringify({ signature: doc.signature, headHash: doc.headHash, entries: doc.entries.map((e: any) => Object.fromEntries(Object.entries(e).reverse())), entryCount: doc.entryCount, exportedBy: doc.exportedBy, exportedAt: doc.exportedAt, disputeId: doc.disputeId, version: doc.version, format: doc.format }));
    expect(verifyCaseExport(reordered, keys.publicKeyPem).valid).toBe(true);
  });

  it('detects altered data at that entry', () => {
    const doc = roundTrip(build());
    doc.entries[2].data.note = 'rewritten';
    expect(verifyCaseExport(doc, keys.publicKeyPem)).toMatchObject({ valid: false, reason: 'hash_mismatch', entryIndex: 2 });
  });

  it('detects an altered summary, actor, timestamp or an added field', () => {
    const edits: ((e: any) => void)[] = [
      (e) => (e.summary = 'Nothing happened.'),
      (e) => (e.actor.userId = 'someone-else'),
      (e) => (e.recordedAt = '2026-03-02T09:31:00.000Z'),
      (e) => delete e.onBehalfOf,
      (e) => (e.data.extra = 1),
    ];
    for (const edit of edits) {
      const doc = roundTrip(build());
      edit(doc.entries[2]);
      expect(verifyCaseExport(doc, keys.publicKeyPem)).toMatchObject({ valid: false, reason: 'hash_mismatch', entryIndex: 2 });
    }
  });

  it('detects an altered entry whose hash was recomputed (the next entry no longer chains)', () => {
    const doc = roundTrip(build());
    doc.entries[1].data.note = 'rewritten';
    doc.entries[1].hash = entryHash(doc.entries[1]);
    expect(verifyCaseExport(doc, keys.publicKeyPem)).toMatchObject({ valid: false, reason: 'broken_chain', entryIndex: 2 });
  });

  it('detects an entire chain rewritten after an edit (headHash no longer signed)', () => {
    const doc = roundTrip(build());
    doc.entries[1].data.note = 'rewritten';
    let previous = doc.entries[0].hash;
    for (const entry of doc.entries.slice(1)) {
      entry.previousHash = previous;
      entry.hash = entryHash(entry);
      previous = entry.hash;
    }
    doc.headHash = previous;
    expect(verifyCaseExport(doc, keys.publicKeyPem)).toMatchObject({ valid: false, reason: 'bad_signature' });
  });

  it('detects a removed last entry', () => {
    const doc = roundTrip(build());
    doc.entries.pop();
    expect(verifyCaseExport(doc, keys.publicKeyPem)).toMatchObject({ valid: false, reason: 'count_mismatch', entryIndex: 4 });
  });

  it('detects truncation even when the count and head are adjusted to match', () => {
    const doc = roundTrip(build());
    doc.entries.pop();
    doc.entryCount = 4;
    doc.headHash = doc.entries[3].hash;
    expect(verifyCaseExport(doc, keys.publicKeyPem)).toMatchObject({ valid: false, reason: 'bad_signature' });
  });

  it('detects a removed middle entry', () => {
    const doc = roundTrip(build());
    doc.entries.splice(2, 1);
    expect(verifyCaseExport(doc, keys.publicKeyPem)).toMatchObject({ valid: false, reason: 'count_mismatch' });
    // Even if the header is not what gives it away, the gap is.
    const padded = roundTrip(build());
    padded.entries.splice(2, 1, padded.entries[3]);
    expect(verifyCaseExport(padded, keys.publicKeyPem)).toMatchObject({ valid: false, reason: 'revision_gap', entryIndex: 2 });
  });

  it('detects reordered entries', () => {
    const doc = roundTrip(build());
    [doc.entries[1], doc.entries[2]] = [doc.entries[2], doc.entries[1]];
    expect(verifyCaseExport(doc, keys.publicKeyPem)).toMatchObject({ valid: false, reason: 'revision_gap', entryIndex: 1 });
  });

  it('detects reordered entries whose index and revision were renumbered', () => {
    const doc = roundTrip(build());
    [doc.entries[1], doc.entries[2]] = [doc.entries[2], doc.entries[1]];
    doc.entries[1].index = doc.entries[1].revision = 1;
    doc.entries[2].index = doc.entries[2].revision = 2;
    expect(verifyCaseExport(doc, keys.publicKeyPem)).toMatchObject({ valid: false, reason: 'broken_chain', entryIndex: 1 });
  });

  it('rejects the export under a different key, and a forged signature', () => {
    const doc = roundTrip(build());
    expect(verifyCaseExport(doc, generateExportKeyPair().publicKeyPem)).toMatchObject({ valid: false, reason: 'bad_signature' });
    expect(verifyCaseExport({ ...doc, signature: { ...doc.signature, value: Buffer.alloc(64, 1).toString('base64') } }, keys.publicKeyPem)).toMatchObject({ valid: false, reason: 'bad_signature' });
    expect(verifyCaseExport({ ...doc, signature: { ...doc.signature, value: 'AAAA' } }, keys.publicKeyPem)).toMatchObject({ valid: false, reason: 'bad_signature' });
    expect(verifyCaseExport({ ...doc, exportedAt: '2026-04-02T08:00:00.000Z' }, keys.publicKeyPem)).toMatchObject({ valid: false, reason: 'bad_signature' });
    expect(verifyCaseExport({ ...doc, disputeId: 'another' }, keys.publicKeyPem)).toMatchObject({ valid: false, reason: 'bad_signature' });
  });

  it('calls anything that is not an export malformed', () => {
    const doc = roundTrip(build());
    const cases: unknown[] = [
      null,
      'text',
      [],
      {},
      { ...doc, format: 'something-else' },
      { ...doc, version: 2 },
      { ...doc, entries: 'none' },
      { ...doc, entryCount: -1 },
      { ...doc, headHash: 'abc' },
      { ...doc, signature: { ...doc.signature, algorithm: 'RS256' } },
      { ...doc, signature: { ...doc.signature, value: 'not base64!' } },
      { ...doc, unsigned: 'note' },
      { ...doc, exportedBy: { ...doc.exportedBy, extra: 1 } },
      { ...doc, entries: [...doc.entries.slice(0, 4), null] },
      { ...doc, entries: [...doc.entries.slice(0, 4), { ...doc.entries[4], hash: 'x' }] },
      { ...doc, entries: [...doc.entries.slice(0, 4), { ...doc.entries[4], comment: 'x' }] },
    ];
    for (const input of cases) expect(verifyCaseExport(input, keys.publicKeyPem)).toMatchObject({ valid: false, reason: 'malformed' });
    expect(verifyCaseExport({ ...doc, entries: [...doc.entries.slice(0, 4), { ...doc.entries[4], revision: '4' }] }, keys.publicKeyPem)).toMatchObject({ valid: false, reason: 'malformed', entryIndex: 4 });
  });

  it('throws when the verifier passes something that is not an Ed25519 public key', () => {
    expect(() => verifyCaseExport(roundTrip(build()), 'not a key')).toThrow(/public key/);
  });
});

describe('keys', () => {
  it('derives the public key from the private key', () => {
    expect(publicKeyOf(keys.privateKeyPem)).toBe(keys.publicKeyPem);
    expect(keys.publicKeyPem).toContain('-----BEGIN PUBLIC KEY-----');
    expect(keys.privateKeyPem).toContain('-----BEGIN PRIVATE KEY-----');
  });

  it('falls back to the fixed development key outside production, and says so', () => {
    const signerA = loadExportSigner({});
    const signerB = loadExportSigner({ NODE_ENV: 'development' });
    expect(signerA).toMatchObject({ source: 'development-default', keyId: DEVELOPMENT_KEY_ID });
    expect(signerA.privateKeyPem).toBe(signerB.privateKeyPem);
    expect(signerA.publicKeyPem).toBe(developmentExportKeyPair().publicKeyPem);
    const doc = buildCaseExport({ disputeId, events: events(2), exportedAt: new Date(), exportedBy, signer: signerA });
    expect(verifyCaseExport(roundTrip(doc), developmentExportKeyPair().publicKeyPem).valid).toBe(true);
  });

  it('refuses to run production without a key', () => {
    expect(() => loadExportSigner({ NODE_ENV: 'production' })).toThrow(/EXPORT_SIGNING_KEY is not set/);
  });

  it('reads the configured key and id, accepting one-line PEM with \\n escapes', () => {
    expect(loadExportSigner({ NODE_ENV: 'production', EXPORT_SIGNING_KEY: keys.privateKeyPem, EXPORT_SIGNING_KEY_ID: 'k-2026' })).toEqual({
      source: 'environment',
      keyId: 'k-2026',
      privateKeyPem: keys.privateKeyPem.trim(),
      publicKeyPem: keys.publicKeyPem,
    });
    const oneLine = loadExportSigner({ NODE_ENV: 'production', EXPORT_SIGNING_KEY: keys.privateKeyPem.trim().replace(/\n/g, '\\n') });
    expect(oneLine.publicKeyPem).toBe(keys.publicKeyPem);
    expect(oneLine.keyId).toBe(keyFingerprint(keys.publicKeyPem));
    expect(oneLine.keyId).toMatch(/^sha256:[0-9a-f]{16}$/);
  });

  it('rejects a key that is not Ed25519', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const rsa = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => loadExportSigner({ EXPORT_SIGNING_KEY: rsa })).toThrow(/must be Ed25519/);
    expect(() => loadExportSigner({ EXPORT_SIGNING_KEY: 'garbage' })).toThrow(/not a readable PEM/);
  });
});
