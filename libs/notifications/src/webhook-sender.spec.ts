import { outcomeOfStatus } from './webhook-sender.js';

describe('what a webhook answer means', () => {
  it('delivers on 2xx, retries 408, 429 and 5xx, and gives up at once on any other status', () => {
    expect([200, 201, 204, 299].map((s) => outcomeOfStatus(s).result)).toEqual(['delivered', 'delivered', 'delivered', 'delivered']);
    expect([408, 429, 500, 502, 503, 504].map((s) => outcomeOfStatus(s).result)).toEqual(['retry', 'retry', 'retry', 'retry', 'retry', 'retry']);
    expect([301, 302, 400, 401, 403, 404, 410, 422].map((s) => outcomeOfStatus(s).result)).toEqual(['dead', 'dead', 'dead', 'dead', 'dead', 'dead', 'dead', 'dead']);
    expect(outcomeOfStatus(503)).toEqual({ result: 'retry', error: 'receiver answered 503' });
  });
});
