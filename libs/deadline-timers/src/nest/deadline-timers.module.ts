import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { nameBasedUuid } from '#command-handling';
import { DisputeCommandsModule, ExecuteDisputeCommand } from '#dispute-http';
import { RuleViolation } from '#domain-core';
import { streamId, type RecordedEvent } from '#event-store';
import { CLOCK, NotFound, type Clock } from '#platform';
import { DEADLINE_QUEUE, DeadlineScheduler, EXPIRE_JOB, RECONCILE_JOB, type ExpireJobData, type PendingDeadline } from '../deadline-scheduler.js';

export const DEADLINE_SIDE_EFFECTS = Symbol('DeadlineSideEffects');

export type DeadlineSideEffects = (events: readonly RecordedEvent[]) => Promise<void>;

const timerActor = { userId: 'statutory-timer', role: 'system', organisationId: 'system', orgKind: 'department', displayName: 'Statutory timer' } as const;

/**
 * Statutory timers on BullMQ. The case_deadlines read model is the source of truth for what must fire and when
 * (its running rows are the pending deadlines); each has a delayed job whose id is the deadline and the version of its
 * due date. Committed deadline facts move the jobs (a projection side effect, never during a rebuild); a reconciler
 * re-adds whatever Redis lost; a fired job sends ExpireDeadline, which the decider ignores if the deadline moved.
 */
@Injectable()
export class DeadlineTimers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('deadline-timers');
  private readonly connection: Redis;
  private readonly queue: Queue;
  private worker?: Worker;
  private workerConnection?: Redis;
  private stopped = false;
  readonly scheduler: DeadlineScheduler;

  constructor(
    config: ConfigService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.connection = new Redis(config.get<string>('REDIS_URL')!, { maxRetriesPerRequest: null, retryStrategy: (n) => Math.min(n * 200, 2_000) }).on('error', () => undefined);
    this.queue = new Queue(DEADLINE_QUEUE, { connection: this.connection });
    this.queue.on('error', () => undefined);
    this.scheduler = new DeadlineScheduler(this.queue, config.get<string>('LEGAL_TIME_ZONE')!, () => this.clock.now());
    this.reconcileEveryMs = config.get<number>('TIMER_RECONCILE_SECONDS')! * 1000;
    this.lockMs = config.get<number>('TIMER_LOCK_SECONDS')! * 1000;
  }

  private readonly reconcileEveryMs: number;
  private readonly lockMs: number;

  async onApplicationBootstrap(): Promise<void> {
    this.workerConnection = this.connection.duplicate();
    this.worker = new Worker(DEADLINE_QUEUE, (job) => this.process(job), {
      connection: this.workerConnection,
      concurrency: 8,
      // A worker killed mid-job loses its lock; the job is then stalled and retried by another (or the restarted) one.
      lockDuration: this.lockMs,
      stalledInterval: Math.max(500, this.lockMs / 2),
    });
    this.worker.on('error', (error) => this.logger.warn(`timer worker: ${error.message}`));
    this.worker.on('failed', (job, error) => this.logger.warn(`timer job ${job?.id} failed: ${error.message}`));
    void this.startReconciling();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.reconciling);
    await this.worker?.close();
    await this.queue.close();
    // BullMQ leaves connections it was given open.
    this.workerConnection?.disconnect();
    this.connection.disconnect();
  }

  /** Side effect of the case_deadlines projection: the committed rows the events touched decide the jobs. */
  readonly onDeadlineFacts: DeadlineSideEffects = async (events) => {
    const keys = [...new Set(events.map((e) => `${streamId(e.stream)}/${(e.data as { deadlineId: string }).deadlineId}`))];
    const rows: PendingDeadline[] = await this.db.query(
      `SELECT deadline_key, dispute_id, deadline_id, rule, due_on::text AS due_on, status, due_version FROM case_deadlines WHERE deadline_key = ANY($1)`,
      [keys],
    );
    await this.scheduler.apply(rows);
  };

  async reconcile(): Promise<number> {
    const rows: PendingDeadline[] = await this.db.query(
      `SELECT deadline_key, dispute_id, deadline_id, rule, due_on::text AS due_on, status, due_version FROM case_deadlines WHERE status = 'running' AND due_on IS NOT NULL`,
    );
    return this.scheduler.reconcile(rows);
  }

  private reconciling?: NodeJS.Timeout;

  /**
   * At start-up, then every period: from this process's own timer, since a flushed Redis also loses the BullMQ job
   * scheduler that does the same from Redis.
   */
  private async startReconciling(): Promise<void> {
    this.reconciling = setInterval(() => void this.reconcile().catch((error: Error) => this.logger.warn(`timers not reconciled (${error.message})`)), this.reconcileEveryMs);
    for (let attempt = 0; !this.stopped; attempt++) {
      try {
        const restored = await this.reconcile();
        await this.queue.upsertJobScheduler('reconcile-deadlines', { every: this.reconcileEveryMs }, { name: RECONCILE_JOB });
        this.logger.log(`timers reconciled: ${restored} pending deadlines have their jobs`);
        return;
      } catch (error) {
        this.logger.warn(`timers not reconciled yet (${(error as Error).message}); retrying`);
        await new Promise((resolve) => setTimeout(resolve, Math.min(1_000 * 2 ** attempt, 30_000)));
      }
    }
  }

  private async process(job: Job): Promise<string> {
    if (job.name === RECONCILE_JOB) return `reconciled ${await this.reconcile()}`;
    if (job.name !== EXPIRE_JOB) return 'unknown job';
    const { disputeId, deadlineId, dueOn, version } = job.data as ExpireJobData;
    try {
      const outcome = await this.commands.execute(
        new ExecuteDisputeCommand({
          disputeId,
          // The same firing, retried after a crash, appends nothing twice: its event ids derive from this.
          commandId: nameBasedUuid(`expire/${disputeId}/${deadlineId}/${version}`),
          command: { type: 'ExpireDeadline', data: { deadlineId, dueOn } },
          actor: timerActor,
          requestId: `timer-${job.id}`,
          correlationId: `timer-${job.id}`,
        }),
      );
      return outcome.events.length ? `expired ${deadlineId}` : `stale ${deadlineId}`;
    } catch (error) {
      // Fired a moment early by a clock out of step: try again shortly. Any other refusal means the deadline is stale.
      if (error instanceof RuleViolation && error.rule.name === 'deadlineExpiresOnlyAfterItsLastDay') throw error;
      if (error instanceof RuleViolation || error instanceof NotFound) return `refused: ${(error as Error).message}`;
      throw error;
    }
  }
}

@Module({
  imports: [DisputeCommandsModule],
  providers: [DeadlineTimers, { provide: DEADLINE_SIDE_EFFECTS, inject: [DeadlineTimers], useFactory: (timers: DeadlineTimers) => timers.onDeadlineFacts }],
  exports: [DEADLINE_SIDE_EFFECTS, DeadlineTimers],
})
export class DeadlineTimersModule {}
