import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { JobHandler, JobQueues, JobToAdd, ProcessOptions, QueueCounts, RunningJob } from './job-queues.js';

export interface BullMqOptions {
  /** A job whose worker died (killed, not closed) is retried once this lock lapses. */
  readonly lockMs: number;
  readonly keepDoneSeconds?: number;
}

/** Jobs added, checked or removed per round trip. */
const CHUNK = 1_000;

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
    const bull = this.queue(queue);
    for (let i = 0; i < jobs.length; i += CHUNK) {
      const chunk = jobs.slice(i, i + CHUNK);
      // Adding an id that exists is a no-op in BullMQ anyway; one pipelined EXISTS per id is far cheaper than
      // building and sending the job, so a reconcile that finds everything present costs little.
      const present = await this.existing(bull, chunk.map((job) => job.id));
      const missing = chunk.filter((job) => !present.has(job.id));
      if (!missing.length) continue;
      await bull.addBulk(
        missing.map((job) => ({
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
  }

  async remove(queue: string, id: string): Promise<void> {
    await this.queue(queue).remove(id);
  }

  async removeMany(queue: string, ids: readonly string[]): Promise<void> {
    const bull = this.queue(queue);
    // Only ids whose job exists cost a removal script; ioredis pipelines the calls sent together on its connection.
    for (let i = 0; i < ids.length; i += CHUNK) {
      const present = await this.existing(bull, ids.slice(i, i + CHUNK));
      await Promise.all([...present].map((id) => bull.remove(id)));
    }
  }

  /** Which of these ids have a job hash (waiting, delayed, active, or done and still kept). */
  private async existing(bull: Queue, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const pipeline = this.connection.pipeline();
    for (const id of ids) pipeline.exists(bull.toKey(id));
    const replies = (await pipeline.exec()) ?? [];
    const present = new Set<string>();
    replies.forEach(([error, exists], n) => {
      if (error) throw error;
      if (exists === 1) present.add(ids[n]!);
    });
    return present;
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
