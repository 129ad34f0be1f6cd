import type { DataSource } from 'typeorm';
import { isDeadlineEvent } from '#domain-core';
import { streamId, type RecordedEvent } from '#event-store';
import type { JobQueues, RunningJob } from '#jobs';
import { factDeliveryId, reminderDeliveryId } from './delivery-ids.js';
import type { EmailSender } from './email-sender.js';
import { organisationsOf, type NotificationCaseRow, type NotifiedDeadline } from './notification-case.projection.js';
import { noticeOf } from './notices.js';
import { DELIVER_JOB, queueOf, type Channel, type ClaimedDelivery, type DeliveryJob, type NewDelivery, type Outbox } from './outbox.js';
import { REMIND_JOB, REMINDER_QUEUE, type ReminderScheduler, type RemindJobData } from './reminders.js';
import type { SendOutcome } from './send-outcome.js';
import { sendWebhook } from './webhook-sender.js';

export interface NotifierOptions {
  readonly webhookTimeoutMs: number;
  /** Set when SMTP is configured; e-mail deliveries are not created without it. */
  readonly email?: EmailSender;
  readonly log: (message: string) => void;
}

const caseColumns = 'dispute_id, mediation_body_id, commission_id, court_ids, deadlines';

/**
 * Turns committed facts into outbox deliveries and works the queues off. `sideEffects` is the notification_cases
 * projection's side effect: it runs after the batch's rows are committed, at least once, never during a rebuild.
 */
export class Notifier {
  constructor(
    private readonly db: DataSource,
    private readonly queues: JobQueues,
    readonly outbox: Outbox,
    readonly reminders: ReminderScheduler,
    private readonly options: NotifierOptions,
  ) {}

  readonly sideEffects = async (events: readonly RecordedEvent[]): Promise<void> => {
    const rows = await this.cases([...new Set(events.map((e) => streamId(e.stream)))]);
    const deliveries: NewDelivery[] = [];
    for (const event of events) {
      const notice = noticeOf(event, rows.get(streamId(event.stream)));
      if (!notice) continue;
      for (const subscription of await this.outbox.subscriptionsOf(notice.organisations, notice.payload.kind))
        deliveries.push({ delivery_id: factDeliveryId(event.id, notice.payload.kind, subscription.subscription_id), subscription, fact_id: event.id, payload: notice.payload });
    }
    await this.outbox.record(deliveries);
    const touched = new Map<string, { disputeId: string; deadlineId: string }>();
    for (const event of events.filter((e) => isDeadlineEvent({ type: e.type, data: e.data as object }))) {
      const disputeId = streamId(event.stream);
      const deadlineId = (event.data as { deadlineId: string }).deadlineId;
      touched.set(`${disputeId}/${deadlineId}`, { disputeId, deadlineId });
    }
    for (const { disputeId, deadlineId } of touched.values()) {
      const deadline = rows.get(disputeId)?.deadlines[deadlineId];
      if (deadline) await this.reminders.apply(disputeId, deadlineId, deadline);
    }
  };

  /** Registers the queue consumers (the worker process only). */
  start(): void {
    const channels: Channel[] = this.options.email ? ['webhook', 'email'] : ['webhook'];
    for (const channel of channels)
      this.queues.process<DeliveryJob>(queueOf(channel), (job) => this.deliver(job), {
        concurrency: channel === 'webhook' ? 8 : 2,
        onFailed: async (job, error, final) => {
          if (final) await this.outbox.dead(job.data.deliveryId, error.message);
        },
      });
    this.queues.process<RemindJobData>(REMINDER_QUEUE, (job) => this.remind(job), {
      concurrency: 4,
      onFailed: (job, error, final) => this.options.log(`reminder job ${job.id} failed${final ? ' for the last time' : ''}: ${error.message}`),
    });
  }

  /** Pending deliveries and reminders of running deadlines get their jobs back if the queues lost them. */
  async reconcile(): Promise<{ deliveries: number; reminders: number }> {
    const deliveries = await this.outbox.reconcile();
    const running: { dispute_id: string; deadline_id: string; deadline: NotifiedDeadline }[] = await this.db.query(
      `SELECT c.dispute_id, d.key AS deadline_id, d.value AS deadline FROM notification_cases c, jsonb_each(c.deadlines) d
        WHERE d.value->>'status' = 'running' AND d.value->>'due_on' IS NOT NULL`,
    );
    let reminders = 0;
    for (const row of running) {
      const jobs = this.reminders.jobs(row.dispute_id, row.deadline_id, row.deadline);
      reminders += jobs.length;
      if (jobs.length) await this.queues.add(REMINDER_QUEUE, jobs);
    }
    return { deliveries, reminders };
  }

  async deliver(job: RunningJob<DeliveryJob>): Promise<string> {
    if (job.name !== DELIVER_JOB) return 'unknown job';
    const claimed = await this.outbox.claim(job.data.deliveryId);
    if (!claimed) return 'not pending';
    const outcome: SendOutcome = claimed.subscribed ? await this.send(claimed) : { result: 'dead', error: 'the subscription was removed' };
    switch (outcome.result) {
      case 'delivered':
        await this.outbox.delivered(claimed.delivery_id);
        return 'delivered';
      case 'dead':
        await this.outbox.dead(claimed.delivery_id, outcome.error);
        return `dead: ${outcome.error}`;
      case 'retry':
        await this.outbox.failedTry(claimed.delivery_id, outcome.error);
        throw new Error(outcome.error);
      default: {
        const never: never = outcome;
        return never;
      }
    }
  }

  private send(delivery: ClaimedDelivery): Promise<SendOutcome> {
    switch (delivery.channel) {
      case 'webhook':
        return sendWebhook(delivery, { timeoutMs: this.options.webhookTimeoutMs });
      case 'email':
        return this.options.email ? this.options.email.send(delivery) : Promise.resolve({ result: 'retry', error: 'e-mail is off (no SMTP_URL)' });
      default: {
        const never: never = delivery.channel;
        return never;
      }
    }
  }

  /** A reminder is due: tell the case's subscribed organisations, unless the deadline moved, was met or ended. */
  async remind(job: RunningJob<RemindJobData>): Promise<string> {
    if (job.name !== REMIND_JOB) return 'unknown job';
    const { disputeId, deadlineId, version, lead, dueOn } = job.data;
    const row = (await this.cases([disputeId])).get(disputeId);
    const deadline = row?.deadlines[deadlineId];
    if (!row || !deadline || deadline.status !== 'running' || deadline.due_version !== version) return 'stale';
    const key = `${disputeId}/${deadlineId}`;
    const payload = { kind: 'reminder' as const, disputeId, detail: { deadlineId, rule: deadline.rule, dueOn, workingDaysLeft: lead } };
    const subscriptions = await this.outbox.subscriptionsOf(organisationsOf(row), 'reminder');
    await this.outbox.record(
      subscriptions.map((subscription) => ({
        delivery_id: reminderDeliveryId(key, version, lead, subscription.subscription_id),
        subscription,
        fact_id: `${key}@${version}-${lead}`,
        payload,
      })),
    );
    return `reminded ${subscriptions.length}`;
  }

  private async cases(disputeIds: readonly string[]): Promise<Map<string, NotificationCaseRow>> {
    const rows: NotificationCaseRow[] = await this.db.query(`SELECT ${caseColumns} FROM notification_cases WHERE dispute_id = ANY($1)`, [disputeIds]);
    return new Map(rows.map((row) => [row.dispute_id, row]));
  }
}
