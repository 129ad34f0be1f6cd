import type { JobHandler, JobQueues, JobToAdd, ProcessOptions, QueueCounts, RunningJob } from './job-queues.js';
import { backoffDelay } from './job-queues.js';

type State = 'delayed' | 'waiting' | 'active' | 'completed' | 'failed';

interface Entry {
  readonly job: JobToAdd;
  state: State;
  attemptsMade: number;
  timer?: NodeJS.Timeout;
  settledAt?: number;
}

interface Consumer {
  readonly handler: JobHandler;
  readonly options: ProcessOptions;
  running: number;
}

/** setTimeout cannot wait longer than 2^31-1 ms (about 24.8 days); longer delays wait in steps. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * Embedded mode's driver: jobs live in this process's memory. What must survive a restart is re-added by the
 * caller's reconciler from PostgreSQL, exactly as after a flushed Redis in BullMQ mode.
 */
export class InProcessJobQueues implements JobQueues {
  readonly mode = 'in-process' as const;
  private readonly queues = new Map<string, Map<string, Entry>>();
  private readonly consumers = new Map<string, Consumer>();
  private readonly repeats: NodeJS.Timeout[] = [];
  private readonly running = new Set<Promise<void>>();
  private closed = false;

  constructor(
    private readonly options: { now?: () => number; keepDoneMs?: number } = {},
  ) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private entries(queue: string): Map<string, Entry> {
    let entries = this.queues.get(queue);
    if (!entries) this.queues.set(queue, (entries = new Map()));
    return entries;
  }

  async add<T>(queue: string, jobs: readonly JobToAdd<T>[]): Promise<void> {
    const entries = this.entries(queue);
    this.forgetOldDone(entries);
    for (const job of jobs) {
      if (entries.has(job.id)) continue;
      const entry: Entry = { job, state: 'delayed', attemptsMade: 0 };
      entries.set(job.id, entry);
      this.wait(queue, entry, job.delayMs ?? 0);
    }
  }

  async remove(queue: string, id: string): Promise<void> {
    const entries = this.entries(queue);
    const entry = entries.get(id);
    if (!entry || entry.state === 'active') return;
    clearTimeout(entry.timer);
    entries.delete(id);
  }

  async removeMany(queue: string, ids: readonly string[]): Promise<void> {
    for (const id of ids) await this.remove(queue, id);
  }

  process<T>(queue: string, handler: JobHandler<T>, options: ProcessOptions<T> = {}): void {
    this.consumers.set(queue, { handler: handler as JobHandler, options: options as ProcessOptions, running: 0 });
    this.drain(queue);
  }

  async repeat(queue: string, name: string, everyMs: number): Promise<void> {
    const tick = () => void this.add(queue, [{ name, data: {}, id: `${name}-${Math.floor(this.now() / everyMs)}` }]);
    this.repeats.push(setInterval(tick, everyMs).unref());
  }

  async counts(queue: string): Promise<QueueCounts> {
    const counts = { waiting: 0, delayed: 0, active: 0, completed: 0, failed: 0 };
    for (const entry of this.entries(queue).values()) counts[entry.state]++;
    return counts;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.repeats) clearInterval(timer);
    for (const entries of this.queues.values()) for (const entry of entries.values()) clearTimeout(entry.timer);
    await Promise.allSettled([...this.running]);
  }

  private wait(queue: string, entry: Entry, delayMs: number): void {
    if (this.closed) return;
    const dueAt = this.now() + Math.max(0, delayMs);
    const check = () => {
      const left = dueAt - this.now();
      if (left > 0) {
        entry.timer = setTimeout(check, Math.min(left, MAX_TIMEOUT_MS)).unref();
        return;
      }
      entry.state = 'waiting';
      this.drain(queue);
    };
    if (delayMs <= 0) {
      entry.state = 'waiting';
      queueMicrotask(() => this.drain(queue));
    } else entry.timer = setTimeout(check, Math.min(delayMs, MAX_TIMEOUT_MS)).unref();
  }

  private drain(queue: string): void {
    const consumer = this.consumers.get(queue);
    if (!consumer || this.closed) return;
    for (const entry of this.entries(queue).values()) {
      if (consumer.running >= (consumer.options.concurrency ?? 1)) return;
      if (entry.state === 'waiting') this.start(queue, consumer, entry);
    }
  }

  private start(queue: string, consumer: Consumer, entry: Entry): void {
    entry.state = 'active';
    consumer.running++;
    const running: RunningJob = { id: entry.job.id, name: entry.job.name, data: entry.job.data, attemptsMade: entry.attemptsMade };
    const run = (async () => {
      try {
        await consumer.handler(running);
        this.settle(entry, 'completed');
      } catch (caught) {
        const error = caught instanceof Error ? caught : new Error(String(caught));
        entry.attemptsMade++;
        const final = entry.attemptsMade >= (entry.job.attempts ?? 1);
        await Promise.resolve(consumer.options.onFailed?.(running, error, final)).catch(() => undefined);
        if (final) this.settle(entry, 'failed');
        else {
          entry.state = 'delayed';
          this.wait(queue, entry, backoffDelay(entry.job.backoffMs ?? 1_000, entry.attemptsMade));
        }
      } finally {
        consumer.running--;
        this.drain(queue);
      }
    })();
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
  }

  private settle(entry: Entry, state: 'completed' | 'failed'): void {
    entry.state = state;
    entry.settledAt = this.now();
  }

  /** Done jobs are remembered for a while so that re-adding their id stays a no-op, as in BullMQ. */
  private forgetOldDone(entries: Map<string, Entry>): void {
    const keep = this.options.keepDoneMs ?? 7 * 24 * 3600 * 1000;
    const now = this.now();
    for (const [id, entry] of entries) if (entry.settledAt !== undefined && now - entry.settledAt > keep) entries.delete(id);
  }
}
