import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { EventStore, RecordedEvent } from '#event-store';
import { DEADLINE_SIDE_EFFECTS, DeadlineTimersModule, type DeadlineSideEffects } from '#deadline-timers';
import { ProjectionRunner, type ProjectionDefinition } from '#projections';
import { EVENT_STORE, PROJECTION_DEFINITIONS } from '#platform';

/**
 * Starts one runner per projection. Several workers may run this: each projection's advisory lock lets one apply
 * while the others wait to take over.
 */
@Injectable()
export class ProjectionsWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('projections');
  private runners: ProjectionRunner[] = [];

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROJECTION_DEFINITIONS) private readonly definitions: readonly ProjectionDefinition[],
    @Inject(DEADLINE_SIDE_EFFECTS) private readonly deadlineSideEffects: DeadlineSideEffects,
  ) {}

  onApplicationBootstrap(): void {
    // Timers follow the deadlines read model: its committed rows move the BullMQ jobs (never during a rebuild).
    const withTimers = this.definitions.map((definition) =>
      definition.name === 'case_deadlines' ? { ...definition, sideEffects: (events: readonly RecordedEvent[]) => this.deadlineSideEffects(events) } : definition,
    );
    this.runners = withTimers.map(
      (definition) =>
        new ProjectionRunner(this.store, this.dataSource, definition, {
          log: (message, error) => this.logger.error({ err: error }, message),
        }),
    );
    for (const runner of this.runners) runner.start();
    this.logger.log(`running projections: ${this.definitions.map((d) => d.name).join(', ')}`);
  }

  // Runners stop before the platform closes the store and the database (Nest calls shutdown hooks in reverse order).
  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
  }
}

@Module({ imports: [DeadlineTimersModule], providers: [ProjectionsWorker] })
export class ProjectionsWorkerModule {}
