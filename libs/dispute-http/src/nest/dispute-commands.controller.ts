import { Controller, Param, Post, Req, Res, UseGuards, applyDecorators, HttpCode } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { DisputeCommand } from '#dispute';
import type { CommandRoute } from '../command-route.js';
import { commandRoutes } from '../routes/index.js';
import { AuthGuard, Permission, type AuthenticatedRequest } from './auth.guard.js';
import { CommandEndpoint, disputeIdParam, parseBody } from './command-endpoint.js';
import { commandHeaders, commandResponses } from './openapi.js';

/**
 * One POST route per command, generated from the route table: the zod schema that validates the body is the one the
 * OpenAPI document shows, so the two cannot drift.
 */
@ApiTags('commands')
@ApiBearerAuth()
@UseGuards(AuthGuard)
@Controller('disputes')
export class DisputeCommandsController {
  constructor(readonly endpoint: CommandEndpoint) {}
}

type Handler = (this: DisputeCommandsController, request: AuthenticatedRequest, reply: FastifyReply, id: string) => Promise<void>;

function handlerFor(route: CommandRoute): Handler {
  return async function (request, reply, id) {
    const disputeId = disputeIdParam(id);
    const data = parseBody(route.body, request.body);
    const command = { type: route.command, data } as DisputeCommand;
    await this.endpoint.run(request, reply, disputeId, command, route.completes ? { completes: route.completes } : {});
  };
}

for (const route of commandRoutes) {
  const prototype = DisputeCommandsController.prototype as unknown as Record<string, Handler>;
  prototype[route.command] = handlerFor(route);
  const descriptor = Object.getOwnPropertyDescriptor(prototype, route.command)!;
  applyDecorators(
    Post(`:id${route.path}`),
    HttpCode(201),
    Permission(route.command),
    ApiOperation({ operationId: route.command, summary: route.summary }),
    ApiParam({ name: 'id', description: 'the dispute id (UUID)', schema: { type: 'string', format: 'uuid' } }),
    ApiBody({ schema: z.toJSONSchema(route.body, { io: 'input', unrepresentable: 'any' }) as never, examples: { example: { value: route.example } } }),
    ...commandHeaders,
    ...commandResponses,
  )(prototype, route.command, descriptor);
  Req()(prototype, route.command, 0);
  Res()(prototype, route.command, 1);
  Param('id')(prototype, route.command, 2);
  Reflect.defineMetadata('design:paramtypes', [Object, Object, String], prototype, route.command);
}
