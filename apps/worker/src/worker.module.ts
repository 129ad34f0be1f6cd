import { Module } from '@nestjs/common';
import { PlatformModule } from '#platform';
import { ProjectionsWorkerModule } from './projections-worker.module.js';
// Not through #notifications: #database imports that index for the migration, and these modules import #platform.
import { NotificationsWorkerModule } from '../../../libs/notifications/src/nest/index.js';

/** Subscriptions, projections and (later) timers: no public API, only health. */
@Module({
  imports: [PlatformModule, ProjectionsWorkerModule, NotificationsWorkerModule],
})
export class WorkerModule {}
