import { generateDisputes } from '#demo-data';
import { disputeStream, type EventStore } from '#event-store';

/**
 * Realistic history for a projection to chew on: generated disputes (every fact decided by the real decider),
 * appended stream by stream until at least `events` events are stored. Returns the disputes' ids.
 */
export async function appendDemoEvents(store: EventStore, events: number, seed: number): Promise<{ disputes: string[]; events: number }> {
  const disputes: string[] = [];
  let written = 0;
  const pending: Promise<unknown>[] = [];
  // An upper bound: the generator's paths average about a dozen facts per case.
  for await (const dispute of generateDisputes({ count: Math.ceil(events / 2) + 10, seed })) {
    if (written >= events) break;
    pending.push(store.append(disputeStream(dispute.disputeId), dispute.events, { expected: 'no_stream' }));
    disputes.push(dispute.disputeId);
    written += dispute.events.length;
    // A few appends in flight: loading 100,000 events should take seconds, not minutes.
    if (pending.length >= 8) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  return { disputes, events: written };
}
