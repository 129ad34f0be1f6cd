import { outcomeOfStatus, sendWebhook } from './webhook-sender.js';

describe('what a webhook answer means', () => {
  it('delivers on 2xx, retries 408, 429 and 5xx, and gives up at once on any other status', () => {
    expect([200, 201, 204, 299].map((s) => outcomeOfStatus(s).result)).toEqual(['delivered', 'delivered', 'delivered', 'delivered']);
    expect([408, 429, 500, 502, 503, 504].map((s) => outcomeOfStatus(s).result)).toEqual(['retry', 'retry', 'retry', 'retry', 'retry', 'retry']);
    expect([301, 302, 400, 401, 403, 404, 410, 422].map((s) => outcomeOfStatus(s).result)).toEqual(['dead', 'dead', 'dead', 'dead', 'dead', 'dead', 'dead', 'dead']);
    expect(outcomeOfStatus(503)).toEqual({ result: 'retry', error: 'receiver answered 503' });
  });
});

describe('a webhook without a usable secret', () => {
  const delivery = {
    delivery_id: 'nd-0',
    kind: 'handoff',
    channel: 'webhook',
    target: 'http://127.0.0.1:9/never-called',
    payload: { deliveryId: 'nd-0' },
    attempts: 1,
    max_attempts: 3,
    subscribed: true,
  } as unknown as Parameters<typeof sendWebhook>[0];

  it('goes to the dead letters without a request, saying why', async () => {
    expect(await sendWebhook({ ...delivery, secret: null }, { timeoutMs: 100 })).toEqual({ result: 'dead', error: 'subscription has no secret' });
    const unreadable = { ...delivery, secret: null, secretError: 'the secret of subscription s cannot be opened with this PERSONAL_DATA_MASTER_KEY' };
    expect(await sendWebhook(unreadable, { timeoutMs: 100 })).toEqual({ result: 'dead', error: unreadable.secretError });
  });
});
