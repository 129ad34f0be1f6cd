import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
// A key of its own, derived from the vault's master key: one key to manage, and a leaked webhook key opens no person.
const KEY_INFO = 'labour-disputes/notification-subscription-secrets/v1';

export class SubscriptionSecretUnreadable extends Error {
  override readonly name = 'SubscriptionSecretUnreadable';
  constructor(readonly subscriptionId: string) {
    super(`the secret of subscription ${subscriptionId} cannot be opened with this PERSONAL_DATA_MASTER_KEY`);
  }
}

const aad = (subscriptionId: string) => Buffer.from(`notification-subscription-secret:${subscriptionId}`);

/**
 * Webhook secrets at rest. They sign every delivery, so they cannot be hashed; they are sealed (AES-256-GCM) with the
 * subscription id as associated data, so a sealed secret copied onto another subscription does not open.
 * Stored as version (1 byte) | iv (12) | tag (16) | ciphertext.
 */
export class SubscriptionSecrets {
  private readonly key: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error('SubscriptionSecrets: the master key must be 32 bytes');
    this.key = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), KEY_INFO, 32));
  }

  seal(subscriptionId: string, secret: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv);
    cipher.setAAD(aad(subscriptionId));
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.of(VERSION), iv, cipher.getAuthTag(), ciphertext]);
  }

  open(subscriptionId: string, sealed: Buffer): string {
    if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION) throw new SubscriptionSecretUnreadable(subscriptionId);
    try {
      const decipher = createDecipheriv(ALGORITHM, this.key, sealed.subarray(1, 1 + IV_BYTES));
      decipher.setAAD(aad(subscriptionId));
      decipher.setAuthTag(sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new SubscriptionSecretUnreadable(subscriptionId);
    }
  }
}
