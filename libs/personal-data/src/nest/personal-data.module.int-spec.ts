import { randomBytes } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { createDataSource, prepareTestDatabase } from '#database';
import { PersonalDataVault } from '../vault.js';
import { PersonalDataModule } from './personal-data.module.js';

describe('PersonalDataModule (real PostgreSQL)', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = createDataSource({ url: await prepareTestDatabase(), poolSize: 2 });
    await dataSource.initialize();
  });
  afterAll(() => dataSource?.destroy());

  it('provides a working vault with the configured master key', async () => {
    @Global()
    @Module({ providers: [{ provide: DataSource, useValue: dataSource }], exports: [DataSource] })
    class DatabaseStub {}
    const key = randomBytes(32);
    const moduleRef = await Test.createTestingModule({
      imports: [DatabaseStub, PersonalDataModule.forRoot({ env: { PERSONAL_DATA_MASTER_KEY: key.toString('base64') } })],
    }).compile();
    const vault = moduleRef.get(PersonalDataVault);
    const { personId } = await vault.storePerson({ phone: '13912345678' });
    const actor = { userId: 'u-1', role: 'mediator', organisationId: 'body-1' } as const;
    expect(await vault.reveal(personId, 'phone', { actor, purpose: 'call the worker' })).toBe('13912345678');
    // The same key configured elsewhere reads it too: the key, not the process, owns the data.
    expect(await new PersonalDataVault(dataSource, key).reveal(personId, 'phone', { actor, purpose: 'check' })).toBe('13912345678');
    await moduleRef.close();
  });
});
