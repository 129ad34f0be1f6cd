import { randomBytes } from 'node:crypto';
import { loadVaultKeyConfig, VaultConfigError } from './vault-config.js';

describe('loadVaultKeyConfig', () => {
  it('reads a 32-byte base64 master key', () => {
    const key = randomBytes(32);
    const warnings: string[] = [];
    expect(loadVaultKeyConfig({ PERSONAL_DATA_MASTER_KEY: key.toString('base64') }, (m) => warnings.push(m))).toEqual({
      masterKey: key,
      source: 'configured',
    });
    expect(warnings).toEqual([]);
  });

  it('refuses a key of the wrong length or not base64', () => {
    expect(() => loadVaultKeyConfig({ PERSONAL_DATA_MASTER_KEY: randomBytes(16).toString('base64') })).toThrow(/32 bytes, got 16/);
    expect(() => loadVaultKeyConfig({ PERSONAL_DATA_MASTER_KEY: 'not base64!' })).toThrow(/base64/);
  });

  it('derives a fixed development key with a warning, and refuses to start without a key in production', () => {
    const warnings: string[] = [];
    const config = loadVaultKeyConfig({ NODE_ENV: 'development' }, (m) => warnings.push(m));
    expect(config.source).toBe('development-default');
    expect(config.masterKey).toHaveLength(32);
    expect(loadVaultKeyConfig({}, () => undefined).masterKey).toEqual(config.masterKey);
    expect(warnings).toEqual([expect.stringMatching(/PERSONAL_DATA_MASTER_KEY is not set/)]);
    expect(() => loadVaultKeyConfig({ NODE_ENV: 'production' })).toThrow(VaultConfigError);
  });
});
