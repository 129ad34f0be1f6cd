import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Actor } from '#domain-core';
import { createDataSource, prepareTestDatabase } from '#database';
import { containsPersonalData } from './identifiers.js';
import { FieldNotStored, InvalidPersonalData, PersonalDataVault, PersonErased, PersonNotFound, PurposeRequired } from './vault.js';

const mediator: Actor = { userId: `mediator-${randomUUID()}`, role: 'mediator', organisationId: 'body-1' };
const idNumber = '11010519491231002X';
const phone = '13812345678';
const address = '浙江省杭州市西湖区文三路90号';

describe('PersonalDataVault (real PostgreSQL)', () => {
  let dataSource: DataSource;
  let vault: PersonalDataVault;
  beforeAll(async () => {
    dataSource = createDataSource({ url: await prepareTestDatabase(), poolSize: 4 });
    await dataSource.initialize();
    vault = new PersonalDataVault(dataSource, randomBytes(32));
  });
  afterAll(() => dataSource?.destroy());

  it('stores a person and returns only masked values', async () => {
    const stored = await vault.storePerson({ idNumber: '11010519491231002x', phone: '+86 138-1234-5678', address });
    expect(stored).toEqual({
      personId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      masked: { idNumber: '1101**********002X', phone: '138****5678', address: '浙江省杭州市***' },
    });
    expect(containsPersonalData(JSON.stringify(stored))).toBe(false);
    expect(await vault.masked(stored.personId)).toEqual(stored.masked);
  });

  it('keeps no plain value in the tables: not in the ciphertext, not in the wrapped key', async () => {
    const { personId } = await vault.storePerson({ idNumber, phone, address });
    const rows: { field: string; ciphertext: Buffer; iv: Buffer; tag: Buffer; masked: string }[] = await dataSource.query(
      'SELECT field, ciphertext, iv, tag, masked FROM pd_values WHERE person_id = $1 ORDER BY field',
      [personId],
    );
    expect(rows.map((r) => r.field)).toEqual(['address', 'idNumber', 'phone']);
    const [person] = await dataSource.query('SELECT wrapped_key FROM pd_persons WHERE person_id = $1', [personId]);
    const everything = Buffer.concat([person.wrapped_key, ...rows.flatMap((r) => [r.ciphertext, r.iv, r.tag, Buffer.from(r.masked)])]);
    for (const plain of [idNumber, phone, address, '文三路', '1949123'])
      expect([plain, everything.includes(Buffer.from(plain, 'utf8'))]).toEqual([plain, false]);
    expect(containsPersonalData(everything.toString('latin1'))).toBe(false);
    // The same value for two persons encrypts differently (own data key, random IV).
    const other = await vault.storePerson({ phone });
    const [a] = rows.filter((r) => r.field === 'phone');
    const [b] = await dataSource.query("SELECT ciphertext FROM pd_values WHERE person_id = $1 AND field = 'phone'", [other.personId]);
    expect(Buffer.compare(a!.ciphertext, b.ciphertext)).not.toBe(0);
  });

  it('reveals a value with a purpose and records who, what, why in the reveal log', async () => {
    const { personId } = await vault.storePerson({ idNumber, phone, address });
    expect(await vault.reveal(personId, 'phone', { actor: mediator, purpose: '  通知调解会议时间 ' })).toBe(phone);
    expect(await vault.reveal(personId, 'idNumber', { actor: mediator, purpose: 'prepare the mediation agreement' })).toBe(idNumber);
    expect(await vault.reveal(personId, 'address', { actor: mediator, purpose: 'serve documents' })).toBe(address);
    const log = await vault.reveals({ personId });
    expect(log.map(({ field, actor, purpose }) => ({ field, actor, purpose }))).toEqual([
      { field: 'address', actor: { userId: mediator.userId, role: 'mediator', organisationId: 'body-1' }, purpose: 'serve documents' },
      { field: 'idNumber', actor: { userId: mediator.userId, role: 'mediator', organisationId: 'body-1' }, purpose: 'prepare the mediation agreement' },
      { field: 'phone', actor: { userId: mediator.userId, role: 'mediator', organisationId: 'body-1' }, purpose: '通知调解会议时间' },
    ]);
    expect(log[0]!.revealedAt).toBeInstanceOf(Date);
    expect(await vault.reveals({ actorUserId: mediator.userId, limit: 2 })).toHaveLength(2);
    expect(await vault.reveals({ actorOrganisationId: 'no-such-org' })).toEqual([]);
    expect(await vault.reveals({ personId: 'not-a-uuid' })).toEqual([]);
    expect(containsPersonalData(JSON.stringify(log))).toBe(false);
  });

  it('refuses a reveal without a purpose, and records nothing', async () => {
    const { personId } = await vault.storePerson({ phone });
    for (const purpose of ['', '   ', undefined as unknown as string])
      await expect(vault.reveal(personId, 'phone', { actor: mediator, purpose })).rejects.toThrow(PurposeRequired);
    expect(await vault.reveals({ personId })).toEqual([]);
  });

  it('says clearly when a person or a field is unknown', async () => {
    const { personId } = await vault.storePerson({ phone });
    await expect(vault.reveal(personId, 'address', { actor: mediator, purpose: 'serve' })).rejects.toThrow(FieldNotStored);
    await expect(vault.reveal(randomUUID(), 'phone', { actor: mediator, purpose: 'call' })).rejects.toThrow(PersonNotFound);
    await expect(vault.reveal('not-a-uuid', 'phone', { actor: mediator, purpose: 'call' })).rejects.toThrow(PersonNotFound);
    expect(await vault.reveals({ personId })).toEqual([]);
  });

  it('refuses invalid values without echoing them', async () => {
    const attempt = vault.storePerson({ idNumber: '110105194912310021' });
    await expect(attempt).rejects.toThrow(InvalidPersonalData);
    await expect(attempt).rejects.toThrow('idNumber: not a valid 18-character resident ID number');
    await expect(vault.storePerson({ phone: '12345' })).rejects.toThrow('phone: not a valid mainland mobile number');
    await expect(vault.storePerson({ address: '  ' })).rejects.toThrow('address: is empty');
  });

  it('erases by shredding the key: reveal then fails with a clear error, the log stays, events need no rewrite', async () => {
    const { personId } = await vault.storePerson({ idNumber, phone, address });
    await vault.reveal(personId, 'phone', { actor: mediator, purpose: 'before erasure' });
    const erased = await vault.erase(personId);
    expect(erased).toEqual({ erasedAt: expect.any(Date), alreadyErased: false });
    const attempt = vault.reveal(personId, 'phone', { actor: mediator, purpose: 'after erasure' });
    await expect(attempt).rejects.toThrow(PersonErased);
    await expect(attempt).rejects.toThrow(`the personal data of person ${personId} was erased on ${erased.erasedAt.toISOString()} and can no longer be revealed`);
    const [person] = await dataSource.query('SELECT wrapped_key, erased_at FROM pd_persons WHERE person_id = $1', [personId]);
    expect(person.wrapped_key).toBeNull();
    expect(await vault.masked(personId)).toEqual({});
    expect((await vault.reveals({ personId })).map((r) => r.purpose)).toEqual(['before erasure']);
    expect(await vault.erase(personId)).toEqual({ erasedAt: erased.erasedAt, alreadyErased: true });
  });

  it('cannot read values with another master key', async () => {
    const { personId } = await vault.storePerson({ phone });
    const stranger = new PersonalDataVault(dataSource, randomBytes(32));
    await expect(stranger.reveal(personId, 'phone', { actor: mediator, purpose: 'curious' })).rejects.toThrow(/cannot be unwrapped/);
    expect(await vault.reveals({ personId })).toEqual([]);
  });

  it('a ciphertext moved to another person does not decrypt', async () => {
    const a = await vault.storePerson({ phone });
    const b = await vault.storePerson({ phone: '13987654321' });
    await dataSource.query(
      `UPDATE pd_values t SET ciphertext = s.ciphertext, iv = s.iv, tag = s.tag FROM pd_values s
       WHERE t.person_id = $1 AND t.field = 'phone' AND s.person_id = $2 AND s.field = 'phone'`,
      [b.personId, a.personId],
    );
    await expect(vault.reveal(b.personId, 'phone', { actor: mediator, purpose: 'call' })).rejects.toThrow();
  });
});
