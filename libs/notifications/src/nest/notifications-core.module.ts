import { Inject, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { JOB_QUEUES, JobsModule, type JobQueues } from '#jobs';
import { Outbox } from '../outbox.js';
import { notificationSettings, type NotificationSettings } from './notifications-settings.js';

export const NOTIFICATION_SETTINGS = Symbol('NotificationSettings');
export const OUTBOX = Symbol('NotificationOutbox');
export const InjectOutbox = () => Inject(OUTBOX);

/** What the worker and the admin API share: the settings and the outbox over the one set of job queues. */
@Module({
  imports: [JobsModule],
  providers: [
    { provide: NOTIFICATION_SETTINGS, inject: [ConfigService], useFactory: notificationSettings },
    {
      provide: OUTBOX,
      inject: [DataSource, JOB_QUEUES, NOTIFICATION_SETTINGS],
      useFactory: (db: DataSource, queues: JobQueues, settings: NotificationSettings) => new Outbox(db, queues, settings.outbox),
    },
  ],
  exports: [NOTIFICATION_SETTINGS, OUTBOX, JobsModule],
})
export class NotificationsCoreModule {}
