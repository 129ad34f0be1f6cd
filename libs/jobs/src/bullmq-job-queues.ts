import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { JobHandler, JobQueues, JobToAdd, ProcessOptions, QueueCounts, RunningJob } from './job-queues.js';

export interface BullMqOptions {
  /** A job whose worker died (killed, not closed) is retried once this lock lapses. */
  readonly lockMs: number;
  readonly keepDoneSeconds?: number;
}

/** Redis mode's driver. One connection for the queues, one per worker (BullMQ blocks on it). */
export class BullMqJobQueues implements JobQueues {
  readonly mode = 'bullmq' as const;
  private readonly connection: Redis;
  private readonly queues = new Map<string, Queue>();
  private readonly workers: { worker: Worker; connection: Redis }[] = [];

  constructor(
    redisUrl: string,
    private readonly options: BullMqOptions,
    private readonly onWorkerError: (queue: string, error: Error) => void = () => undefined,
  ) {
    this.connection = new Redis(redisUrl, { maxRetriesPerRequest: null, retryStrategy: (n) => Math.min(n * 200, 2_000) }).on('error', () => undefined);
  }

  /** The underlying queues, for the admin board. */
  bullQueues(): Queue[] {
    return [...this.queues.values()];
  }

  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  async add<T>(queue: string, jobs: readonly JobToAdd<T>[]): Promise<void> {
    const keepDone = { age: this.options.keepDoneSeconds ?? 7 * 24 * 3600 };
    for (let i = 0; i < jobs.length; i += 1_000)
      await this.queue(queue).addBulk(
        jobs.slice(i, i + 1_000).map((job) => ({
          name: job.name,
          data: job.data,
          opts: {
            jobId: job.id,
            delay: Math.max(0, job.delayMs ?? 0),
            attempts: job.attempts ?? 1,
            backoff: { type: 'exponential', delay: job.backoffMs ?? 1_000 },
            removeOnComplete: keepDone,
            removeOnFail: keepDone,
          },
        })),
      );
  }

  async remove(queue: string, id: string): Promise<void> {
    await this.queue(queue).remove(id);
  }

  process<T>(queue: string, handler: JobHandler<T>, options: ProcessOptions<T> = {}): void {
    const connection = this.connection.duplicate();
    const worker = new Worker(queue, (job) => handler({ id: job.id!, name: job.name, data: job.data as T, attemptsMade: job.attemptsMade }), {
      connection,
      concurrency: options.concurrency ?? 1,
      lockDuration: this.options.lockMs,
      stalledInterval: Math.max(500, this.options.lockMs / 2),
    });
    worker.on('error', (error) => this.onWorkerError(queue, error));
    worker.on('failed', (job, error) => {
      if (!job) return;
      const running: RunningJob<T> = { id: job.id!, name: job.name, data: job.data as T, attemptsMade: job.attemptsMade - 1 };
      const final = job.attemptsMade >= (job.opts.attempts ?? 1);
      void Promise.resolve(options.onFailed?.(running, error, final)).catch((failure: Error) => this.onWorkerError(queue, failure));
    });
    this.workers.push({ worker, connection });
  }

  async repeat(queue: string, name: string, everyMs: number): Promise<void> {
    await this.queue(queue).upsertJobScheduler(`${name}-every`, { every: everyMs }, { name });
  }

  async counts(queue: string): Promise<QueueCounts> {
    const counts = await this.queue(queue).getJobCounts('waiting', 'delayed', 'active', 'completed', 'failed');
    return { waiting: counts.waiting ?? 0, delayed: counts.delayed ?? 0, active: counts.active ?? 0, completed: counts.completed ?? 0, failed: counts.failed ?? 0 };
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    // BullMQ leaves connections it was given open.
    for (const { connection } of this.workers) connection.disconnect();
    this.connection.disconnect();
  }
}
