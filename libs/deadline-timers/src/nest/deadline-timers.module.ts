import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { nameBasedUuid } from '#command-handling';
import { DisputeCommandsModule, ExecuteDisputeCommand } from '#dispute-http';
import { RuleViolation } from '#domain-core';
import { JOB_QUEUES, JobsModule, type JobQueues, type RunningJob } from '#jobs';
import { streamId, type RecordedEvent } from '#event-store';
import { CLOCK, NotFound, type Clock } from '#platform';
import { DEADLINE_QUEUE, DeadlineScheduler, EXPIRE_JOB, RECONCILE_JOB, type ExpireJobData, type PendingDeadline } from '../deadline-scheduler.js';

export const DEADLINE_SIDE_EFFECTS = Symbol('DeadlineSideEffects');

export type DeadlineSideEffects = (events: readonly RecordedEvent[]) => Promise<void>;

/** Tests only: keeps a firing job running this long, so a test can kill the worker while it holds the job. */
const testHoldMs = process.env.NODE_ENV === 'test' ? Number(process.env.TEST_TIMER_HOLD_MS ?? 0) : 0;

const timerActor = { userId: 'statutory-timer', role: 'system', organisationId: 'system', orgKind: 'department', displayName: 'Statutory timer' } as const;

/**
 * Statutory timers (BullMQ, or in process without Redis). The case_deadlines read model is the source of truth for
 * what must fire and when (its running rows are the pending deadlines); each has a delayed job whose id is the
 * deadline and the version of its due date. Committed deadline facts move the jobs (a projection side effect, never
 * during a rebuild); a reconciler re-adds whatever the queues lost; a fired job sends ExpireDeadline, which the
 * decider ignores if the deadline moved.
 */
@Injectable()
export class DeadlineTimers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('deadline-timers');
  private stopped = false;
  private readonly reconcileEveryMs: number;
  readonly scheduler: DeadlineScheduler;

  constructor(
    config: ConfigService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(JOB_QUEUES) private readonly queues: JobQueues,
  ) {
    this.scheduler = new DeadlineScheduler(queues, config.get<string>('LEGAL_TIME_ZONE')!, () => this.clock.now());
    this.reconcileEveryMs = config.get<number>('TIMER_RECONCILE_SECONDS')! * 1000;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.queues.process<ExpireJobData>(DEADLINE_QUEUE, (job) => this.process(job), {
      concurrency: 8,
      onFailed: (job, error, final) => this.logger.warn(`timer job ${job.id} failed${final ? ' for the last time' : ''}: ${error.message}`),
    });
    void this.startReconciling();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.reconciling);
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
        await this.queues.repeat(DEADLINE_QUEUE, RECONCILE_JOB, this.reconcileEveryMs);
        this.logger.log(`timers reconciled: ${restored} pending deadlines have their jobs`);
        return;
      } catch (error) {
        this.logger.warn(`timers not reconciled yet (${(error as Error).message}); retrying`);
        await new Promise((resolve) => setTimeout(resolve, Math.min(1_000 * 2 ** attempt, 30_000)));
      }
    }
  }

  private async process(job: RunningJob<ExpireJobData>): Promise<string> {
    if (job.name === RECONCILE_JOB) return `reconciled ${await this.reconcile()}`;
    if (job.name !== EXPIRE_JOB) return 'unknown job';
    if (testHoldMs > 0) await new Promise((resolve) => setTimeout(resolve, testHoldMs));
    const { disputeId, deadlineId, dueOn, version } = job.data;
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
  imports: [DisputeCommandsModule, JobsModule],
  providers: [DeadlineTimers, { provide: DEADLINE_SIDE_EFFECTS, inject: [DeadlineTimers], useFactory: (timers: DeadlineTimers) => timers.onDeadlineFacts }],
  exports: [DEADLINE_SIDE_EFFECTS, DeadlineTimers],
})
export class DeadlineTimersModule {}
