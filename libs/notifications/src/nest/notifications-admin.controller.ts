import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AuthGuard, Permission, type AuthenticatedRequest } from '#dispute-http';
import { JOB_QUEUES, type JobQueues } from '#jobs';
import { InvalidRequest, NotFound } from '#platform';
import { noticeKinds } from '../notices.js';
import { channels, queueOf, type Outbox } from '../outbox.js';
import { REMINDER_QUEUE } from '../reminders.js';
import type { SubscriptionSecrets } from '../subscription-secrets.js';
import { OUTBOX, SUBSCRIPTION_SECRETS } from './notifications-core.module.js';

const parse = <T>(schema: z.ZodType<T>, value: unknown): T => {
  const parsed = schema.safeParse(value ?? undefined);
  if (parsed.success) return parsed.data;
  throw new InvalidRequest(parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || '(body)', rule: issue.code, message: issue.message })));
};

/** A path parameter, named in the problem when it is malformed. */
const param = <T>(name: string, schema: z.ZodType<T>, value: string): T => parse(z.object({ [name]: schema }), { [name]: value })[name] as T;

const deliveryId = z.string().regex(/^nd-[0-9a-f]{32}$/, 'must be a delivery id (nd-<32 hex digits>)');
const organisationId = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be an organisation id');
const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100), organisationId: organisationId.optional() }).strict();

const subscriptionShape = z
  .object({
    organisationId,
    channel: z.enum(channels),
    target: z.string().min(3).max(2000),
    kinds: z.array(z.enum(noticeKinds)).min(1).max(noticeKinds.length),
  })
  .strict();
const { $schema: _, ...subscriptionSchema } = z.toJSONSchema(subscriptionShape) as Record<string, unknown>;

const subscriptionBody = (production: boolean) =>
  subscriptionShape.superRefine((body, ctx) => {
      if (body.channel === 'email' && !z.email().safeParse(body.target).success)
        ctx.addIssue({ code: 'custom', path: ['target'], message: 'must be an e-mail address for the email channel' });
      if (body.channel === 'webhook') {
        let protocol = '';
        try {
          protocol = new URL(body.target).protocol;
        } catch {
          /* reported below */
        }
        const allowed = production ? ['https:'] : ['https:', 'http:'];
        if (!allowed.includes(protocol)) ctx.addIssue({ code: 'custom', path: ['target'], message: `must be an ${allowed.join(' or ')} URL for the webhook channel` });
      }
    });

const subscriptionExample = { organisationId: 'hz_commission', channel: 'webhook', target: 'https://commission.example/hooks/labour-disputes', kinds: ['reminder', 'handoff', 'expiry'] };

/** Dead letters, their replay, subscriptions and queue counts: the admin's view of notifications. */
@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(AuthGuard)
@Controller('admin/notifications')
export class NotificationsAdminController {
  constructor(
    @Inject(OUTBOX) private readonly outbox: Outbox,
    @Inject(JOB_QUEUES) private readonly queues: JobQueues,
    private readonly db: DataSource,
    private readonly config: ConfigService,
    @Inject(SUBSCRIPTION_SECRETS) private readonly secrets: SubscriptionSecrets,
  ) {}

