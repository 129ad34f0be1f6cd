import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConfigService } from '@nestjs/config';
import type { DataSource } from 'typeorm';
import type { Redis } from 'ioredis';
import type { EventStore } from '#event-store';
import type { AppConfigService } from '../config.module.js';
import { EVENT_STORE, PROJECTIONS, REDIS } from '../tokens.js';

/** What the health endpoint needs of the projections: each one's lag. */
export interface ProjectionLagSource {
  lag(): Promise<readonly { name: string; checkpoint: string; head: string; secondsBehind: number; eventsBehind: number; active: boolean; rebuilding: boolean }[]>;
}

const TIMEOUT_MS = 2_000;

/** Public by design (load balancers, orchestrators): reveals states and lag, never data. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(REDIS) private readonly redis: Redis | null,
    // A type alias carries no runtime token: name the class for the injector.
    @Inject(ConfigService) private readonly config: AppConfigService,
    @Optional() @Inject(PROJECTIONS) private readonly projections?: ProjectionLagSource,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Liveness: the process is up' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: database, Redis, event store and projection lag' })
  ready() {
    const maxLag = this.config.get('PROJECTION_MAX_LAG_SECONDS', { infer: true });
    return this.health.check([
      () => this.indicator.check('database').attempt(() => this.dataSource.query('SELECT 1').then(() => undefined)).withTimeout(TIMEOUT_MS),
      () =>
        this.indicator
          .check('redis')
          .attempt(async () => {
            if (!this.redis) return { mode: 'not configured: timers and notifications run in process' };
            if (this.redis.status === 'wait') await this.redis.connect();
            await this.redis.ping();
          })
          .withTimeout(TIMEOUT_MS),
      () => this.indicator.check('eventStore').attempt(async () => ({ head: await this.eventStore.headPosition() })).withTimeout(TIMEOUT_MS),
      async () => {
        const session = this.indicator.check('projections');
        if (!this.projections) return session.up({ message: 'no projections in this process' });
        const lag = await this.projections.lag().catch((error: Error) => error);
        if (lag instanceof Error) return session.down({ message: `lag unknown: ${lag.message}` });
        const behind = lag.filter((p) => p.secondsBehind > maxLag);
        const detail = Object.fromEntries(lag.map(({ name, ...status }) => [name, status]));
        return behind.length ? session.down({ ...detail, maxLagSeconds: maxLag }) : session.up(detail);
      },
    ]);
  }
}
