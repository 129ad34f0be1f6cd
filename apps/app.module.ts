import { Module } from '@nestjs/common';
import { ApiModule } from './api/src/api.module.js';
import { WorkerModule } from './worker/src/worker.module.js';

/** The single-machine default: api and worker in one process. */
@Module({ imports: [ApiModule, WorkerModule] })
export class AppModule {}
