import { Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Action } from '#auth';
import { foldRecorded } from '#command-handling';
import { disputeDecider } from '#dispute';
import { disputeStream, type EventStore, type RecordedEvent } from '#event-store';
import type { PersonalDataVault } from '#personal-data';
import { CLOCK, EVENT_STORE, NotFound, type Clock } from '#platform';
import { buildCaseExport, loadExportSigner } from '#case-export';
import { endOfLegalDay, legalDateOf } from '#calendar';
import { caseOverview, courtCoversCase } from '#read-models';
import { DataSource } from 'typeorm';
import { ConfigService } from '@nestjs/config';
import { caseScopeOf, ensureCaseAccess } from '../case-scope.js';
import { legalDate, text } from '../schemas.js';
import { AuthGuard, Permission, type AuthenticatedRequest } from './auth.guard.js';
import { disputeIdParam, etagOf, parseBody } from './command-endpoint.js';
import { VAULT } from './tokens.js';


/** The purpose is shown in the reveal log: the free-text rule (no personal numbers in it) applies. */
const revealBody = z.object({ field: z.enum(['idNumber', 'phone', 'address']), purpose: text(500).pipe(z.string().min(5)) }).strict();

@ApiTags('queries')
@ApiBearerAuth()
@UseGuards(AuthGuard)
@Controller('disputes')
export class DisputeQueriesController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(VAULT) private readonly vault: PersonalDataVault,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly config: ConfigService,
    private readonly db: DataSource,
  ) {}

  private readonly signer = loadExportSigner(process.env);

  @Get(':id')
  @Permission('case')
  @ApiOperation({ operationId: 'GetDispute', summary: 'The case as it stands, or as it stood at the end of a day (`asOf`)' })
  @ApiQuery({ name: 'asOf', required: false, description: 'YYYY-MM-DD: fold the facts recorded up to the end of that day (Asia/Shanghai)' })
  async get(@Req() request: AuthenticatedRequest, @Res() reply: FastifyReply, @Param('id') id: string, @Query('asOf') asOf?: string): Promise<void> {
    const day = asOf === undefined ? undefined : parseBody(z.object({ asOf: legalDate }), { asOf }).asOf;
    const history = await this.readable(request, disputeIdParam(id), 'case');
    const until = day === undefined ? undefined : endOfLegalDay(day, this.config.get<string>('LEGAL_TIME_ZONE'));
    const facts = until ? history.filter((e) => e.recordedAt < until) : history;
    const state = foldRecorded(disputeDecider, facts);
    const revision = facts.length - 1;
    void reply.header('etag', etagOf(history.length - 1)).send({ disputeId: id.toLowerCase(), revision, ...(asOf ? { asOf } : {}), overview: caseOverview(state), case: state });
  }

  @Get(':id/history')
  @Permission('history')
  @ApiOperation({ operationId: 'GetDisputeHistory', summary: 'Every fact of the case in order: when, who, for whom, what (paged by revision)' })
  @ApiQuery({ name: 'after', required: false, description: 'cursor: the revision after which to continue' })
  @ApiQuery({ name: 'limit', required: false, description: '1 to 200, default 50' })
  async history(@Req() request: AuthenticatedRequest, @Param('id') id: string, @Query('after') after?: string, @Query('limit') limit?: string) {
    const page = parseBody(
      z.object({ after: z.coerce.number().int().min(-1).default(-1), limit: z.coerce.number().int().min(1).max(200).default(50) }),
      { after, limit },
    );
    const history = await this.readable(request, disputeIdParam(id), 'history');
    const items = history.filter((e) => e.revision > page.after).slice(0, page.limit);
    const last = items.at(-1);
    return {
      disputeId: id.toLowerCase(),
      items: items.map((e) => {
        const meta = e.metadata as Record<string, unknown>;
        return { revision: e.revision, type: e.type, recordedAt: e.recordedAt.toISOString(), summary: meta['summary'], actor: meta['actor'], onBehalfOf: meta['onBehalfOf'], data: e.data };
      }),
      next: last && last.revision < history.length - 1 ? String(last.revision) : null,
    };
  }

  @Get(':id/export')
  @Permission('history')
  @ApiOperation({ operationId: 'ExportDisputeHistory', summary: 'The whole history as a signed, hash-chained document; verify offline with `npm run verify-export`' })
  async export(@Req() request: AuthenticatedRequest, @Param('id') id: string) {
    const disputeId = disputeIdParam(id);
    const history = await this.readable(request, disputeId, 'history');
    const { userId, role, organisationId } = request.actor;
    return buildCaseExport({ disputeId, events: history, exportedAt: this.clock.now(), exportedBy: { userId, role, organisationId }, signer: this.signer });
  }

  @Post(':id/parties/:partyId/reveal')
  @HttpCode(200)
  @Permission('reveal-personal-data')
  @ApiOperation({ operationId: 'RevealPersonalData', summary: "Reveal a party's ID number, phone or address, with a stated purpose; every reveal is recorded" })
  @ApiBody({ schema: z.toJSONSchema(revealBody, { io: 'input' }) as never, examples: { example: { value: { field: 'idNumber', purpose: 'service of the arbitration notice' } } } })
  async reveal(@Req() request: AuthenticatedRequest, @Param('id') id: string, @Param('partyId') partyId: string) {
    const body = parseBody(revealBody, request.body);
    const history = await this.readable(request, disputeIdParam(id), 'reveal-personal-data');
    const registered = history.find((e) => e.type === 'DisputeRegistered')?.data as { parties: { partyId: string; personId?: string }[] } | undefined;
    const personId = registered?.parties.find((p) => p.partyId === partyId)?.personId;
    if (!personId) throw new NotFound(`party ${partyId} has no personal data in dispute ${id}`);
    const value = await this.vault.reveal(personId, body.field, { actor: request.actor, purpose: `${body.purpose} (dispute ${id})` });
    return { partyId, field: body.field, value };
  }

  private async readable(request: AuthenticatedRequest, disputeId: string, action: Action): Promise<RecordedEvent[]> {
    const history = await this.store.readStream(disputeStream(disputeId));
    if (history.length === 0) throw new NotFound(`dispute ${disputeId} not found`);
    const scope = caseScopeOf(history);
    const { actor } = request;
    // A court may read (not reveal) the cases its jurisdiction may receive, as its dashboard shows them.
    const mayComeToCourt =
      actor.orgKind === 'court' && action !== 'reveal-personal-data' && !scope.courtIds.includes(actor.organisationId) &&
      (await courtCoversCase(this.db, actor.organisationId, disputeId, legalDateOf(this.clock.now())));
    ensureCaseAccess(actor, action, disputeId, mayComeToCourt ? { ...scope, courtIds: [...scope.courtIds, actor.organisationId] } : scope);
    return history;
  }

}
