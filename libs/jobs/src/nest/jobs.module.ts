import { Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { BullMqJobQueues } from '../bullmq-job-queues.js';
import { InProcessJobQueues } from '../in-process-job-queues.js';
import type { JobQueues } from '../job-queues.js';

export const JOB_QUEUES = Symbol('JobQueues');

/** BullMQ when REDIS_URL is set; in this process otherwise (embedded mode). The start-up log says which. */
export function createJobQueues(config: ConfigService): JobQueues {
  const logger = new Logger('jobs');
  const redisUrl = config.get<string>('REDIS_URL');
  if (!redisUrl) {
    logger.log('timers and notifications run in process (no REDIS_URL); pending work is restored from PostgreSQL at start-up');
    return new InProcessJobQueues();
  }
  logger.log(`timers and notifications run on BullMQ (${new URL(redisUrl).host})`);
  return new BullMqJobQueues(redisUrl, { lockMs: config.get<number>('TIMER_LOCK_SECONDS')! * 1000 }, (queue, error) =>
    logger.warn(`queue ${queue}: ${error.message}`),
  );
}

@Injectable()
class JobQueuesLifecycle implements OnApplicationShutdown {
  constructor(@Inject(JOB_QUEUES) private readonly queues: JobQueues) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queues.close();
  }
}

/** One set of queues per process, shared by the timers and the notifications. */
@Module({
  providers: [{ provide: JOB_QUEUES, inject: [ConfigService], useFactory: createJobQueues }, JobQueuesLifecycle],
  exports: [JOB_QUEUES],
})
export class JobsModule {}
