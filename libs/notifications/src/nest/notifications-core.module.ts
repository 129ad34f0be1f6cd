import { Inject, Logger, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { JOB_QUEUES, JobsModule, type JobQueues } from '#jobs';
import { loadVaultKeyConfig } from '#personal-data';
import { Outbox } from '../outbox.js';
import { SubscriptionSecrets } from '../subscription-secrets.js';
import { notificationSettings, type NotificationSettings } from './notifications-settings.js';

export const NOTIFICATION_SETTINGS = Symbol('NotificationSettings');
export const OUTBOX = Symbol('NotificationOutbox');
export const SUBSCRIPTION_SECRETS = Symbol('SubscriptionSecrets');
export const InjectOutbox = () => Inject(OUTBOX);

/** What the worker and the admin API share: the settings and the outbox over the one set of job queues. */
@Module({
  imports: [JobsModule],
  providers: [
    { provide: NOTIFICATION_SETTINGS, inject: [ConfigService], useFactory: notificationSettings },
    {
      provide: SUBSCRIPTION_SECRETS,
      useFactory: () => new SubscriptionSecrets(loadVaultKeyConfig(process.env, (m) => new Logger('Notifications').warn(m)).masterKey),
    },
    {
      provide: OUTBOX,
      inject: [DataSource, JOB_QUEUES, NOTIFICATION_SETTINGS, SUBSCRIPTION_SECRETS],
      useFactory: (db: DataSource, queues: JobQueues, settings: NotificationSettings, secrets: SubscriptionSecrets) => new Outbox(db, queues, settings.outbox, secrets),
    },
  ],
  exports: [NOTIFICATION_SETTINGS, OUTBOX, SUBSCRIPTION_SECRETS, JobsModule],
})
export class NotificationsCoreModule {}