  @Get('dead-letters')
  @Permission('admin-queues')
  @ApiOperation({ operationId: 'NotificationDeadLetters', summary: 'Deliveries that ran out of attempts or were refused by the receiver, newest first' })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'organisationId', required: false })
  async deadLetters(@Query() query: unknown) {
    const { limit, organisationId: organisation } = parse(listQuery, query);
    return { items: await this.outbox.deadLetters(limit, organisation) };
  }

  @Get('deliveries/:deliveryId')
  @Permission('admin-queues')
  @ApiOperation({ operationId: 'NotificationDelivery', summary: 'One delivery: its status, attempts, last error and who replayed it' })
  async delivery(@Param('deliveryId') id: string) {
    const found = await this.outbox.get(param('deliveryId', deliveryId, id));
    if (!found) throw new NotFound(`no delivery ${id}`);
    return { ...found, replayedBy: await this.outbox.replaysOf(found.delivery_id) };
  }

  @Post('dead-letters/:deliveryId/replay')
  @Permission('admin-queues')
  @HttpCode(202)
  @ApiOperation({ operationId: 'ReplayNotification', summary: 'Send a dead delivery again with fresh attempts (same X-Delivery-Id); records who replayed it' })
  async replay(@Param('deliveryId') id: string, @Req() request: AuthenticatedRequest) {
    const replayed = await this.outbox.replay(param('deliveryId', deliveryId, id), request.actor.userId);
    if (!replayed) throw new NotFound(`no dead delivery ${id}`);
    return replayed;
  }

  @Get('subscriptions')
  @Permission('notification-subscriptions')
  @ApiOperation({ operationId: 'NotificationSubscriptions', summary: 'Which organisations receive which notices, where (secrets are never shown again)' })
  @ApiQuery({ name: 'organisationId', required: false })
  async subscriptions(@Query() query: unknown) {
    const { organisationId: organisation } = parse(z.object({ organisationId: organisationId.optional() }).strict(), query);
    return {
      items: await this.db.query(
        `SELECT subscription_id::text AS "subscriptionId", organisation_id AS "organisationId", channel, target, kinds, created_by AS "createdBy", created_at AS "createdAt"
           FROM notification_subscriptions WHERE $1::text IS NULL OR organisation_id = $1 ORDER BY created_at, subscription_id`,
        [organisation ?? null],
      ),
    };
  }

  @Post('subscriptions')
  @Permission('notification-subscriptions')
  @ApiOperation({ operationId: 'CreateNotificationSubscription', summary: 'Subscribe an organisation to notices by webhook or e-mail; a webhook secret is returned once' })
  @ApiBody({ schema: subscriptionSchema, examples: { example: { value: subscriptionExample } } })
  async subscribe(@Body() body: unknown, @Req() request: AuthenticatedRequest) {
    const input = parse(subscriptionBody(this.config.get('NODE_ENV') === 'production'), body);
    // 32 random bytes: the receiver's HMAC key. Kept to sign with; shown to the admin only in this answer.
    // Sealed at rest (subscription-secrets.ts), bound to the subscription's id, which is why the id is chosen here.
    const secret = input.channel === 'webhook' ? `whsec_${randomBytes(32).toString('hex')}` : null;
    const id = randomUUID();
    const [row] = await this.db.query(
      `INSERT INTO notification_subscriptions (subscription_id, organisation_id, channel, target, secret_sealed, kinds, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (organisation_id, channel, target) DO NOTHING RETURNING subscription_id::text AS "subscriptionId"`,
      [id, input.organisationId, input.channel, input.target, secret ? this.secrets.seal(id, secret) : null, input.kinds, request.actor.userId],
    );
    if (!row)
      throw new InvalidRequest([{ field: 'target', rule: 'subscriptionExists', message: `${input.organisationId} already has a ${input.channel} subscription to this target` }]);
    return { subscriptionId: row.subscriptionId, ...input, ...(secret ? { secret } : {}) };
  }

  @Delete('subscriptions/:subscriptionId')
  @Permission('notification-subscriptions')
  @HttpCode(204)
  @ApiOperation({ operationId: 'DeleteNotificationSubscription', summary: 'End a subscription; its pending deliveries go to the dead letters' })
  async unsubscribe(@Param('subscriptionId') id: string) {
    const subscriptionId = param('subscriptionId', z.uuid('must be a UUID'), id);
    const [, count] = await this.db.query(`DELETE FROM notification_subscriptions WHERE subscription_id = $1`, [subscriptionId]);
    if (!count) throw new NotFound(`no subscription ${subscriptionId}`);
  }

  @Get('queues')
  @Permission('admin-queues')
  @ApiOperation({ operationId: 'NotificationQueues', summary: 'Jobs per notification queue, and the outbox by status (the Bull Board at /admin/queues needs Redis)' })
  async queueCounts() {
    const names = [...channels.map(queueOf), REMINDER_QUEUE];
    const outbox: { status: string; count: number }[] = await this.db.query(`SELECT status, count(*)::int AS count FROM notification_deliveries GROUP BY status ORDER BY status`);
    return {
      mode: this.queues.mode,
      queues: Object.fromEntries(await Promise.all(names.map(async (name) => [name, await this.queues.counts(name)] as const))),
      outbox: Object.fromEntries(outbox.map((row) => [row.status, row.count])),
    };
  }
}
