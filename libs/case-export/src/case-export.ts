import { createHash, sign, verify } from 'node:crypto';
import type { RecordedEvent } from '#event-store';
import { canonicalJson } from './canonical-json.js';
import { ed25519PrivateKey, ed25519PublicKey, type ExportSigner } from './keys.js';

export const CASE_EXPORT_FORMAT = 'labour-disputes/case-export';
export const CASE_EXPORT_VERSION = 1;

export interface ExportedBy {
  readonly userId: string;
  readonly role: string;
  readonly organisationId: string;
}

export interface CaseExportEntry {
  readonly index: number;
  readonly revision: number;
  readonly eventId: string;
  readonly type: string;
  /** ISO 8601, UTC. */
  readonly recordedAt: string;
  readonly summary: string;
  readonly actor: unknown;
  readonly onBehalfOf?: unknown;
  readonly data: unknown;
  /** `hash` of the entry before, or the genesis hash for entry 0. */
  readonly previousHash: string;
  /** SHA-256 (hex) of the canonical JSON of this entry without `hash`. */
  readonly hash: string;
}

export interface CaseExportSignature {
  readonly algorithm: 'Ed25519';
  readonly keyId: string;
  /** Base64 Ed25519 signature over the canonical JSON of the signed header. */
  readonly value: string;
}

export interface CaseExport {
  readonly format: typeof CASE_EXPORT_FORMAT;
  readonly version: typeof CASE_EXPORT_VERSION;
  readonly disputeId: string;
  readonly exportedAt: string;
  readonly exportedBy: ExportedBy;
  readonly entryCount: number;
  readonly entries: readonly CaseExportEntry[];
  /** Hash of the last entry; the genesis hash when there are none. */
  readonly headHash: string;
  readonly signature: CaseExportSignature;
}

export interface BuildCaseExportInput {
  readonly disputeId: string;
  /** The dispute's stream, in revision order from 0 with no gap. */
  readonly events: readonly RecordedEvent[];
  readonly exportedAt: Date;
  readonly exportedBy: ExportedBy;
  readonly signer: ExportSigner;
}

export type CaseExportFailure = 'malformed' | 'bad_signature' | 'hash_mismatch' | 'broken_chain' | 'count_mismatch' | 'revision_gap';

export type CaseExportVerification =
  | { readonly valid: true; readonly entryCount: number; readonly headHash: string }
  | { readonly valid: false; readonly reason: CaseExportFailure; readonly entryIndex?: number; readonly detail: string };

const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** SHA-256 (hex) of `labour-disputes/case-export/v1/<disputeId>`: the `previousHash` of entry 0. */
export const genesisHash = (disputeId: string): string => sha256Hex(`${CASE_EXPORT_FORMAT}/v${CASE_EXPORT_VERSION}/${disputeId}`);

/** SHA-256 (hex) of the canonical JSON of the entry with its `hash` member left out. */
export const entryHash = (entry: Omit<CaseExportEntry, 'hash'> | CaseExportEntry): string => {
  const { hash: _ignored, ...rest } = entry as CaseExportEntry;
  return sha256Hex(canonicalJson(rest));
};

/** The bytes the signature covers: canonical JSON of the header fields (not the entries, which `headHash` chains). */
export const signedHeader = (doc: Pick<CaseExport, 'format' | 'version' | 'disputeId' | 'exportedAt' | 'exportedBy' | 'entryCount' | 'headHash'>): string =>
  canonicalJson({
    format: doc.format,
    version: doc.version,
    disputeId: doc.disputeId,
    exportedAt: doc.exportedAt,
    exportedBy: { userId: doc.exportedBy.userId, role: doc.exportedBy.role, organisationId: doc.exportedBy.organisationId },
    entryCount: doc.entryCount,
    headHash: doc.headHash,
  });

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A JSON-only copy, so the document holds exactly what was hashed (no `undefined`, `Date` objects, class instances). */
const jsonCopy = (value: unknown): unknown => JSON.parse(canonicalJson(value));

