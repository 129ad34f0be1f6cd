import { generateDisputes, type GenerationOptions } from '#demo-data';
import { disputeStream, type EventStore } from '#event-store';

export interface GenerateIntoStoreOptions {
  readonly store: EventStore;
  readonly disputes: number;
  readonly seed?: number;
  /** Appends in flight at once: each append is one multi-row statement, so this is the batch window. */
  readonly concurrency?: number;
  readonly today?: GenerationOptions['today'];
  /** 'full' (about 20 events a case: 50,000 disputes make 1,000,000 events) unless told 'brief'. */
  readonly procedure?: GenerationOptions['procedure'];
  readonly onProgress?: (progress: { disputes: number; events: number }) => void;
}

export interface GenerateResult {
  readonly disputes: number;
  readonly events: number;
  readonly seconds: number;
  readonly alreadyGenerated: boolean;
}

/**
 * Writes `disputes` generated cases through the event-store port: one append per dispute (all its events in one
 * statement), `concurrency` appends in flight while the next cases are decided. The same seed twice writes nothing
 * the second time. People's numbers are not put in the vault (the events hold masked forms; only a reveal reads the
 * vault, and the bench never reveals), and case numbers are counted here rather than by the allocator: it keeps a
 * million events to minutes.
 */
export async function generateIntoStore(options: GenerateIntoStoreOptions): Promise<GenerateResult> {
  const started = performance.now();
  const generation = { count: options.disputes, seed: options.seed ?? 2026, procedure: options.procedure ?? 'full', ...(options.today ? { today: options.today } : {}) };
  for await (const first of generateDisputes({ ...generation, count: 1 })) {
    if ((await options.store.readStream(disputeStream(first.disputeId), { maxCount: 1 })).length > 0)
      return { disputes: 0, events: 0, seconds: 0, alreadyGenerated: true };
  }
  const window = options.concurrency ?? 16;
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  let disputes = 0;
  let events = 0;
  for await (const dispute of generateDisputes(generation)) {
    if (failure) break;
    const append = options.store
      .append(disputeStream(dispute.disputeId), dispute.events, { expected: 'no_stream' })
      .then(() => {
        disputes++;
        events += dispute.events.length;
        if (disputes % 5_000 === 0) options.onProgress?.({ disputes, events });
      })
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => inFlight.delete(append));
    inFlight.add(append);
    if (inFlight.size >= window) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  return { disputes, events, seconds: (performance.now() - started) / 1000, alreadyGenerated: false };
}
