import { Controller, Get, Inject, Param, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { authorize, type Action } from '#auth';
import { disputeStream, type EventStore } from '#event-store';
import { EVENT_STORE, Forbidden, NotFound } from '#platform';
import { caseScopeOf, ensureCaseAccess } from '../case-scope.js';
import { AuthGuard, Permission, type AuthenticatedRequest } from './auth.guard.js';
import { disputeIdParam } from './command-endpoint.js';

const POLL_MS = 250;
/** A Map, not an object literal: `/live/dashboards/constructor` must not find Object.prototype's constructor. */
const dashboards = new Map<string, Action>([
  ['mediation', 'mediation-dashboard'],
  ['arbitration', 'arbitration-dashboard'],
  ['court', 'court-dashboard'],
]);
const HEARTBEAT_MS = 15_000;

/**
 * Server-Sent Events. Each message's id is where the read model stood when it was sent, so a client that reconnects
 * with Last-Event-ID gets everything after it: nothing is missed, and a message repeats at worst.
 */
@ApiTags('live')
@ApiBearerAuth()
@UseGuards(AuthGuard)
@Controller('live')
export class LiveUpdatesController {
  constructor(
    private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get('disputes/:id')
  @Permission('case')
  @ApiOperation({ operationId: 'LiveDispute', summary: 'SSE: each new fact of the case once the case summary includes it (id = revision)' })
  async dispute(@Req() request: AuthenticatedRequest, @Res() reply: FastifyReply, @Param('id') id: string): Promise<void> {
    const disputeId = disputeIdParam(id);
    const history = await this.store.readStream(disputeStream(disputeId));
    if (history.length === 0) throw new NotFound(`dispute ${disputeId} not found`);
    ensureCaseAccess(request.actor, 'case', disputeId, caseScopeOf(history));
    let sent = Number(lastEventId(request) ?? -1);
    if (!Number.isInteger(sent)) sent = -1;
    await this.stream(request, reply, async (write) => {
      const rows: { revision: number }[] = await this.db.query('SELECT revision FROM case_summaries WHERE dispute_id = $1', [disputeId]);
      const projected = rows[0]?.revision ?? -1;
      if (projected <= sent) return;
      const events = await this.store.readStream(disputeStream(disputeId), { from: sent + 1 });
      for (const event of events.filter((e) => e.revision <= projected)) {
        write(String(event.revision), 'fact', { revision: event.revision, type: event.type, summary: (event.metadata as { summary?: string }).summary });
        sent = event.revision;
      }
    });
  }

  @Get('dashboards/:name')
  @Permission('case-list')
  @ApiOperation({ operationId: 'LiveDashboard', summary: 'SSE: a "changed" message whenever the read models move past the last one you saw (id = position); refetch the dashboard' })
  async dashboard(@Req() request: AuthenticatedRequest, @Res() reply: FastifyReply, @Param('name') name: string): Promise<void> {
    const action = dashboards.get(name);
    if (!action) throw new NotFound(`no dashboard named ${name}`);
    const verdict = authorize(request.actor, action);
    if (!verdict.allowed) throw new Forbidden(verdict.missingPermission, `a ${request.actor.role} may not read ${action}`);
    let seen = lastEventId(request) ?? '';
    await this.stream(request, reply, async (write) => {
      const rows: { position: string }[] = await this.db.query(`SELECT min(position) AS position FROM projection_checkpoints WHERE name IN ('case_summary', 'case_deadlines')`);
      const position = rows[0]?.position ?? '';
      if (position && position > seen) {
        write(position, 'changed', { dashboard: name, position });
        seen = position;
      }
    });
  }

  private async stream(request: AuthenticatedRequest, reply: FastifyReply, poll: (write: (id: string, event: string, data: unknown) => void) => Promise<void>) {
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    raw.write('retry: 1000\n\n');
    let open = true;
    request.raw.on('close', () => (open = false));
    const write = (id: string, event: string, data: unknown) => raw.write(`id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    let lastBeat = Date.now();
    while (open) {
      try {
        await poll(write);
      } catch {
        raw.write(`event: error\ndata: {"detail":"temporarily unavailable; reconnect with Last-Event-ID"}\n\n`);
        break;
      }
      if (Date.now() - lastBeat > HEARTBEAT_MS) {
        raw.write(': heartbeat\n\n');
        lastBeat = Date.now();
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    raw.end();
  }
}

const lastEventId = (request: AuthenticatedRequest) => {
  const header = request.headers['last-event-id'];
  return typeof header === 'string' && header.length <= 100 ? header : undefined;
};
