import { createHash } from 'node:crypto';

export interface VaultKeyConfig {
  /** 32 bytes: wraps every person's data key (AES-256-GCM). */
  readonly masterKey: Buffer;
  /** `development-default`: derived from a public constant; fine on a laptop, worthless as protection. */
  readonly source: 'configured' | 'development-default';
}

export class VaultConfigError extends Error {
  override readonly name = 'VaultConfigError';
}

const DEVELOPMENT_SEED = 'labour-disputes/personal-data/development-master-key/v1';

/**
 * Reads `PERSONAL_DATA_MASTER_KEY` (32 random bytes, base64: `openssl rand -base64 32`). Without it, development and
 * tests derive a fixed key and warn (every time); production refuses to start.
 */
export function loadVaultKeyConfig(
  env: Record<string, string | undefined> = process.env,
  warn: (message: string) => void = (message) => console.warn(message),
): VaultKeyConfig {
  const raw = env.PERSONAL_DATA_MASTER_KEY?.trim();
  if (raw) {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(raw)) throw new VaultConfigError('PERSONAL_DATA_MASTER_KEY: must be base64');
    const masterKey = Buffer.from(raw, 'base64');
    if (masterKey.length !== 32) throw new VaultConfigError(`PERSONAL_DATA_MASTER_KEY: must decode to 32 bytes, got ${masterKey.length}`);
    return { masterKey, source: 'configured' };
  }
  if ((env.NODE_ENV ?? 'development') === 'production')
    throw new VaultConfigError('PERSONAL_DATA_MASTER_KEY is required in production (32 random bytes, base64)');
  warn('PERSONAL_DATA_MASTER_KEY is not set: using the development master key. Personal data is NOT protected; never use this with real data.');
  return { masterKey: createHash('sha256').update(DEVELOPMENT_SEED).digest(), source: 'development-default' };
}
