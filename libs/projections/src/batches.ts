import type { RecordedEvent, Subscription } from '#event-store';

/**
 * Groups a subscription's events into batches: waits for the first event, then takes whatever else is already
 * there, up to `max`, without waiting for a full batch.
 */
export async function* batches(subscription: Subscription, max: number): AsyncGenerator<RecordedEvent[]> {
  const iterator = subscription[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<RecordedEvent>> | undefined;
  const idle = Symbol('idle');
  for (;;) {
    const first = await (pending ?? iterator.next());
    pending = undefined;
    if (first.done) return;
    const batch = [first.value];
    while (batch.length < max) {
      pending = iterator.next();
      const next = await Promise.race([pending, new Promise<typeof idle>((resolve) => setImmediate(() => resolve(idle)))]);
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
