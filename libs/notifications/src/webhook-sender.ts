import { signWebhook, WEBHOOK_HEADERS } from './webhook-signature.js';
import type { ClaimedDelivery } from './outbox.js';
import type { SendOutcome } from './send-outcome.js';

/** 2xx delivered; 408, 429 and 5xx retried; any other status means the receiver refused it for good. */
export function outcomeOfStatus(status: number): SendOutcome {
  if (status >= 200 && status < 300) return { result: 'delivered' };
  if (status === 408 || status === 429 || status >= 500) return { result: 'retry', error: `receiver answered ${status}` };
  return { result: 'dead', error: `receiver answered ${status}` };
}

/**
 * POSTs the payload as JSON, signed with the subscription's secret. Redirects are not followed (a signed body is
 * for the URL the organisation subscribed, nobody else). The timestamp is the wall clock's: the receiver checks it
 * against its own.
 */
export async function sendWebhook(delivery: ClaimedDelivery, options: { timeoutMs: number; now?: () => number }): Promise<SendOutcome> {
  if (!delivery.secret) return { result: 'dead', error: delivery.secretError ?? 'subscription has no secret' };
  const body = JSON.stringify(delivery.payload);
  const timestamp = String(Math.floor((options.now?.() ?? Date.now()) / 1000));
  try {
    const response = await fetch(delivery.target, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'labour-disputes-notifications/1',
        [WEBHOOK_HEADERS.deliveryId]: delivery.delivery_id,
        [WEBHOOK_HEADERS.kind]: delivery.kind,
        [WEBHOOK_HEADERS.timestamp]: timestamp,
        [WEBHOOK_HEADERS.signature]: signWebhook(delivery.secret, timestamp, body),
      },
      body,
    });
    await response.body?.cancel().catch(() => undefined);
    return outcomeOfStatus(response.status);
  } catch (error) {
    const cause = (error as Error & { cause?: { code?: string } }).cause?.code;
    const name = (error as Error).name;
    return { result: 'retry', error: name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : `${cause ?? name}: ${(error as Error).message}` };
  }
}
