import { Controller, Get, Inject, Query, Req, UseGuards } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { authorize, type Action, type AuthenticatedActor, type Scope } from '#auth';
import { legalDateOf } from '#calendar';
import type { PersonalDataVault } from '#personal-data';
import { CLOCK, Forbidden, InvalidRequest, NotYetVisible, type Clock } from '#platform';
import { arbitrationDashboard, courtDashboard, InvalidCursor, listCases, mediationDashboard, preparedQueries, statistics, type Queryable, type RowScope } from '#read-models';
import { id, legalDate } from '../schemas.js';
import { AuthGuard, Permission, type AuthenticatedRequest } from './auth.guard.js';
import { parseBody } from './command-endpoint.js';
import { VAULT } from './tokens.js';

/**
 * A command's X-Position as the event stores write it (zero-padded digits, `:` or `/`, digits). Anything else sorts
 * after every real position, so without this check a typo waited 2 s and answered 503 instead of 400.
 */
const position = z.string().regex(/^\d{20}[:/]\d{20}$/, "must be an X-Position a command answered with");

const listQuery = z
  .object({
    stage: z.enum(['intake', 'mediation', 'arbitration', 'litigation', 'closed']).optional(),
    status: z.string().regex(/^[a-z_]{1,40}$/).optional(),
    assignee: id.optional(),
    claimType: z.string().regex(/^[a-z_]{1,40}$/).optional(),
    employer: z.string().trim().min(1).max(100).optional(),
    q: z.string().trim().min(1).max(100).optional(),
    registeredFrom: legalDate.optional(),
    registeredTo: legalDate.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
    minPosition: position.optional(),
  })
  .strict();

const READ_YOUR_WRITES_WAIT_MS = 2000;

