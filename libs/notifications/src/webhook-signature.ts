import { createHmac, timingSafeEqual } from 'node:crypto';

/** Headers of every webhook delivery. */
export const WEBHOOK_HEADERS = { deliveryId: 'x-delivery-id', timestamp: 'x-timestamp', signature: 'x-signature', kind: 'x-notification-kind' } as const;

/**
 * `sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>">` with the subscription's secret. The timestamp (Unix seconds,
 * the X-Timestamp header) is inside the MAC so an old delivery cannot be replayed later with a fresh timestamp.
 */
export const signWebhook = (secret: string, timestamp: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

export interface WebhookToVerify {
  readonly secret: string;
  /** The raw request body, exactly as received (before any JSON parsing). */
  readonly body: string;
  /** X-Timestamp. */
  readonly timestamp: string | undefined;
  /** X-Signature. */
  readonly signature: string | undefined;
  /** How old a delivery may be; 5 minutes by default. */
  readonly toleranceSeconds?: number;
  /** Unix milliseconds; the receiver's clock by default. */
  readonly now?: number;
}

/**
 * What a receiver calls on each request: true when the body was signed with the secret within the tolerance.
 * Compares in constant time. Deduplicate on X-Delivery-Id: a delivery may arrive more than once (a retry after a
 * lost 2xx, an admin replay), always with the same id.
 */
export function verifyWebhookSignature(input: WebhookToVerify): boolean {
  const { secret, body, timestamp, signature } = input;
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  const ageSeconds = Math.abs((input.now ?? Date.now()) / 1000 - Number(timestamp));
  if (ageSeconds > (input.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
