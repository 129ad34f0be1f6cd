import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '#domain-core';
import { isValidMainlandMobile, isValidResidentId, maskAddress, maskIdNumber, maskPhone, normaliseMobile, normaliseResidentId } from './identifiers.js';

export const personalDataFields = ['idNumber', 'phone', 'address'] as const;
export type PersonalDataField = (typeof personalDataFields)[number];

export type PersonalDataInput = Partial<Record<PersonalDataField, string>>;
export type MaskedPersonalData = Partial<Record<PersonalDataField, string>>;

export interface StoredPerson {
  readonly personId: string;
  readonly masked: MaskedPersonalData;
}

export interface RevealRequest {
  readonly actor: Actor;
  /** Why the plain value is needed (PIPL: purpose limitation). Recorded with the reveal. */
  readonly purpose: string;
}

export interface RevealRecord {
  readonly id: string;
  readonly personId: string;
  readonly field: PersonalDataField;
  readonly actor: { readonly userId: string; readonly role: string; readonly organisationId: string };
  readonly purpose: string;
  readonly revealedAt: Date;
}

export interface RevealFilter {
  readonly personId?: string;
  readonly actorUserId?: string;
  readonly actorOrganisationId?: string;
  readonly from?: Date;
  readonly to?: Date;
  /** Newest first; default 100, at most 1000. */
  readonly limit?: number;
}

/** Base of every vault error. Messages name the person and field, never a value. */
export class PersonalDataError extends Error {
  override readonly name: string = 'PersonalDataError';
}
export class InvalidPersonalData extends PersonalDataError {
  override readonly name = 'InvalidPersonalData';
  constructor(readonly field: PersonalDataField, reason: string) {
    super(`${field}: ${reason}`);
  }
}
export class PurposeRequired extends PersonalDataError {
  override readonly name = 'PurposeRequired';
  constructor() {
    super('revealing personal data requires a stated purpose');
  }
}
export class PersonNotFound extends PersonalDataError {
  override readonly name = 'PersonNotFound';
  constructor(readonly personId: string) {
    super(`no person ${personId} in the personal data vault`);
  }
}
export class PersonErased extends PersonalDataError {
  override readonly name = 'PersonErased';
  constructor(readonly personId: string, readonly erasedAt: Date) {
    super(`the personal data of person ${personId} was erased on ${erasedAt.toISOString()} and can no longer be revealed`);
  }
}
export class FieldNotStored extends PersonalDataError {
  override readonly name = 'FieldNotStored';
  constructor(readonly personId: string, readonly field: PersonalDataField) {
    super(`person ${personId} has no ${field} in the vault`);
  }
}

const ALGORITHM = 'aes-256-gcm';
const WRAP_VERSION = 1;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Sealed {
  readonly iv: Buffer;
  readonly tag: Buffer;
  readonly ciphertext: Buffer;
}

/** AES-256-GCM; `aad` binds the ciphertext to its place (person, field), so rows cannot be swapped unnoticed. */
const seal = (key: Buffer, plain: Buffer, aad: string): Sealed => {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(Buffer.from(aad));
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext };
};

const open = (key: Buffer, sealed: Sealed, aad: string): Buffer => {
  const decipher = createDecipheriv(ALGORITHM, key, sealed.iv);
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(sealed.tag);
  return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
};

const wrapAad = (personId: string) => `pd-person-key:${personId}`;
const valueAad = (personId: string, field: PersonalDataField) => `pd-value:${personId}:${field}`;

