import type { DataSource } from 'typeorm';
import type { JobQueues, JobToAdd } from '#jobs';
import { deliveryJobId } from './delivery-ids.js';
import type { NoticeKind, NoticePayload } from './notices.js';
import { SubscriptionSecretUnreadable, type SubscriptionSecrets } from './subscription-secrets.js';

export const channels = ['webhook', 'email'] as const;
export type Channel = (typeof channels)[number];

export const queueOf = (channel: Channel): string => {
  switch (channel) {
    case 'webhook':
      return 'notify-webhook';
    case 'email':
      return 'notify-email';
    default: {
      const never: never = channel;
      return never;
    }
  }
};
export const DELIVER_JOB = 'deliver';

export interface Subscription {
  readonly subscription_id: string;
  readonly organisation_id: string;
  readonly channel: Channel;
  readonly target: string;
  readonly kinds: readonly NoticeKind[];
}

export interface NewDelivery {
  readonly delivery_id: string;
  readonly subscription: Subscription;
  /** The event id, or for a reminder its deadline key, version and lead. */
  readonly fact_id: string;
  readonly payload: NoticePayload;
}

export interface Delivery {
  readonly delivery_id: string;
  readonly subscription_id: string;
  readonly kind: NoticeKind;
  readonly dispute_id: string;
  readonly organisation_id: string;
  readonly channel: Channel;
  readonly target: string;
  readonly payload: NoticePayload;
  readonly status: 'pending' | 'delivered' | 'dead';
  readonly attempts: number;
  readonly replays: number;
  readonly last_error: string | null;
  readonly created_at: string;
  readonly dead_at: string | null;
}

/** A delivery taken for one try, with what sending needs. */
export interface ClaimedDelivery {
  readonly delivery_id: string;
  readonly kind: NoticeKind;
  readonly channel: Channel;
  readonly target: string;
  readonly payload: NoticePayload & { deliveryId: string };
  readonly attempts: number;
  readonly max_attempts: number;
  /** The subscription's HMAC secret (webhooks), opened from its sealed form. */
  readonly secret: string | null;
  /** Why there is no secret although the subscription has one sealed (a different master key). */
  readonly secretError?: string;
  /** False once the subscription was removed: the delivery goes to the dead letters. */
  readonly subscribed: boolean;
}

export interface DeliveryJob {
  readonly deliveryId: string;
}

export interface OutboxSettings {
  readonly maxAttempts: number;
  readonly backoffMs: number;
  /** Channels switched on (email only with SMTP configured): subscriptions on others get nothing. */
  readonly channels: ReadonlySet<Channel>;
  /** How long one try may hold a delivery before another worker may take it (a try that died). */
  readonly claimMs: number;
}

/** TypeORM answers an UPDATE … RETURNING on PostgreSQL with [rows, affected count]. */
const updatedRows = <T>(result: unknown): T[] => (Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]));

const columns = `delivery_id, subscription_id, kind, dispute_id, organisation_id, channel, target, payload, status, attempts, replays, last_error,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at, to_char(dead_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS dead_at`;

/**
 * The outbox in PostgreSQL and the queues that work it off. Deliveries are inserted once (ON CONFLICT DO NOTHING on
 * their deterministic id) and their job id is the delivery id, so whatever repeats the side effect, or re-adds the
 * jobs, a receiver gets one delivery per fact; a delivery is claimed in the table before each try, so two workers
 * never send it at the same time.
 */
export class Outbox {
  constructor(
    private readonly db: DataSource,
    private readonly queues: JobQueues,
    private readonly settings: OutboxSettings,
    private readonly secrets: SubscriptionSecrets,
  ) {}

  async subscriptionsOf(organisations: readonly string[], kind: NoticeKind): Promise<Subscription[]> {
    if (organisations.length === 0) return [];
    const rows: Subscription[] = await this.db.query(
      `SELECT subscription_id::text, organisation_id, channel, target, kinds FROM notification_subscriptions
        WHERE organisation_id = ANY($1) AND $2 = ANY(kinds) AND channel = ANY($3) ORDER BY subscription_id`,
      [organisations, kind, [...this.settings.channels]],
    );
    return rows;
  }

