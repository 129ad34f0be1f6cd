import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { bootApp } from './support/boot-app.js';
import { registrationBody } from './support/registration.js';
import { ORG, tokenFor } from './support/tokens.js';

const CLOCK = '2026-06-03T02:00:00.000Z';

/** Reads SSE messages from a live connection until `enough` says stop. */
async function readEvents(url: string, token: string, lastEventId: string | undefined, enough: (events: { id: string; event: string; data: unknown }[]) => boolean) {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}`, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) }, signal: controller.signal });
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
  const events: { id: string; event: string; data: unknown }[] = [];
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const timeout = setTimeout(() => controller.abort(), 10_000);
  try {
    while (!enough(events)) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const field = (name: string) => block.split('\n').find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
        if (field('data')) events.push({ id: field('id')!, event: field('event')!, data: JSON.parse(field('data')!) });
      }
    }
  } finally {
    clearTimeout(timeout);
    controller.abort();
  }
  return events;
}

describe('live updates (Server-Sent Events)', () => {
  let app: NestFastifyApplication;
  let base: string;
  beforeAll(async () => {
    app = await bootApp('all', { NODE_ENV: 'test', TEST_CLOCK: CLOCK });
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });
  afterAll(() => app.close());

  it('sends each fact of a case after the projection has it, and resumes after Last-Event-ID without a gap', async () => {
    const token = await tokenFor('mediator');
    const registration = registrationBody({ registeredOn: '2026-06-03', knewOfInfringementOn: '2026-05-01' });
    const created = await fetch(`${base}/disputes`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(registration) });
    const { disputeId } = (await created.json()) as { disputeId: string };
    const first = await readEvents(`${base}/live/disputes/${disputeId}`, token, undefined, (e) => e.length >= 1);
    expect(first[0]).toMatchObject({ id: '0', event: 'fact', data: { type: 'DisputeRegistered' } });

    // While disconnected, mediation opens (two facts: opened and its deadline).
    await fetch(`${base}/disputes/${disputeId}/mediation`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'peoples_mediation', bodyId: ORG.body, mediatorId: 'm-1', receivedOn: '2026-06-03' }),
    });
    const resumed = await readEvents(`${base}/live/disputes/${disputeId}`, token, '0', (e) => e.length >= 2);
    expect(resumed.map((e) => [e.id, (e.data as { type: string }).type])).toEqual([
      ['1', 'MediationOpened'],
      ['2', 'DeadlineSet'],
    ]);
  });

  it('tells a dashboard that the read models moved', async () => {
    const token = await tokenFor('mediator');
    const events = await readEvents(`${base}/live/dashboards/mediation`, token, undefined, (e) => e.length >= 1);
    expect(events[0]).toMatchObject({ event: 'changed', data: { dashboard: 'mediation' } });
    const none = await fetch(`${base}/live/dashboards/court`, { headers: { authorization: `Bearer ${token}` } });
    expect(none.status).toBe(403);
  });
});