export const buildCaseExport = (input: BuildCaseExportInput): CaseExport => {
  const { disputeId, events, exportedAt, exportedBy, signer } = input;
  if (typeof disputeId !== 'string' || disputeId.length === 0) throw new Error('case export: disputeId must be a non-empty string');
  if (!(exportedAt instanceof Date) || Number.isNaN(exportedAt.getTime())) throw new Error('case export: exportedAt must be a valid Date');
  const privateKey = ed25519PrivateKey(signer.privateKeyPem);
  const stream = events[0]?.stream;
  let previousHash = genesisHash(disputeId);
  const entries = events.map((event, index): CaseExportEntry => {
    if (event.revision !== index) {
      throw new Error(`case export: events must be revisions 0..${events.length - 1} in order with no gap; position ${index} holds revision ${event.revision}`);
    }
    if (event.stream !== stream) throw new Error(`case export: event ${event.id} is from stream ${event.stream}, not ${stream}`);
    const metadata: Record<string, unknown> = isRecord(event.metadata) ? event.metadata : {};
    const unhashed: Omit<CaseExportEntry, 'hash'> = {
      index,
      revision: event.revision,
      eventId: event.id,
      type: event.type,
      recordedAt: event.recordedAt.toISOString(),
      summary: typeof metadata['summary'] === 'string' ? metadata['summary'] : '',
      actor: jsonCopy(metadata['actor'] ?? null),
      ...(metadata['onBehalfOf'] === undefined ? {} : { onBehalfOf: jsonCopy(metadata['onBehalfOf']) }),
      data: jsonCopy(event.data ?? null),
      previousHash,
    };
    const entry = { ...unhashed, hash: entryHash(unhashed) };
    previousHash = entry.hash;
    return entry;
  });
  const header = {
    format: CASE_EXPORT_FORMAT,
    version: CASE_EXPORT_VERSION,
    disputeId,
    exportedAt: exportedAt.toISOString(),
    exportedBy: { userId: exportedBy.userId, role: exportedBy.role, organisationId: exportedBy.organisationId },
    entryCount: entries.length,
    headHash: previousHash,
  } as const;
  const value = sign(null, Buffer.from(signedHeader(header), 'utf8'), privateKey).toString('base64');
  return { ...header, entries, signature: { algorithm: 'Ed25519', keyId: signer.keyId, value } };
};

/** The file a court receives: pretty-printed JSON (whitespace is irrelevant, hashes are over canonical JSON). */
export const serialiseCaseExport = (doc: CaseExport): string => `${JSON.stringify(doc, null, 2)}\n`;

const HEX64 = /^[0-9a-f]{64}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const HEADER_KEYS = ['format', 'version', 'disputeId', 'exportedAt', 'exportedBy', 'entryCount', 'entries', 'headHash', 'signature'];
const ENTRY_KEYS = ['index', 'revision', 'eventId', 'type', 'recordedAt', 'summary', 'actor', 'onBehalfOf', 'data', 'previousHash', 'hash'];

type Failure = Extract<CaseExportVerification, { valid: false }>;
const fail = (reason: CaseExportFailure, detail: string, entryIndex?: number): Failure =>
  entryIndex === undefined ? { valid: false, reason, detail } : { valid: false, reason, entryIndex, detail };

const isNonNegativeInteger = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