  /** Records the deliveries (those already there stay as they are) and queues every one still pending. */
  async record(deliveries: readonly NewDelivery[]): Promise<void> {
    if (deliveries.length === 0) return;
    await this.db.query(
      `INSERT INTO notification_deliveries (delivery_id, subscription_id, fact_id, kind, dispute_id, organisation_id, channel, target, payload, max_attempts)
       SELECT d.delivery_id, d.subscription_id::uuid, d.fact_id, d.kind, d.dispute_id, d.organisation_id, d.channel, d.target, d.payload, $2
         FROM jsonb_to_recordset($1::jsonb) AS d(delivery_id text, subscription_id text, fact_id text, kind text, dispute_id text, organisation_id text, channel text, target text, payload jsonb)
       ON CONFLICT (delivery_id) DO NOTHING`,
      [
        JSON.stringify(
          deliveries.map((d) => ({
            delivery_id: d.delivery_id,
            subscription_id: d.subscription.subscription_id,
            fact_id: d.fact_id,
            kind: d.payload.kind,
            dispute_id: d.payload.disputeId,
            organisation_id: d.subscription.organisation_id,
            channel: d.subscription.channel,
            target: d.subscription.target,
            payload: { ...d.payload, deliveryId: d.delivery_id },
          })),
        ),
        this.settings.maxAttempts,
      ],
    );
    await this.enqueue(deliveries.map((d) => d.delivery_id));
  }

  /** Queues the pending ones among `ids`; a job already queued (or recently done) under the same id is left alone. */
  async enqueue(ids: readonly string[]): Promise<number> {
    const pending: { delivery_id: string; channel: Channel; replays: number }[] = await this.db.query(
      `SELECT delivery_id, channel, replays FROM notification_deliveries WHERE delivery_id = ANY($1) AND status = 'pending'`,
      [ids],
    );
    for (const channel of channels) {
      const jobs: JobToAdd<DeliveryJob>[] = pending
        .filter((d) => d.channel === channel)
        .map((d) => ({
          name: DELIVER_JOB,
          id: deliveryJobId(d.delivery_id, d.replays),
          data: { deliveryId: d.delivery_id },
          attempts: this.settings.maxAttempts,
          backoffMs: this.settings.backoffMs,
        }));
      if (jobs.length) await this.queues.add(queueOf(channel), jobs);
    }
    return pending.length;
  }

  /**
   * Re-queues what the queues lost (Redis flushed, in-process jobs gone with their process). A delivery whose last
   * try failed but was never marked dead (the process died in between) is marked dead here.
   */
  async reconcile(): Promise<number> {
    await this.db.query(
      `UPDATE notification_deliveries SET status = 'dead', dead_at = now(), last_error = coalesce(last_error, 'attempts exhausted')
        WHERE status = 'pending' AND attempts >= max_attempts AND (claimed_until IS NULL OR claimed_until < now())`,
    );
    const rows: { delivery_id: string }[] = await this.db.query(`SELECT delivery_id FROM notification_deliveries WHERE status = 'pending' ORDER BY created_at LIMIT 10000`);
    return this.enqueue(rows.map((r) => r.delivery_id));
  }