/** Lists, dashboards and statistics, from the read models, filtered to what the caller's organisation may see. */
@ApiTags('queries')
@ApiBearerAuth()
@UseGuards(AuthGuard)
@Controller()
export class ReadModelsController {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(VAULT) private readonly vault: PersonalDataVault,
    config: ConfigService,
  ) {
    this.dashboards = preparedQueries(db, config.get<boolean>('DATABASE_PREPARED_STATEMENTS') !== false);
  }

  private readonly dashboards: Queryable;

  @Get('disputes')
  @Permission('case-list')
  @ApiOperation({ operationId: 'ListDisputes', summary: 'Cases of your organisation, filtered and searched, newest first, paged by cursor' })
  @ApiQuery({ name: 'minPosition', required: false, description: "a command's X-Position: wait until the list includes it (503 with Retry-After if not within 2 s)" })
  async list(@Req() request: AuthenticatedRequest, @Query() query: Record<string, string>) {
    const filter = parseBody(listQuery, query);
    const scope = rowScope(request.actor, 'case-list');
    await this.caughtUp(['case_summary'], filter.minPosition ?? minPositionHeader(request));
    try {
      return await listCases(this.db, scope, filter);
    } catch (error) {
      if (error instanceof InvalidCursor) throw new InvalidRequest([{ field: 'cursor', rule: 'format', message: error.message }]);
      throw error;
    }
  }

  @Get('dashboards/mediation')
  @Permission('mediation-dashboard')
  @ApiOperation({ operationId: 'MediationDashboard', summary: "The mediation body's open cases, sessions this week, closing windows, agreements" })
  async mediation(@Req() request: AuthenticatedRequest, @Query('mediatorId') mediatorId?: string, @Query('minPosition') minPosition?: string) {
    await this.caughtUp(['case_summary', 'case_deadlines'], positionParam(minPosition) ?? minPositionHeader(request));
    return mediationDashboard(this.dashboards, rowScope(request.actor, 'mediation-dashboard'), this.today(), mediatorId && parseBody(z.object({ mediatorId: id }), { mediatorId }).mediatorId);
  }

  @Get('dashboards/arbitration')
  @Permission('arbitration-dashboard')
  @ApiOperation({ operationId: 'ArbitrationDashboard', summary: "The commission's acceptances, tribunals, hearings, awards due and overdue, suspensions" })
  async arbitration(@Req() request: AuthenticatedRequest, @Query('arbitratorId') arbitratorId?: string, @Query('minPosition') minPosition?: string) {
    await this.caughtUp(['case_summary', 'case_deadlines'], positionParam(minPosition) ?? minPositionHeader(request));
    return arbitrationDashboard(this.dashboards, rowScope(request.actor, 'arbitration-dashboard'), this.today(), arbitratorId && parseBody(z.object({ arbitratorId: id }), { arbitratorId }).arbitratorId);
  }

  @Get('dashboards/court')
  @Permission('court-dashboard')
  @ApiOperation({ operationId: 'CourtDashboard', summary: 'Suits, annulments, effective awards, enforcement and payment orders at your court' })
  async court(@Req() request: AuthenticatedRequest, @Query('minPosition') minPosition?: string) {
    await this.caughtUp(['case_summary', 'case_deadlines'], positionParam(minPosition) ?? minPositionHeader(request));
    return courtDashboard(this.dashboards, rowScope(request.actor, 'court-dashboard'), this.today());
  }

  @Get('statistics')
  @Permission('statistics')
  @ApiOperation({ operationId: 'Statistics', summary: 'Aggregate figures as defined in docs/statistics.md (versioned); no case detail' })
  @ApiQuery({ name: 'from', required: true })
  @ApiQuery({ name: 'to', required: true })
  @ApiQuery({ name: 'region', required: false, description: 'administrative division prefix, e.g. 3301' })
  async statistics(@Query() query: Record<string, string>) {
    const filter = parseBody(z.object({ from: legalDate, to: legalDate, region: z.string().regex(/^\d{2,6}$/).optional() }).strict(), query);
    return statistics(this.db, filter);
  }

  @Get('admin/reveals')
  @Permission('reveal-log')
  @ApiOperation({ operationId: 'RevealLog', summary: 'Who revealed which personal data, when and why' })
  async reveals(@Req() request: AuthenticatedRequest, @Query('limit') limit?: string) {
    const page = parseBody(z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }), { limit }).limit;
    // A body's or commission's administrator sees the reveals its own staff made, never another organisation's.
    const scope = rowScope(request.actor, 'reveal-log');
    return { items: await this.vault.reveals({ limit: page, ...(scope.kind === 'all' ? {} : { actorOrganisationId: scope.organisationId }) }) };
  }

  private today(): string {
    return legalDateOf(this.clock.now());
  }

  /** Read-your-writes: a caller that just wrote waits (briefly) until the read models include its write. */
  private async caughtUp(projections: readonly string[], position: string | undefined): Promise<void> {
    if (!position) return;
    const deadline = Date.now() + READ_YOUR_WRITES_WAIT_MS;
    for (;;) {
      const rows: { position: string }[] = await this.db.query('SELECT position FROM projection_checkpoints WHERE name = ANY($1)', [projections]);
      if (rows.length === projections.length && rows.every((r) => r.position >= position)) return;
      if (Date.now() > deadline) throw new NotYetVisible(1);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

const positionParam = (value: string | undefined) => (value === undefined ? undefined : parseBody(z.object({ minPosition: position }), { minPosition: value }).minPosition);

const minPositionHeader = (request: AuthenticatedRequest) => {
  const value = request.headers['x-min-position'];
  if (typeof value !== 'string') return undefined;
  return parseBody(z.object({ 'X-Min-Position': position }), { 'X-Min-Position': value })['X-Min-Position'];
};

/** The permission table's scope for a collection view, as the rows the caller may see. */
function rowScope(actor: AuthenticatedActor, action: Action): RowScope {
  const verdict = authorize(actor, action);
  if (!verdict.allowed) throw new Forbidden(verdict.missingPermission, `a ${actor.role} may not read ${action}`);
  const scope: Scope = verdict.scope;
  switch (scope) {
    case 'any':
    case 'aggregate-only':
      return { kind: 'all' };
    case 'mediation_body':
    case 'arbitration_commission':
    case 'court':
      return { kind: scope, organisationId: actor.organisationId };
    case 'intake':
      throw new Forbidden(`view:${action}`, 'intake is not a reading scope');
    default: {
      const never: never = scope;
      return never;
    }
  }
}
