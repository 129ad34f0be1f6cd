import { randomBytes, randomUUID } from 'node:crypto';
import {
  DuplicateEventId,
  START,
  WrongExpectedRevision,
  comparePositions,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type Position,
  type RecordedEvent,
  type Subscription,
} from '../event-store.port.js';
import { streamName } from '../stream-names.js';

export interface HeldAppend {
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

export interface ConformanceHarness {
  readonly store: EventStore;
  /** A new store instance on the same data: what a restarted process sees. */
  reopen(): Promise<EventStore>;
  /** An append whose transaction stays open until commit: only where the adapter's writers can commit out of order. */
  holdOpenAppend?(stream: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<HeldAppend>;
  dispose(): Promise<void>;
}

/** Fresh categories per test: the database is shared, and global reads filter on them. */
const category = () => `c${randomBytes(5).toString('hex')}`;
const event = (type = 'Happened', data: Record<string, unknown> = {}): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: { correlationId: randomUUID() },
});
const events = (n: number, type = 'Happened') => Array.from({ length: n }, (_, i) => event(type, { i }));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pulls events from a subscription into an array as they come, until closed. */
function collect(subscription: Subscription) {
  const received: RecordedEvent[] = [];
  const done = (async () => {
    for await (const e of subscription) received.push(e);
  })();
  const until = async (count: number, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    while (received.length < count && Date.now() < deadline) await sleep(10);
    return received;
  };
  return { received, until, stop: async () => (await subscription.close(), await done) };
}

const expectStrictlyIncreasing = (positions: readonly Position[]) => {
  for (let i = 1; i < positions.length; i++) expect(comparePositions(positions[i - 1]!, positions[i]!)).toBe(-1);
};

export interface ConformanceOptions {
  /**
   * Whether writers can commit out of position order (PostgreSQL: yes, so the gap case is tested through
   * `holdOpenAppend`; EventStoreDB: no, its server assigns positions at commit).
   */
  readonly writersCommitOutOfOrder: boolean;
}

