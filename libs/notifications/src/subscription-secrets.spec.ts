import { createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import { SubscriptionSecrets, SubscriptionSecretUnreadable } from './subscription-secrets.js';

describe('SubscriptionSecrets', () => {
  const key = randomBytes(32);
  const secrets = new SubscriptionSecrets(key);
  const id = randomUUID();
  const secret = `whsec_${randomBytes(32).toString('hex')}`;

  it('opens what it sealed, and the sealed bytes do not contain the secret', () => {
    const sealed = secrets.seal(id, secret);
    expect(secrets.open(id, sealed)).toBe(secret);
    expect(sealed.includes(Buffer.from(secret))).toBe(false);
    expect(sealed.includes(Buffer.from(secret.slice(6, 22)))).toBe(false);
  });

  it('seals the same secret differently each time (a fresh IV)', () => {
    expect(secrets.seal(id, secret).equals(secrets.seal(id, secret))).toBe(false);
  });

  it('refuses a sealed secret moved onto another subscription', () => {
    expect(() => secrets.open(randomUUID(), secrets.seal(id, secret))).toThrow(SubscriptionSecretUnreadable);
  });

  it('refuses another master key, a flipped bit and a truncated value', () => {
    const sealed = secrets.seal(id, secret);
    expect(() => new SubscriptionSecrets(randomBytes(32)).open(id, sealed)).toThrow(/cannot be opened with this PERSONAL_DATA_MASTER_KEY/);
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 1] ^= 1;
    expect(() => secrets.open(id, flipped)).toThrow(SubscriptionSecretUnreadable);
    expect(() => secrets.open(id, sealed.subarray(0, 20))).toThrow(SubscriptionSecretUnreadable);
  });

  it('does not use the master key itself: the raw key cannot open what it sealed', () => {
    const sealed = secrets.seal(id, secret);
    const rawKeyOpens = () => {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(1, 13));
      decipher.setAAD(Buffer.from(`notification-subscription-secret:${id}`));
      decipher.setAuthTag(sealed.subarray(13, 29));
      return Buffer.concat([decipher.update(sealed.subarray(29)), decipher.final()]).toString();
    };
    expect(rawKeyOpens).toThrow(/authenticate/);
    expect(() => new SubscriptionSecrets(randomBytes(31))).toThrow(/32 bytes/);
  });
});
