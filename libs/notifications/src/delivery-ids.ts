import { createHash } from 'node:crypto';

/** BullMQ job ids may not contain ':' (deadline keys do), and must be short: a hash of the parts. */
const digest = (...parts: readonly (string | number)[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);

/**
 * The same fact (an event), told to the same subscription as the same kind of notice, is one delivery whatever
 * runs the side effect again: a crash, a second worker, the runner replaying missed effects.
 */
export const factDeliveryId = (eventId: string, kind: string, subscriptionId: string): string => `nd-${digest('fact', eventId, kind, subscriptionId)}`;

/** A reminder is one per deadline, version of its due date, lead time and subscription: a moved deadline reminds anew. */
export const reminderDeliveryId = (deadlineKey: string, dueVersion: number, leadDays: number, subscriptionId: string): string =>
  `nd-${digest('reminder', deadlineKey, dueVersion, leadDays, subscriptionId)}`;

/** The reminder's timer (one per deadline version and lead, for every subscription). */
export const reminderJobId = (deadlineKey: string, dueVersion: number, leadDays: number): string => `nr-${digest(deadlineKey, dueVersion, leadDays)}-v${dueVersion}`;

/**
 * The queue job of a delivery. The first is the delivery id itself; each admin replay needs a new job id, because
 * the queue keeps the failed job's id and would treat re-adding it as a no-op.
 */
export const deliveryJobId = (deliveryId: string, replays: number): string => (replays === 0 ? deliveryId : `${deliveryId}-r${replays}`);