export function describeEventStoreConformance(
  label: string,
  makeHarness: () => Promise<ConformanceHarness>,
  options: ConformanceOptions,
): void {
  if (!options.writersCommitOutOfOrder) {
    console.warn(`${label}: the gap case is not applicable (the server assigns positions at commit)`);
  }
  const gapCase = options.writersCommitOutOfOrder ? it : undefined;
  describe(`EventStore conformance: ${label}`, () => {
    let harness: ConformanceHarness;
    let store: EventStore;
    beforeAll(async () => {
      harness = await makeHarness();
      store = harness.store;
    });
    afterAll(async () => harness?.dispose());

    describe('expected revisions', () => {
      it('no_stream: creates, then conflicts with the actual revision', async () => {
        const stream = streamName(category(), randomUUID());
        const first = await store.append(stream, events(2), { expected: 'no_stream' });
        expect(first.nextExpectedRevision).toBe(1);
        const conflict = store.append(stream, events(1), { expected: 'no_stream' });
        await expect(conflict).rejects.toBeInstanceOf(WrongExpectedRevision);
        await expect(conflict).rejects.toMatchObject({ stream, expected: 'no_stream', actual: 1 });
      });

      it('exists: conflicts on an absent stream, succeeds on a present one', async () => {
        const stream = streamName(category(), randomUUID());
        await expect(store.append(stream, events(1), { expected: 'exists' })).rejects.toMatchObject({
          name: 'WrongExpectedRevision',
          expected: 'exists',
          actual: 'no_stream',
        });
        await store.append(stream, events(1), { expected: 'no_stream' });
        expect((await store.append(stream, events(1), { expected: 'exists' })).nextExpectedRevision).toBe(1);
      });

      it('any: appends whatever the stream holds', async () => {
        const stream = streamName(category(), randomUUID());
        expect((await store.append(stream, events(1), { expected: 'any' })).nextExpectedRevision).toBe(0);
        expect((await store.append(stream, events(3), { expected: 'any' })).nextExpectedRevision).toBe(3);
      });

      it('exact revision: succeeds at the current revision, conflicts on a stale or absent one', async () => {
        const stream = streamName(category(), randomUUID());
        await expect(store.append(stream, events(1), { expected: 0 })).rejects.toMatchObject({ expected: 0, actual: 'no_stream' });
        await store.append(stream, events(2), { expected: 'no_stream' });
        expect((await store.append(stream, events(1), { expected: 1 })).nextExpectedRevision).toBe(2);
        await expect(store.append(stream, events(1), { expected: 1 })).rejects.toMatchObject({ expected: 1, actual: 2 });
        expect(await store.readStream(stream)).toHaveLength(3);
      });
    });

    describe('idempotent appends', () => {
      it('re-appending the same ids with the same expectation returns the first result and writes nothing', async () => {
        const stream = streamName(category(), randomUUID());
        const batch = events(3);
        const first = await store.append(stream, batch, { expected: 'no_stream' });
        const again = await store.append(stream, batch, { expected: 'no_stream' });
        expect(again).toEqual(first);
        await store.append(stream, events(1), { expected: 2 });
        expect(await store.append(stream, batch, { expected: 'no_stream' })).toEqual(first);
        const anyRetry = await store.append(stream, batch, { expected: 'any' });
        expect(anyRetry).toEqual(first);
        expect((await store.readStream(stream)).map((e) => e.id)).toEqual([...batch.map((e) => e.id), expect.any(String)]);
      });

      it('refuses ids that another append already used', async () => {
        const stream = streamName(category(), randomUUID());
        const other = streamName(category(), randomUUID());
        const batch = events(2);
        await store.append(stream, batch, { expected: 'no_stream' });
        await expect(store.append(other, batch, { expected: 'no_stream' })).rejects.toBeInstanceOf(DuplicateEventId);
        await expect(store.append(stream, [batch[1]!, event()], { expected: 'any' })).rejects.toBeInstanceOf(DuplicateEventId);
        expect(await store.readStream(other)).toEqual([]);
      });
    });

    describe('reading a stream', () => {
      it('reads forwards and backwards, from a revision, up to a count; an absent stream is empty', async () => {
        const stream = streamName(category(), randomUUID());
        await store.append(stream, events(5), { expected: 'no_stream' });
        const revisions = (list: RecordedEvent[]) => list.map((e) => e.revision);
        expect(revisions(await store.readStream(stream))).toEqual([0, 1, 2, 3, 4]);
        expect(revisions(await store.readStream(stream, { direction: 'backwards' }))).toEqual([4, 3, 2, 1, 0]);
        expect(revisions(await store.readStream(stream, { from: 2, maxCount: 2 }))).toEqual([2, 3]);
        expect(revisions(await store.readStream(stream, { from: 2, direction: 'backwards' }))).toEqual([2, 1, 0]);
        expect(await store.readStream(streamName(category(), randomUUID()))).toEqual([]);
        const [first] = await store.readStream(stream, { maxCount: 1 });
        expect(first).toMatchObject({ stream, type: 'Happened', data: { i: 0 }, metadata: { correlationId: expect.any(String) } });
        expect(first!.recordedAt).toBeInstanceOf(Date);
      });

      it('reads a 10,000-event stream in order', async () => {
        const stream = streamName(category(), randomUUID());
        for (let batch = 0; batch < 20; batch++) {
          await store.append(
            stream,
            Array.from({ length: 500 }, (_, i) => event('Happened', { n: batch * 500 + i })),
            { expected: batch === 0 ? 'no_stream' : batch * 500 - 1 },
          );
        }
        const all = await store.readStream(stream);
        expect(all).toHaveLength(10_000);
        expect(all.every((e, i) => e.revision === i && (e.data as { n: number }).n === i)).toBe(true);
        expectStrictlyIncreasing(all.map((e) => e.position));
      });
    });

    describe('the global log', () => {
      it('filters by category and by event type', async () => {
        const [a, b] = [category(), category()];
        await store.append(streamName(a, randomUUID()), [event('Opened'), event('Closed')], { expected: 'no_stream' });
        await store.append(streamName(b, randomUUID()), [event('Opened')], { expected: 'no_stream' });
        await store.append(streamName(a, randomUUID()), [event('Opened')], { expected: 'no_stream' });
        const typesIn = async (categories: string[], eventTypes?: string[]) =>
          (await store.readAll({ filter: { categories, ...(eventTypes ? { eventTypes } : {}) }, maxCount: 100 })).map((e) => e.type);
        expect(await typesIn([a])).toEqual(['Opened', 'Closed', 'Opened']);
        expect(await typesIn([b])).toEqual(['Opened']);
        expect(await typesIn([a, b], ['Opened'])).toEqual(['Opened', 'Opened', 'Opened']);
        expect(await typesIn([a], ['Closed'])).toEqual(['Closed']);
      });

      it('reads after a position, exclusive, in order, up to a count', async () => {
        const c = category();
        const stream = streamName(c, randomUUID());
        await store.append(stream, events(6), { expected: 'no_stream' });
        const all = await store.readAll({ filter: { categories: [c] }, maxCount: 100 });
        expect(all.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5]);
        const rest = await store.readAll({ after: all[2]!.position, filter: { categories: [c] }, maxCount: 2 });
        expect(rest.map((e) => e.revision)).toEqual([3, 4]);
        expect(comparePositions(await store.headPosition(), all[5]!.position)).toBeGreaterThanOrEqual(0);
      });
    });

    describe('subscriptions', () => {
      it('catches up, then follows live appends without restarting', async () => {
        const c = category();
        const stream = streamName(c, randomUUID());
        await store.append(stream, events(3), { expected: 'no_stream' });
        const sub = collect(store.subscribe({ filter: { categories: [c] } }));
        expect((await sub.until(3)).map((e) => e.revision)).toEqual([0, 1, 2]);
        await sleep(200);
        await store.append(stream, events(2), { expected: 2 });
        expect((await sub.until(5)).map((e) => e.revision)).toEqual([0, 1, 2, 3, 4]);
        await sub.stop();
      });

      it('filters by event type while following', async () => {
        const c = category();
        const sub = collect(store.subscribe({ filter: { categories: [c], eventTypes: ['Wanted'] } }));
        await store.append(streamName(c, randomUUID()), [event('Unwanted'), event('Wanted'), event('Unwanted')], { expected: 'no_stream' });
        await store.append(streamName(c, randomUUID()), [event('Wanted')], { expected: 'no_stream' });
        const got = await sub.until(2);
        await sleep(200);
        expect(got.map((e) => e.type)).toEqual(['Wanted', 'Wanted']);
        await sub.stop();
      });

      it('resumes after a restart from a checkpoint with exactly the rest', async () => {
        const c = category();
        const stream = streamName(c, randomUUID());
        await store.append(stream, events(4), { expected: 'no_stream' });
        const first = collect(store.subscribe({ filter: { categories: [c] } }));
        const seen = await first.until(4);
        const checkpoint = seen[1]!.position;
        await first.stop();
        await store.append(stream, events(2), { expected: 3 });
        const restarted = await harness.reopen();
        try {
          const resumed = collect(restarted.subscribe({ after: checkpoint, filter: { categories: [c] } }));
          expect((await resumed.until(4)).map((e) => e.revision)).toEqual([2, 3, 4, 5]);
          await sleep(200);
          expect(resumed.received).toHaveLength(4);
          await resumed.stop();
        } finally {
          await restarted.close();
        }
      });

      it('ends cleanly when its signal aborts', async () => {
        const controller = new AbortController();
        const sub = store.subscribe({ filter: { categories: [category()] }, signal: controller.signal });
        const consumed = (async () => {
          for await (const _ of sub) void _;
          return 'ended';
        })();
        await sleep(100);
        controller.abort();
        await expect(consumed).resolves.toBe('ended');
      });
    });

    describe('concurrent writers', () => {
      gapCase?.('the gap case: a writer that took a lower position but commits later is never skipped', async () => {
        if (!harness.holdOpenAppend) throw new Error(`${label}: writersCommitOutOfOrder needs holdOpenAppend`);
        const c = category();
        const [slow, fast] = [streamName(c, randomUUID()), streamName(c, randomUUID())];
        const sub = collect(store.subscribe({ filter: { categories: [c] } }));
        const held = await harness.holdOpenAppend(slow, [event('Slow')], 'no_stream');
        try {
          await store.append(fast, [event('Fast')], { expected: 'no_stream' });
          await sleep(500);
          expect(sub.received).toEqual([]);
          expect(await store.readAll({ filter: { categories: [c] } })).toEqual([]);
        } finally {
          await held.commit();
        }
        const got = await sub.until(2);
        expect(got.map((e) => e.type)).toEqual(['Slow', 'Fast']);
        expect((await store.readAll({ filter: { categories: [c] } })).map((e) => e.type)).toEqual(['Slow', 'Fast']);
        await sub.stop();
      });

      it('many writers on distinct streams and on one stream: every event once, in one strictly increasing order', async () => {
        const c = category();
        const sub = collect(store.subscribe({ filter: { categories: [c] } }));
        const distinct = Array.from({ length: 16 }, async () => {
          const stream = streamName(c, randomUUID());
          for (let i = 0; i < 50; i++) await store.append(stream, [event('Distinct', { i })], { expected: i === 0 ? 'no_stream' : i - 1 });
        });
        const shared = streamName(c, randomUUID());
        const racing = Array.from({ length: 8 }, async (_, writer) => {
          for (let i = 0; i < 20; i++) {
            for (;;) {
              const last = (await store.readStream(shared, { direction: 'backwards', maxCount: 1 }))[0];
              try {
                await store.append(shared, [event('Shared', { writer, i })], { expected: last ? last.revision : 'no_stream' });
                break;
              } catch (error) {
                if (!(error instanceof WrongExpectedRevision)) throw error;
              }
            }
          }
        });
        await Promise.all([...distinct, ...racing]);
        const total = 16 * 50 + 8 * 20;
        const delivered = await sub.until(total, 30_000);
        await sleep(300);
        await sub.stop();
        expect(delivered).toHaveLength(total);
        expect(new Set(delivered.map((e) => e.id)).size).toBe(total);
        expectStrictlyIncreasing(delivered.map((e) => e.position));
        const logged: RecordedEvent[] = [];
        for (let after: Position = START; ; ) {
          const page = await store.readAll({ after, filter: { categories: [c] }, maxCount: 300 });
          if (page.length === 0) break;
          logged.push(...page);
          after = page[page.length - 1]!.position;
        }
        expect(logged.map((e) => e.id)).toEqual(delivered.map((e) => e.id));
        const sharedEvents = await store.readStream(shared);
        expect(sharedEvents.map((e) => e.revision)).toEqual(Array.from({ length: 160 }, (_, i) => i));
      });
    });
  });
}
