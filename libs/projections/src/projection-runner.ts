import type { DataSource } from 'typeorm';
import { comparePositions, type EventStore, type Position, type RecordedEvent } from '#event-store';
import { applyBatch } from './apply-batch.js';
import { batches } from './batches.js';
import { advanceEffects, CheckpointMoved, ensureCheckpoint, LockLost, type Checkpoint } from './checkpoints.js';
import { connectionConfig, ProjectionLock } from './projection-lock.js';
import type { ProjectionDefinition, ProjectionLog } from './projection.js';

export interface ProjectionRunnerOptions {
  /** Most events per batch (one transaction each). */
  readonly batchSize?: number;
  /** How often a waiting runner tries to take the lock. */
  readonly lockRetryMs?: number;
  /** First wait after a failed batch; doubles with each further failure, up to `maxRetryMs`. */
  readonly retryMs?: number;
  readonly maxRetryMs?: number;
  readonly log?: ProjectionLog;
  /** Fault injection for tests: runs inside each batch's transaction after its writes, before commit. */
  readonly beforeCommit?: (events: readonly RecordedEvent[]) => Promise<void>;
}

/** A batch that could not be applied; its transaction was rolled back. Says which event when it was alone. */
export class BatchFailed extends Error {
  override readonly name = 'BatchFailed';
  constructor(projection: string, events: readonly RecordedEvent[], cause: unknown) {
    const first = events[0]!;
    const what =
      events.length === 1
        ? `event ${first.id} (${first.type}, ${first.stream}@${first.revision}, position ${first.position})`
        : `${events.length} events from position ${first.position} to ${events.at(-1)!.position}`;
    super(`projection ${projection}: applying ${what} failed: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });

const defaultLog: ProjectionLog = (message, error) => console.error(message, error ?? '');

/**
 * Feeds one projection from the event store. Only the instance holding the projection's advisory lock applies
 * anything; the others wait to take over. A failed batch rolls back and is retried with backoff, its events then one
 * at a time, so a poison event stalls the projection just before itself (visible in the lag) but never spins, and
 * is never skipped.
 */
export class ProjectionRunner {
  private readonly stopping = new AbortController();
  private loop: Promise<void> | undefined;
  private active = false;
  private failures = 0;
  /** After a failed batch, events up to its last are applied one per transaction to isolate the bad one. */
  private isolateUntil: Position | undefined;
  private readonly batchSize: number;
  private readonly log: ProjectionLog;

  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    private readonly definition: ProjectionDefinition,
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.log = options.log ?? defaultLog;
  }

  get name(): string {
    return this.definition.name;
  }

  /** Whether this instance holds the lock and is applying events. */
  get isActive(): boolean {
    return this.active;
  }

  start(): void {
    this.loop ??= this.run();
  }

  /** Finishes the batch in hand, then lets the lock go. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      const lock = await this.acquire();
      if (!lock) return;
      this.active = true;
      let lost = false;
      try {
        await this.applyWhileHolding(lock);
      } finally {
        lost = lock.lost.aborted;
        this.active = false;
        await lock.release();
      }
      // A runner whose session died steps back for a moment, so a healthy waiting one can take over.
      if (lost) await sleep(this.options.lockRetryMs ?? 1_000, this.stopping.signal);
    }
  }

  private async acquire(): Promise<ProjectionLock | null> {
    const config = connectionConfig(this.dataSource);
    while (!this.stopping.signal.aborted) {
      try {
        const lock = await ProjectionLock.tryAcquire(config, this.definition.name);
        if (lock) return lock;
      } catch (error) {
        this.log(`projection ${this.definition.name}: cannot reach the database to take its lock`, error);
      }
      await sleep(this.options.lockRetryMs ?? 1_000, this.stopping.signal);
    }
    return null;
  }

  /** Returns when stopping, when the lock is lost, or when the checkpoint moved under it (then: re-acquire). */
  private async applyWhileHolding(lock: ProjectionLock): Promise<void> {
    const signal = AbortSignal.any([this.stopping.signal, lock.lost]);
    while (!signal.aborted) {
      try {
        await this.follow(lock, signal);
      } catch (error) {
        if (signal.aborted || error instanceof CheckpointMoved || error instanceof LockLost) return;
        this.failures++;
        const delay = Math.min((this.options.retryMs ?? 250) * 2 ** (this.failures - 1), this.options.maxRetryMs ?? 30_000);
        this.log(`projection ${this.definition.name}: failed (attempt ${this.failures}), retrying in ${delay} ms`, error);
        await sleep(delay, signal);
      }
    }
  }

  private async follow(lock: ProjectionLock, signal: AbortSignal): Promise<void> {
    const stored = await ensureCheckpoint(this.dataSource, this.definition.name);
    if (this.definition.sideEffects) await this.runMissedSideEffects(stored, signal);
    let checkpoint = stored.position;
    const subscription = this.store.subscribe({ after: checkpoint, filter: this.definition.filter, signal });
    try {
      for await (const batch of batches(subscription, () => this.batchLimit(checkpoint))) {
        if (signal.aborted) break;
        checkpoint = await this.apply(batch, checkpoint, lock);
        await this.runSideEffects(batch, checkpoint, signal);
        this.failures = 0;
      }
    } finally {
      await subscription.close();
    }
  }

  private batchLimit(checkpoint: Position): number {
    if (this.isolateUntil && comparePositions(checkpoint, this.isolateUntil) < 0) return 1;
    this.isolateUntil = undefined;
    return this.batchSize;
  }

  private async apply(batch: readonly RecordedEvent[], checkpoint: Position, lock: ProjectionLock): Promise<Position> {
    const tx = this.dataSource.createQueryRunner();
    try {
      return await applyBatch(tx, this.definition, batch, { expected: checkpoint, fence: lock.fence, beforeCommit: this.options.beforeCommit });
    } catch (error) {
      if (error instanceof CheckpointMoved || error instanceof LockLost) throw error;
      if (batch.length > 1) this.isolateUntil = batch.at(-1)!.position;
      throw new BatchFailed(this.definition.name, batch, error);
    } finally {
      await tx.release();
    }
  }

  private async runSideEffects(events: readonly RecordedEvent[], through: Position, signal: AbortSignal): Promise<void> {
    if (!this.definition.sideEffects) return;
    await this.definition.sideEffects(events, { projection: this.definition.name, signal });
    await advanceEffects(this.dataSource, this.definition.name, through);
  }

  /** Side effects of events already applied whose effects did not finish (a crash, or events a rebuild applied). */
  private async runMissedSideEffects(checkpoint: Checkpoint, signal: AbortSignal): Promise<void> {
    let from = checkpoint.effectsPosition;
    while (!signal.aborted && comparePositions(from, checkpoint.position) < 0) {
      const page = await this.store.readAll({ after: from, filter: this.definition.filter, maxCount: this.batchSize });
      const events = page.filter((event) => comparePositions(event.position, checkpoint.position) <= 0);
      const last = events.at(-1);
      if (!last) return;
      await this.runSideEffects(events, last.position, signal);
      from = last.position;
    }
  }
}