const shapeProblem = (doc: unknown): Failure | undefined => {
  if (!isRecord(doc)) return fail('malformed', 'the export is not a JSON object');
  const extra = Object.keys(doc).filter((key) => !HEADER_KEYS.includes(key));
  if (extra.length > 0) return fail('malformed', `unexpected top-level field(s): ${extra.join(', ')}`);
  if (doc['format'] !== CASE_EXPORT_FORMAT) return fail('malformed', `format is not "${CASE_EXPORT_FORMAT}"`);
  if (doc['version'] !== CASE_EXPORT_VERSION) return fail('malformed', `unsupported version ${JSON.stringify(doc['version'])}`);
  if (typeof doc['disputeId'] !== 'string' || doc['disputeId'].length === 0) return fail('malformed', 'disputeId is missing');
  if (typeof doc['exportedAt'] !== 'string') return fail('malformed', 'exportedAt is missing');
  const by = doc['exportedBy'];
  if (!isRecord(by) || typeof by['userId'] !== 'string' || typeof by['role'] !== 'string' || typeof by['organisationId'] !== 'string' || Object.keys(by).length !== 3) {
    return fail('malformed', 'exportedBy must be exactly { userId, role, organisationId } (strings)');
  }
  if (!isNonNegativeInteger(doc['entryCount'])) return fail('malformed', 'entryCount is not a non-negative integer');
  if (typeof doc['headHash'] !== 'string' || !HEX64.test(doc['headHash'])) return fail('malformed', 'headHash is not 64 lowercase hex digits');
  const signature = doc['signature'];
  if (!isRecord(signature) || signature['algorithm'] !== 'Ed25519' || typeof signature['keyId'] !== 'string' || typeof signature['value'] !== 'string' || !BASE64.test(signature['value'])) {
    return fail('malformed', 'signature must be { algorithm: "Ed25519", keyId, value (base64) }');
  }
  const entries = doc['entries'];
  if (!Array.isArray(entries)) return fail('malformed', 'entries is not an array');
  for (const [i, entry] of entries.entries()) {
    if (!isRecord(entry)) return fail('malformed', 'entry is not an object', i);
    const extraKeys = Object.keys(entry).filter((key) => !ENTRY_KEYS.includes(key));
    if (extraKeys.length > 0) return fail('malformed', `unexpected field(s): ${extraKeys.join(', ')}`, i);
    if (!isNonNegativeInteger(entry['index']) || !isNonNegativeInteger(entry['revision'])) return fail('malformed', 'index and revision must be non-negative integers', i);
    for (const key of ['eventId', 'type', 'recordedAt', 'summary'] as const) {
      if (typeof entry[key] !== 'string') return fail('malformed', `${key} is not a string`, i);
    }
    if (!('actor' in entry) || !('data' in entry)) return fail('malformed', 'actor or data is missing', i);
    if (typeof entry['previousHash'] !== 'string' || !HEX64.test(entry['previousHash'])) return fail('malformed', 'previousHash is not 64 lowercase hex digits', i);
    if (typeof entry['hash'] !== 'string' || !HEX64.test(entry['hash'])) return fail('malformed', 'hash is not 64 lowercase hex digits', i);
  }
  return undefined;
};

/**
 * Checks, in order: the shape (`malformed`), the Ed25519 signature over the header (`bad_signature`), that the
 * signed `entryCount` is the number of entries (`count_mismatch`), then entry by entry that index and revision are
 * its position (`revision_gap`), that `previousHash` is the hash before it (`broken_chain`) and that `hash` is the
 * hash of its content (`hash_mismatch`), and finally that the last hash is the signed `headHash` (`broken_chain`).
 *
 * @throws only when `publicKeyPem` is not an Ed25519 public key: that is the verifier's mistake, not the export's.
 */
export const verifyCaseExport = (doc: unknown, publicKeyPem: string): CaseExportVerification => {
  const publicKey = ed25519PublicKey(publicKeyPem);
  const problem = shapeProblem(doc);
  if (problem) return problem;
  const exported = doc as CaseExport;

  const signature = Buffer.from(exported.signature.value, 'base64');
  let signed = false;
  try {
    signed = signature.length === 64 && verify(null, Buffer.from(signedHeader(exported), 'utf8'), publicKey, signature);
  } catch {
    signed = false;
  }
  if (!signed) {
    return fail('bad_signature', `the signature (key id "${exported.signature.keyId}") does not match the header under the given public key`);
  }

  if (exported.entries.length !== exported.entryCount) {
    return fail('count_mismatch', `the signed header says ${exported.entryCount} entries, the export holds ${exported.entries.length}`, Math.min(exported.entries.length, exported.entryCount));
  }

  let previousHash = genesisHash(exported.disputeId);
  for (const [i, entry] of exported.entries.entries()) {
    if (entry.index !== i || entry.revision !== i) {
      return fail('revision_gap', `expected index and revision ${i}, found index ${entry.index}, revision ${entry.revision}`, i);
    }
    if (entry.previousHash !== previousHash) {
      return fail('broken_chain', `previousHash ${entry.previousHash} is not the hash of the entry before (${previousHash})`, i);
    }
    let actual: string;
    try {
      actual = entryHash(entry);
    } catch (error) {
      return fail('malformed', (error as Error).message, i);
    }
    if (actual !== entry.hash) return fail('hash_mismatch', `content hashes to ${actual}, the entry claims ${entry.hash}`, i);
    previousHash = entry.hash;
  }
  if (previousHash !== exported.headHash) {
    return fail('broken_chain', `the chain ends at ${previousHash}, the signed headHash is ${exported.headHash}`, exported.entries.length > 0 ? exported.entries.length - 1 : undefined);
  }
  return { valid: true, entryCount: exported.entryCount, headHash: exported.headHash };
};
