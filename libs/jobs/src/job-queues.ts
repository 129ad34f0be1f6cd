/**
 * The port timers and notifications schedule work through. Two drivers keep the same promises: BullMQ when Redis is
 * configured, in process otherwise (embedded mode). Callers keep what must happen in PostgreSQL (pending deadlines,
 * the notification outbox) and re-add it after a restart, so neither driver needs to be durable on its own.
 */
export interface JobToAdd<T = unknown> {
  readonly name: string;
  readonly data: T;
  /** Deterministic: adding an id that is already waiting, delayed, running or recently done is a no-op. */
  readonly id: string;
  readonly delayMs?: number;
  /** Tries in all, including the first; 1 by default. */
  readonly attempts?: number;
  /** First retry's delay; each next retry doubles it (exponential backoff). */
  readonly backoffMs?: number;
}

export interface RunningJob<T = unknown> {
  readonly id: string;
  readonly name: string;
  readonly data: T;
  /** Tries that failed before this one. */
  readonly attemptsMade: number;
}

export interface ProcessOptions<T = unknown> {
  readonly concurrency?: number;
  /** Called when a try throws; `final` when no try is left. */
  onFailed?(job: RunningJob<T>, error: Error, final: boolean): Promise<void> | void;
}

export type JobHandler<T = unknown> = (job: RunningJob<T>) => Promise<unknown>;

export interface QueueCounts {
  readonly waiting: number;
  readonly delayed: number;
  readonly active: number;
  readonly completed: number;
  readonly failed: number;
}

export type JobQueuesMode = 'bullmq' | 'in-process';

export interface JobQueues {
  readonly mode: JobQueuesMode;
  add<T>(queue: string, jobs: readonly JobToAdd<T>[]): Promise<void>;
  /** Removes a job that has not started; unknown ids are ignored. */
  remove(queue: string, id: string): Promise<void>;
  /** `remove` for many ids at once (ids in any order; unknown ones ignored). */
  removeMany(queue: string, ids: readonly string[]): Promise<void>;
  process<T>(queue: string, handler: JobHandler<T>, options?: ProcessOptions<T>): void;
  /** Runs `name` on `queue` every period (a BullMQ job scheduler, or a process timer). */
  repeat(queue: string, name: string, everyMs: number): Promise<void>;
  counts(queue: string): Promise<QueueCounts>;
  close(): Promise<void>;
}

/** Backoff before retry number `attemptsMade` (1-based): base · 2^(n-1), as BullMQ's exponential backoff. */
export const backoffDelay = (backoffMs: number, attemptsMade: number): number => backoffMs * 2 ** Math.max(0, attemptsMade - 1);
