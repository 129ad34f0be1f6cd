import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { nameBasedUuid } from '#command-handling';
import { summarise, type DisputeCommand } from '#dispute';
import type { OnBehalfOf } from '#domain-core';
import { headerId, InvalidRequest } from '#platform';
import { IdempotencyStore, requestHash, type StoredResponse } from '#idempotency';
import type { AuthenticatedRequest } from './auth.guard.js';
import { ExecuteDisputeCommand } from './execute-dispute-command.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const capacities = ['agent', 'clerk', 'representative', 'guardian'] as const;

/** Zod's issues as problem+json fields: the path, the rule that failed, and why. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body ?? undefined);
  if (parsed.success) return parsed.data;
  throw new InvalidRequest(parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || '(body)', rule: issue.code, message: issue.message })));
}

export function disputeIdParam(value: string): string {
  if (!uuid.test(value)) throw new InvalidRequest([{ field: 'id', rule: 'format', message: 'must be a UUID' }]);
  return value.toLowerCase();
}

/** `If-Match: "7"` (or W/"7", or 7): the revision the caller last read. */
function expectedRevisionOf(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"?(-?\d{1,12})"?$/.exec(header.trim());
  if (!match) throw new InvalidRequest([{ field: 'If-Match', rule: 'format', message: 'must be the ETag of a read, e.g. "7"' }]);
  return Number(match[1]);
}

function onBehalfOf(request: AuthenticatedRequest): OnBehalfOf | undefined {
  const partyId = request.headers['on-behalf-of-party'];
  if (partyId === undefined) return undefined;
  const capacity = request.headers['on-behalf-of-capacity'] ?? 'agent';
  if (typeof partyId !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/.test(partyId)) {
    throw new InvalidRequest([{ field: 'On-Behalf-Of-Party', rule: 'format', message: 'must be a party id of this dispute' }]);
  }
  if (!capacities.includes(capacity as never)) throw new InvalidRequest([{ field: 'On-Behalf-Of-Capacity', rule: 'enum', message: `one of ${capacities.join(', ')}` }]);
  return { partyId, capacity: capacity as OnBehalfOf['capacity'] };
}

function idempotencyKeyOf(request: AuthenticatedRequest): string | undefined {
  const key = request.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || !/^[\x21-\x7e]{1,128}$/.test(key)) {
    throw new InvalidRequest([{ field: 'Idempotency-Key', rule: 'format', message: 'must be 1-128 visible ASCII characters' }]);
  }
  return key;
}

export const etagOf = (revision: number) => `"${revision}"`;

/**
 * The HTTP side of every command: concurrency (If-Match), idempotency (Idempotency-Key), attribution, and the answer
 * (201 with the new facts, or 200 when nothing changed), always carrying the revision and the global position.
 */
@Injectable()
export class CommandEndpoint {
  constructor(
    private readonly bus: CommandBus,
    private readonly idempotency: IdempotencyStore,
  ) {}

  /** The dispute id a registration will use: fixed by the Idempotency-Key, so a retried registration finds its case. */
  newDisputeId(request: AuthenticatedRequest): string {
    const key = idempotencyKeyOf(request);
    return key ? nameBasedUuid(`dispute/${request.actor.userId}/${key}`) : randomUUID();
  }

  async run(
    request: AuthenticatedRequest,
    reply: FastifyReply,
    disputeId: string,
    command: DisputeCommand,
    options: { completes?: 'caseNumber'; created?: boolean } = {},
  ): Promise<void> {
    const key = idempotencyKeyOf(request);
    const caller = request.actor.userId;
    const hash = requestHash(request.method, request.url, request.body);
    if (key) {
      const first = await this.idempotency.find(caller, key, hash);
      if (first) return this.send(reply, { ...first, headers: { ...first.headers, 'idempotent-replayed': 'true' } });
    }
    const commandId = key ? nameBasedUuid(`command/${caller}/${key}`) : randomUUID();
    const behalf = onBehalfOf(request);
    const outcome = await this.bus.execute(
      new ExecuteDisputeCommand({
        disputeId,
        commandId,
        command,
        actor: request.actor,
        requestId: String(request.id),
        // The same rule as the logs' correlation id (a safe id, never a personal number), so events and logs agree.
        correlationId: headerId(request, 'x-correlation-id') ?? String(request.id),
        expectedRevision: expectedRevisionOf(request.headers['if-match']),
        ...(behalf ? { onBehalfOf: behalf } : {}),
        ...(options.completes ? { completes: options.completes } : {}),
      }),
    );
    const changed = outcome.events.length > 0;
    const response: StoredResponse = {
      status: changed ? 201 : 200,
      headers: {
        etag: etagOf(outcome.revision),
        ...(outcome.position ? { 'x-position': outcome.position } : {}),
        ...(options.created ? { location: `/disputes/${disputeId}` } : {}),
      },
      body: {
        disputeId,
        revision: outcome.revision,
        position: outcome.position,
        changed,
        facts: outcome.events.map((event) => ({ type: event.type, summary: summarise(event) })),
      },
    };
    if (key) await this.idempotency.remember(caller, key, hash, response);
    return this.send(reply, response);
  }

  private send(reply: FastifyReply, response: StoredResponse): void {
    void reply.status(response.status).headers(response.headers).send(response.body);
  }
}
