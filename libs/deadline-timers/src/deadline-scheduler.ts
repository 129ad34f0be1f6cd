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


const isPending = (row: PendingDeadline) => row.status === 'running' && row.due_on !== null;

/** One row per deadline: its highest due_version, the later row winning a tie. */
export const latestPerDeadline = (rows: readonly PendingDeadline[]): PendingDeadline[] => {
  const latest = new Map<string, PendingDeadline>();
  for (const row of rows) {
    const seen = latest.get(row.deadline_key);
    if (!seen || row.due_version >= seen.due_version) latest.set(row.deadline_key, row);
  }
  return [...latest.values()];
};

/** The ids a deadline at this row must not have: its earlier versions, and its current one unless it is pending. */
export const staleJobIds = (row: PendingDeadline): string[] => {
  const ids: string[] = [];
  for (let version = Math.max(1, row.due_version - VERSIONS_TO_CLEAR); version < row.due_version + (isPending(row) ? 0 : 1); version++)
    ids.push(jobIdOf(row.deadline_key, version));
  return ids;
};

export class DeadlineScheduler {
  constructor(
    private readonly queues: JobQueues,
    private readonly timeZone: string,
    private readonly now: () => Date,
  ) {}

  /**
   * Brings Redis in line with these rows: a job for each running deadline at its due instant, none for the rest. In
   * bulk: each deadline's latest version decides (so a removal of an earlier version never undoes a later add), the
   * stale ids go in one batch and the new jobs in the next.
   */
  async apply(rows: readonly PendingDeadline[]): Promise<void> {
    const latest = latestPerDeadline(rows);
    const stale = latest.flatMap((row) => staleJobIds(row));
    await this.queues.removeMany(DEADLINE_QUEUE, stale);
    await this.queues.add(DEADLINE_QUEUE, latest.filter(isPending).map((row) => this.job(row)));
  }

  /** Every pending deadline gets its job if Redis lost it (flushed, down): nothing is lost, only delayed. */
  async reconcile(rows: readonly PendingDeadline[]): Promise<number> {
    const pending = rows.filter(isPending);
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
