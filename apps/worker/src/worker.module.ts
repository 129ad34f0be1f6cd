import { Module } from '@nestjs/common';
import { PlatformModule } from '#platform';
import { ProjectionsWorkerModule } from './projections-worker.module.js';

/** Subscriptions, projections and (later) timers: no public API, only health. */
@Module({
  imports: [PlatformModule, ProjectionsWorkerModule],
})
export class WorkerModule {}
