import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhookSignature } from './webhook-signature.js';

const secret = 'whsec_0123456789abcdef0123456789abcdef';
const body = JSON.stringify({ kind: 'handoff', disputeId: 'd-1', detail: { from: 'mediation', to: 'arbitration' } });
const now = Date.parse('2026-06-16T08:00:00Z');
const timestamp = String(now / 1000);

describe('webhook signature', () => {
  it('is the hex HMAC-SHA256 of "<timestamp>.<body>", as a receiver in any language computes it', () => {
    const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
    expect(signWebhook(secret, timestamp, body)).toBe(`sha256=${expected}`);
  });

  it('verifies the signed body and refuses a tampered body, another secret, another timestamp or an old delivery', () => {
    const signature = signWebhook(secret, timestamp, body);
    expect(verifyWebhookSignature({ secret, body, timestamp, signature, now })).toBe(true);
    expect(verifyWebhookSignature({ secret, body: body.replace('arbitration', 'court'), timestamp, signature, now })).toBe(false);
    expect(verifyWebhookSignature({ secret: `${secret}x`, body, timestamp, signature, now })).toBe(false);
    expect(verifyWebhookSignature({ secret, body, timestamp: String(now / 1000 + 1), signature, now })).toBe(false);
    expect(verifyWebhookSignature({ secret, body, timestamp, signature, now: now + 301_000 })).toBe(false);
    expect(verifyWebhookSignature({ secret, body, timestamp, signature, now: now + 301_000, toleranceSeconds: 600 })).toBe(true);
  });

  it('refuses missing or malformed headers without throwing', () => {
    const signature = signWebhook(secret, timestamp, body);
    expect(verifyWebhookSignature({ secret, body, timestamp: undefined, signature, now })).toBe(false);
    expect(verifyWebhookSignature({ secret, body, timestamp, signature: undefined, now })).toBe(false);
    expect(verifyWebhookSignature({ secret, body, timestamp: 'yesterday', signature, now })).toBe(false);
    expect(verifyWebhookSignature({ secret, body, timestamp, signature: 'sha256=00', now })).toBe(false);
  });
});
