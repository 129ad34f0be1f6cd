import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { workingCalendar } from '#calendar';
import type { EventStore, RecordedEvent } from '#event-store';
import { JOB_QUEUES, type JobQueues } from '#jobs';
import { CLOCK, EVENT_STORE, type Clock } from '#platform';
import { ProjectionRunner, type ProjectionDefinition } from '#projections';
import { EmailSender } from '../email-sender.js';
import { notificationCaseProjection } from '../notification-case.projection.js';
import { Notifier } from '../notifier.js';
import type { Outbox } from '../outbox.js';
import { ReminderScheduler } from '../reminders.js';
import { NOTIFICATION_SETTINGS, NotificationsCoreModule, OUTBOX } from './notifications-core.module.js';
import type { NotificationSettings } from './notifications-settings.js';

/**
 * The worker's half: runs the notification_cases projection (its side effect writes the outbox), consumes the
 * delivery and reminder queues, and re-queues from PostgreSQL what the queues lost, at start-up and periodically.
 * Several workers may run it: the projection's lock lets one write the outbox, and every delivery is claimed in the
 * table before it is sent.
 */
@Injectable()
export class NotificationsWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('notifications');
  readonly notifier: Notifier;
  private readonly email?: EmailSender;
  private runner?: ProjectionRunner;
  private reconciling?: NodeJS.Timeout;

  constructor(
    private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(JOB_QUEUES) queues: JobQueues,
    @Inject(CLOCK) clock: Clock,
    @Inject(OUTBOX) outbox: Outbox,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
  ) {
    const log = (message: string) => this.logger.warn(message);
    this.email = settings.smtp ? new EmailSender(settings.smtp.url, settings.smtp.from, settings.webhookTimeoutMs) : undefined;
    const reminders = new ReminderScheduler(queues, workingCalendar(), settings.leads, settings.timeZone, () => clock.now(), log);
    this.notifier = new Notifier(db, queues, outbox, reminders, { webhookTimeoutMs: settings.webhookTimeoutMs, email: this.email, log });
  }

  onApplicationBootstrap(): void {
    this.notifier.start();
    const definition = { ...notificationCaseProjection(), sideEffects: (events: readonly RecordedEvent[]) => this.notifier.sideEffects(events) };
    this.runner = new ProjectionRunner(this.store, this.db, definition as unknown as ProjectionDefinition, {
      log: (message, error) => this.logger.error({ err: error }, message),
    });
    this.runner.start();
    // Said at start-up; the periodic runs only at debug level, unless they fail.
    const reconcile = (level: 'log' | 'debug') =>
      this.notifier.reconcile().then(
        ({ deliveries, reminders }) => this.logger[level](`notifications reconciled: ${deliveries} pending deliveries, ${reminders} reminders queued`),
        (error: Error) => this.logger.warn(`notifications not reconciled (${error.message})`),
      );
    void reconcile('log');
    this.reconciling = setInterval(() => void reconcile('debug'), this.settings.reconcileMs).unref();
    this.logger.log(`notifications: webhooks${this.email ? ' and e-mail' : ' (e-mail off: no SMTP_URL)'}`);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.reconciling);
    await this.runner?.stop();
    this.email?.close();
  }
}

@Module({ imports: [NotificationsCoreModule], providers: [NotificationsWorker], exports: [NotificationsWorker] })
export class NotificationsWorkerModule {}