/** Validates and normalises one value; the error never repeats the value. */
function prepare(field: PersonalDataField, value: string): { plain: string; masked: string } {
  switch (field) {
    case 'idNumber': {
      const plain = normaliseResidentId(value);
      if (!isValidResidentId(plain)) throw new InvalidPersonalData(field, 'not a valid 18-character resident ID number');
      return { plain, masked: maskIdNumber(plain) };
    }
    case 'phone': {
      const plain = normaliseMobile(value);
      if (!isValidMainlandMobile(plain)) throw new InvalidPersonalData(field, 'not a valid mainland mobile number');
      return { plain, masked: maskPhone(plain) };
    }
    case 'address': {
      const plain = value.trim().replace(/\s+/g, ' ');
      if (!plain) throw new InvalidPersonalData(field, 'is empty');
      if (plain.length > 500) throw new InvalidPersonalData(field, 'is longer than 500 characters');
      return { plain, masked: maskAddress(plain) };
    }
  }
}

/**
 * Keeps ID numbers, phone numbers and addresses out of events, logs and responses. Callers store a person once, keep
 * the `personId` and masked values in their events, and reveal a plain value only with a purpose, which is logged.
 */
export class PersonalDataVault {
  private readonly masterKey: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    masterKey: Buffer,
  ) {
    if (masterKey.length !== 32) throw new Error('PersonalDataVault: the master key must be 32 bytes');
    this.masterKey = Buffer.from(masterKey);
  }

  async storePerson(input: PersonalDataInput): Promise<StoredPerson> {
    const personId = randomUUID();
    const values = personalDataFields
      .filter((field) => input[field] !== undefined)
      .map((field) => ({ field, ...prepare(field, input[field]!) }));
    const dataKey = randomBytes(32);
    try {
      const wrapped = seal(this.masterKey, dataKey, wrapAad(personId));
      const wrappedKey = Buffer.concat([Buffer.from([WRAP_VERSION]), wrapped.iv, wrapped.tag, wrapped.ciphertext]);
      await this.dataSource.transaction(async (manager) => {
        await manager.query('INSERT INTO pd_persons (person_id, wrapped_key) VALUES ($1, $2)', [personId, wrappedKey]);
        for (const { field, plain, masked } of values) {
          const sealed = seal(dataKey, Buffer.from(plain, 'utf8'), valueAad(personId, field));
          await manager.query('INSERT INTO pd_values (person_id, field, ciphertext, iv, tag, masked) VALUES ($1, $2, $3, $4, $5, $6)', [
            personId,
            field,
            sealed.ciphertext,
            sealed.iv,
            sealed.tag,
            masked,
          ]);
        }
      });
    } finally {
      dataKey.fill(0);
    }
    return { personId, masked: Object.fromEntries(values.map(({ field, masked }) => [field, masked])) };
  }

  /** The masked values, for read models and screens. Empty after erasure. */
  async masked(personId: string): Promise<MaskedPersonalData> {
    await this.person(this.dataSource.manager, personId);
    const rows: { field: PersonalDataField; masked: string }[] = await this.dataSource.query(
      'SELECT field, masked FROM pd_values WHERE person_id = $1',
      [personId],
    );
    return Object.fromEntries(rows.map((row) => [row.field, row.masked]));
  }

  /** The plain value. Refuses without a purpose; the reveal is recorded in the same transaction that reads it. */
  async reveal(personId: string, field: PersonalDataField, request: RevealRequest): Promise<string> {
    const purpose = request.purpose?.trim();
    if (!purpose) throw new PurposeRequired();
    if (!personalDataFields.includes(field)) throw new PersonalDataError(`unknown personal data field "${String(field)}"`);
    const { actor } = request;
    return this.dataSource.transaction(async (manager) => {
      const person = await this.person(manager, personId, 'SHARE');
      if (person.erased_at || !person.wrapped_key) throw new PersonErased(personId, person.erased_at ?? new Date());
      const [value]: { ciphertext: Buffer; iv: Buffer; tag: Buffer }[] = await manager.query(
        'SELECT ciphertext, iv, tag FROM pd_values WHERE person_id = $1 AND field = $2',
        [personId, field],
      );
      if (!value) throw new FieldNotStored(personId, field);
      const dataKey = this.unwrap(personId, person.wrapped_key);
      try {
        const plain = open(dataKey, value, valueAad(personId, field)).toString('utf8');
        await manager.query(
          'INSERT INTO pd_reveals (person_id, field, actor_user_id, actor_role, actor_org, purpose) VALUES ($1, $2, $3, $4, $5, $6)',
          [personId, field, actor.userId, actor.role, actor.organisationId, purpose],
        );
        return plain;
      } finally {
        dataKey.fill(0);
      }
    });
  }

  /** The reveal log, newest first (for admins; the caller checks the `reveal-log` permission). */
  async reveals(filter: RevealFilter = {}): Promise<RevealRecord[]> {
    if (filter.personId !== undefined && !UUID.test(filter.personId)) return [];
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.personId !== undefined) add('person_id = ?', filter.personId);
    if (filter.actorUserId !== undefined) add('actor_user_id = ?', filter.actorUserId);
    if (filter.actorOrganisationId !== undefined) add('actor_org = ?', filter.actorOrganisationId);
    if (filter.from !== undefined) add('revealed_at >= ?', filter.from);
    if (filter.to !== undefined) add('revealed_at < ?', filter.to);
    params.push(Math.min(Math.max(filter.limit ?? 100, 1), 1000));
    const rows: {
      id: string;
      person_id: string;
      field: PersonalDataField;
      actor_user_id: string;
      actor_role: string;
      actor_org: string;
      purpose: string;
      revealed_at: Date;
    }[] = await this.dataSource.query(
      `SELECT id, person_id, field, actor_user_id, actor_role, actor_org, purpose, revealed_at FROM pd_reveals
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${params.length}`,
      params,
    );
    return rows.map((row) => ({
      id: String(row.id),
      personId: row.person_id,
      field: row.field,
      actor: { userId: row.actor_user_id, role: row.actor_role, organisationId: row.actor_org },
      purpose: row.purpose,
      revealedAt: row.revealed_at,
    }));
  }

  /**
   * Crypto-shredding: deletes the person's wrapped data key (and the masked values), so every copy of the ciphertext,
   * in this table, in backups, anywhere, is unreadable. Events keep only the person id and need no rewrite.
   * The reveal log stays (it holds no values). Idempotent.
   */
  async erase(personId: string): Promise<{ erasedAt: Date; alreadyErased: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const person = await this.person(manager, personId, 'UPDATE');
      if (person.erased_at) return { erasedAt: person.erased_at, alreadyErased: true };
      const [row]: { erased_at: Date }[] = await manager.query(
        'WITH erased AS (UPDATE pd_persons SET wrapped_key = NULL, erased_at = now() WHERE person_id = $1 RETURNING erased_at) SELECT erased_at FROM erased',
        [personId],
      );
      await manager.query('DELETE FROM pd_values WHERE person_id = $1', [personId]);
      return { erasedAt: row!.erased_at, alreadyErased: false };
    });
  }

  private async person(manager: EntityManager, personId: string, lock?: 'SHARE' | 'UPDATE'): Promise<{ wrapped_key: Buffer | null; erased_at: Date | null }> {
    if (!UUID.test(personId)) throw new PersonNotFound(personId);
    const [row] = await manager.query(
      `SELECT wrapped_key, erased_at FROM pd_persons WHERE person_id = $1${lock ? ` FOR ${lock}` : ''}`,
      [personId],
    );
    if (!row) throw new PersonNotFound(personId);
    return row;
  }

  private unwrap(personId: string, wrappedKey: Buffer): Buffer {
    if (wrappedKey[0] !== WRAP_VERSION) throw new PersonalDataError(`person ${personId}: unknown key wrapping version ${wrappedKey[0]}`);
    try {
      return open(
        this.masterKey,
        { iv: wrappedKey.subarray(1, 13), tag: wrappedKey.subarray(13, 29), ciphertext: wrappedKey.subarray(29) },
        wrapAad(personId),
      );
    } catch {
      throw new PersonalDataError(`person ${personId}: the data key cannot be unwrapped with this master key`);
    }
  }
}