  /** Takes a pending delivery for one try; null when it is done, dead, or another worker is trying it right now. */
  async claim(deliveryId: string): Promise<ClaimedDelivery | null> {
    const [row] = updatedRows<{ delivery_id: string }>(
      await this.db.query(
        `UPDATE notification_deliveries SET attempts = attempts + 1, claimed_until = now() + make_interval(secs => $2::double precision / 1000)
        WHERE delivery_id = $1 AND status = 'pending' AND (claimed_until IS NULL OR claimed_until < now())
          RETURNING delivery_id`,
        [deliveryId, this.settings.claimMs],
      ),
    );
    if (!row) return null;
    const [claimed]: (Omit<ClaimedDelivery, 'secret'> & { subscription_id: string; secret_sealed: Buffer | null })[] = await this.db.query(
      `SELECT d.delivery_id, d.kind, d.channel, d.target, d.payload, d.attempts, d.max_attempts, d.subscription_id::text, s.secret_sealed,
              s.subscription_id IS NOT NULL AS subscribed
         FROM notification_deliveries d LEFT JOIN notification_subscriptions s ON s.subscription_id = d.subscription_id
        WHERE d.delivery_id = $1`,
      [deliveryId],
    );
    if (!claimed) return null;
    const { subscription_id: subscriptionId, secret_sealed: sealed, ...delivery } = claimed;
    if (!sealed) return { ...delivery, secret: null };
    try {
      return { ...delivery, secret: this.secrets.open(subscriptionId, sealed) };
    } catch (error) {
      if (!(error instanceof SubscriptionSecretUnreadable)) throw error;
      return { ...delivery, secret: null, secretError: error.message };
    }
  }

  async delivered(deliveryId: string): Promise<void> {
    await this.db.query(
      `UPDATE notification_deliveries SET status = 'delivered', delivered_at = now(), claimed_until = NULL, last_error = NULL WHERE delivery_id = $1 AND status = 'pending'`,
      [deliveryId],
    );
  }

  /** This try failed; another may follow (the queue's backoff decides when). */
  async failedTry(deliveryId: string, error: string): Promise<void> {
    await this.db.query(`UPDATE notification_deliveries SET claimed_until = NULL, last_error = $2 WHERE delivery_id = $1 AND status = 'pending'`, [deliveryId, error.slice(0, 1000)]);
  }

  async dead(deliveryId: string, error: string): Promise<void> {
    await this.db.query(
      `UPDATE notification_deliveries SET status = 'dead', dead_at = now(), claimed_until = NULL, last_error = $2 WHERE delivery_id = $1 AND status = 'pending'`,
      [deliveryId, error.slice(0, 1000)],
    );
  }

  async get(deliveryId: string): Promise<Delivery | undefined> {
    const [row] = await this.db.query(`SELECT ${columns} FROM notification_deliveries WHERE delivery_id = $1`, [deliveryId]);
    return row;
  }

  /** Dead letters, newest first, paged by the `dead_at`/id of the last one seen. */
  async deadLetters(limit: number, organisationId?: string): Promise<Delivery[]> {
    return this.db.query(
      `SELECT ${columns} FROM notification_deliveries WHERE status = 'dead' AND ($2::text IS NULL OR organisation_id = $2) ORDER BY dead_at DESC, delivery_id LIMIT $1`,
      [limit, organisationId ?? null],
    );
  }

  /**
   * Puts a dead delivery back to pending with fresh attempts, records who did it, and queues it under a new job id.
   * The receiver sees the same X-Delivery-Id. Null when there is no such dead delivery.
   */
  async replay(deliveryId: string, replayedBy: string): Promise<Delivery | null> {
    const runner = this.db.createQueryRunner();
    try {
      await runner.startTransaction();
      const [row] = updatedRows<{ replays: number }>(
        await runner.query(
          `UPDATE notification_deliveries SET status = 'pending', attempts = 0, replays = replays + 1, dead_at = NULL, claimed_until = NULL
            WHERE delivery_id = $1 AND status = 'dead' RETURNING replays`,
          [deliveryId],
        ),
      );
      if (!row) {
        await runner.rollbackTransaction();
        return null;
      }
      await runner.query(`INSERT INTO notification_replays (delivery_id, replay, replayed_by) VALUES ($1, $2, $3)`, [deliveryId, row.replays, replayedBy]);
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
    await this.enqueue([deliveryId]);
    return (await this.get(deliveryId))!;
  }

  async replaysOf(deliveryId: string): Promise<{ replay: number; replayed_by: string; replayed_at: string }[]> {
    return this.db.query(
      `SELECT replay, replayed_by, to_char(replayed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS replayed_at FROM notification_replays WHERE delivery_id = $1 ORDER BY replay`,
      [deliveryId],
    );
  }
}
