import { Controller, Get, Inject, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Registry } from 'prom-client';
import { METRICS_REGISTRY } from '#platform';
import { Permission } from './auth.guard.js';
import { MetricsGuard } from './metrics.guard.js';

/** Prometheus text exposition: projection lag (read at scrape time) and the process's default metrics. */
@ApiTags('operations')
@ApiBearerAuth()
@UseGuards(MetricsGuard)
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(METRICS_REGISTRY) private readonly registry: Registry) {}

  @Get()
  @Permission('metrics')
  @ApiOperation({ operationId: 'Metrics', summary: 'Prometheus metrics (admin token or the METRICS_TOKEN scrape credential)' })
  async metrics(@Res() reply: FastifyReply): Promise<void> {
    const body = await this.registry.metrics();
    void reply.header('content-type', this.registry.contentType).send(body);
  }
}
