import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

/** Ed25519 PKCS#8 DER header; followed by the 32-byte seed it is a complete private key. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** Public and fixed: the development key signs demo exports only and is worthless as evidence. */
const DEVELOPMENT_SEED = createHash('sha256').update('labour-disputes/case-export/development-signing-key/v1').digest();
export const DEVELOPMENT_KEY_ID = 'development';

export interface ExportKeyPair {
  readonly publicKeyPem: string;
  readonly privateKeyPem: string;
}

export interface ExportSigner {
  readonly keyId: string;
  readonly privateKeyPem: string;
}

export interface LoadedExportSigner extends ExportSigner {
  readonly publicKeyPem: string;
  /** `development-default`: no key was configured outside production, so the publicly known development key is used. */
  readonly source: 'environment' | 'development-default';
}

export const generateExportKeyPair = (): ExportKeyPair => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
};

/** An Ed25519 private key from a 32-byte seed. */
export const ed25519KeyPairFromSeed = (seed: Buffer): ExportKeyPair => {
  if (seed.length !== 32) throw new Error(`an Ed25519 seed is 32 bytes, got ${seed.length}`);
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  return {
    publicKeyPem: createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
};

export const developmentExportKeyPair = (): ExportKeyPair => ed25519KeyPairFromSeed(DEVELOPMENT_SEED);

export const ed25519PrivateKey = (privateKeyPem: string): KeyObject => {
  let key: KeyObject;
  try {
    key = createPrivateKey(privateKeyPem);
  } catch (error) {
    throw new Error(`export signing key is not a readable PEM private key: ${(error as Error).message}`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`export signing key must be Ed25519, got ${key.asymmetricKeyType}`);
  return key;
};

export const ed25519PublicKey = (publicKeyPem: string): KeyObject => {
  let key: KeyObject;
  try {
    key = createPublicKey(publicKeyPem);
  } catch (error) {
    throw new Error(`not a readable PEM public key: ${(error as Error).message}`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the public key must be Ed25519, got ${key.asymmetricKeyType}`);
  return key;
};

export const publicKeyOf = (privateKeyPem: string): string =>
  createPublicKey(ed25519PrivateKey(privateKeyPem)).export({ type: 'spki', format: 'pem' }).toString();

/** `sha256:` + the first 16 hex digits of SHA-256 over the public key's SPKI DER. */
export const keyFingerprint = (publicKeyPem: string): string =>
  `sha256:${createHash('sha256').update(ed25519PublicKey(publicKeyPem).export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16)}`;

/**
 * `EXPORT_SIGNING_KEY`: Ed25519 private key, PKCS#8 PEM (literal `\n` escapes are accepted for one-line env files).
 * `EXPORT_SIGNING_KEY_ID`: the name printed in each export's signature; defaults to the key's fingerprint.
 * Outside production, no key means the fixed development key (`source: 'development-default'`); in production it throws.
 */
export const loadExportSigner = (env: Readonly<Record<string, string | undefined>>): LoadedExportSigner => {
  const configured = env['EXPORT_SIGNING_KEY']?.trim();
  const keyId = env['EXPORT_SIGNING_KEY_ID']?.trim();
  if (!configured) {
    if (env['NODE_ENV'] === 'production') {
      throw new Error(
        'EXPORT_SIGNING_KEY is not set: production case exports must be signed with the deployment\'s own Ed25519 key ' +
          '(PKCS#8 PEM; generate one with `openssl genpkey -algorithm ed25519`) and its public key handed to the courts.',
      );
    }
    const pair = developmentExportKeyPair();
    return { ...pair, keyId: keyId || DEVELOPMENT_KEY_ID, source: 'development-default' };
  }
  const privateKeyPem = configured.includes('\\n') ? configured.replace(/\\n/g, '\n') : configured;
  const publicKeyPem = publicKeyOf(privateKeyPem);
  return { privateKeyPem, publicKeyPem, keyId: keyId || keyFingerprint(publicKeyPem), source: 'environment' };
};
