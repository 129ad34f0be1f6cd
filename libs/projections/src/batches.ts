import type { RecordedEvent } from '#event-store';

/**
 * Groups a subscription's events into batches: waits for the first event, then takes whatever else the
 * subscription already holds, up to `max()` (asked afresh for each batch), without waiting for a full batch.
 */
export async function* batches(events: AsyncIterable<RecordedEvent>, max: () => number): AsyncGenerator<RecordedEvent[]> {
  const iterator = events[Symbol.asyncIterator]();
  const idle = Symbol('idle');
  let pending: Promise<IteratorResult<RecordedEvent>> | undefined;
  for (;;) {
    const first = await (pending ?? iterator.next());
    pending = undefined;
    if (first.done) return;
    const batch = [first.value];
    const limit = Math.max(1, max());
    while (batch.length < limit) {
      pending = iterator.next();
      // An event the subscription already holds arrives within microtasks; one that needs a database read does not.
      const next = await Promise.race([pending, new Promise<typeof idle>((resolve) => setImmediate(resolve, idle))]);
      if (next === idle) break;
      pending = undefined;
      if (next.done) {
        yield batch;
        return;
      }
      batch.push(next.value);
    }
    yield batch;
  }
}
