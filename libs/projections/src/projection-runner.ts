import type { DataSource } from 'typeorm';
import type { EventStore, Position } from '#event-store';
import { START } from '#event-store';
import { applyBatch, CheckpointMoved } from './apply-batch.js';
import { batches } from './batches.js';
import { ProjectionLock } from './projection-lock.js';
import type { ProjectionDefinition } from './projection.js';

export interface ProjectionRunnerOptions {
  readonly batchSize?: number;
  /** How often a waiting runner tries to take the lock. */
  readonly lockRetryMs?: number;
  /** Stop once caught up (rebuilds), instead of following live appends. */
  readonly stopWhenCaughtUp?: boolean;
  readonly log?: (message: string, error?: unknown) => void;
  /** Fault injection for tests: runs inside each batch's transaction, before commit. */
  readonly beforeCommit?: (events: number) => Promise<void>;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Feeds one projection from the event store. Only the runner holding the projection's advisory lock applies
 * anything; a failed batch rolls back and is retried with backoff, so a poison event stalls (visibly, in the lag)
 * but never spins or skips.
 */
export class ProjectionRunner {
  private readonly stopping = new AbortController();
  private loop: Promise<void> | undefined;
  private active = false;

  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    private readonly definition: ProjectionDefinition,
    private readonly options: ProjectionRunnerOptions = {},
  ) {}

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

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.loop;
  }

  /** Resolves when the loop ends (stopWhenCaughtUp, or stop()). */
  get finished(): Promise<void> {
    return this.loop ?? Promise.resolve();
  }

  private async run(): Promise<void> {
    const log = this.options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
    let failures = 0;
    while (!this.stopping.signal.aborted) {
      const lock = await ProjectionLock.tryAcquire(this.connectionString(), this.definition.name).catch((error) => {
        log(`projection ${this.definition.name}: cannot reach the database for its lock`, error);
        return null;
      });
      if (!lock) {
        await sleep(this.options.lockRetryMs ?? 1_000, this.stopping.signal);
        continue;
      }
      this.active = true;
      try {
        const done = await this.follow(lock.lost.signal);
        failures = 0;
        if (done) return;
      } catch (error) {
        failures++;
        if (!(error instanceof CheckpointMoved)) log(`projection ${this.definition.name}: batch failed, retrying`, error);
        await sleep(Math.min(100 * 2 ** failures, 10_000), this.stopping.signal);
      } finally {
        this.active = false;
        await lock.release();
      }
    }
  }

  /** Applies batches until stopped, the lock is lost, or (rebuilds) caught up. True when finished for good. */
  private async follow(lockLost: AbortSignal): Promise<boolean> {
    const stop = AbortSignal.any([this.stopping.signal, lockLost]);
    const runner = this.dataSource.createQueryRunner();
    try {
      let checkpoint = await this.readCheckpoint();
      if (this.options.stopWhenCaughtUp) return await this.catchUp(runner, checkpoint, stop);
      const subscription = this.store.subscribe({ after: checkpoint, filter: this.definition.filter, signal: stop });
      try {
        for await (const batch of batches(subscription, this.options.batchSize ?? 500)) {
          if (stop.aborted) break;
          checkpoint = await applyBatch(runner, this.definition, batch, checkpoint, () => this.options.beforeCommit?.(batch.length) ?? Promise.resolve());
          await this.definition.sideEffects?.(batch);
        }
      } finally {
        await subscription.close();
      }
      return this.stopping.signal.aborted;
    } finally {
      await runner.release();
    }
  }

  private async catchUp(runner: ReturnType<DataSource['createQueryRunner']>, from: Position, stop: AbortSignal): Promise<boolean> {
    let checkpoint = from;
    while (!stop.aborted) {
      const batch = await this.store.readAll({ after: checkpoint, filter: this.definition.filter, maxCount: this.options.batchSize ?? 500 });
      if (batch.length === 0) return true;
      checkpoint = await applyBatch(runner, this.definition, batch, checkpoint);
    }
    return this.stopping.signal.aborted;
  }

  private async readCheckpoint(): Promise<Position> {
    const rows: { position: string }[] = await this.dataSource.query('SELECT position FROM projection_checkpoints WHERE name = $1', [
      this.definition.name,
    ]);
    return (rows[0]?.position ?? START) as Position;
  }

  private connectionString(): string {
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url) throw new Error('the projection runner needs a DataSource configured with a url');
    return url;
  }
}
