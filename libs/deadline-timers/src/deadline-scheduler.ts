import { createHash } from 'node:crypto';
import type { LegalDate } from '#domain-core';
import { endOfLegalDay } from '#calendar';
import type { JobQueues, JobToAdd } from '#jobs';

export const DEADLINE_QUEUE = 'deadlines';
export const EXPIRE_JOB = 'expire';
export const RECONCILE_JOB = 'reconcile';

/** A row of `case_deadlines` as the timers need it. Running rows with a due date are the pending deadlines. */
export interface PendingDeadline {
  readonly deadline_key: string;
  readonly dispute_id: string;
  readonly deadline_id: string;
  readonly rule: string;
  readonly due_on: LegalDate | null;
  readonly status: string;
  readonly due_version: number;
}

export interface ExpireJobData {
  readonly disputeId: string;
  readonly deadlineId: string;
  readonly dueOn: LegalDate;
  readonly version: number;
}

/**
 * Deterministic per deadline and version of its due date: re-scheduling the same version is a no-op in BullMQ, and a
 * moved deadline gets a new job. (BullMQ job ids may not contain ':', which deadline ids do.)
 */
export const jobIdOf = (deadlineKey: string, version: number) => `dl-${createHash('sha256').update(deadlineKey).digest('hex').slice(0, 24)}-v${version}`;

/** How many earlier versions to clear when a deadline moves; any left behind fire as stale and change nothing. */
const VERSIONS_TO_CLEAR = 3;


export class DeadlineScheduler {
  constructor(
    private readonly queues: JobQueues,
    private readonly timeZone: string,
    private readonly now: () => Date,
  ) {}

  /** Brings Redis in line with these rows: a job for each running deadline at its due instant, none for the rest. */
  async apply(rows: readonly PendingDeadline[]): Promise<void> {
    for (const row of rows) {
      const pending = row.status === 'running' && row.due_on !== null;
      const lowest = Math.max(1, row.due_version - VERSIONS_TO_CLEAR);
      for (let version = lowest; version < row.due_version + (pending ? 0 : 1); version++) await this.queues.remove(DEADLINE_QUEUE, jobIdOf(row.deadline_key, version));
      if (pending) await this.queues.add(DEADLINE_QUEUE, [this.job(row)]);
    }
  }

  /** Every pending deadline gets its job if Redis lost it (flushed, down): nothing is lost, only delayed. */
  async reconcile(rows: readonly PendingDeadline[]): Promise<number> {
    const pending = rows.filter((row) => row.status === 'running' && row.due_on !== null);
    await this.queues.add(DEADLINE_QUEUE, pending.map((row) => this.job(row)));
    return pending.length;
  }

  private job(row: PendingDeadline): JobToAdd<ExpireJobData> {
    const data: ExpireJobData = { disputeId: row.dispute_id, deadlineId: row.deadline_id, dueOn: row.due_on!, version: row.due_version };
    const delay = Math.max(0, endOfLegalDay(row.due_on!, this.timeZone).getTime() - this.now().getTime());
    // Retried for hours: an expiry that cannot be applied yet (store down) must still happen once it can.
    return { name: EXPIRE_JOB, data, id: jobIdOf(row.deadline_key, row.due_version), delayMs: delay, attempts: 20, backoffMs: 1_000 };
  }
}
