import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize, TokenRejected, type TokenVerifier } from '#auth';
import { DEADLINE_QUEUE } from '#deadline-timers';
import { TOKEN_VERIFIER } from '#dispute-http';
import { BullMqJobQueues, JOB_QUEUES, type JobQueues } from '#jobs';
import { channels, queueOf } from '../outbox.js';
import { REMINDER_QUEUE } from '../reminders.js';

export const BOARD_PATH = '/admin/queues';

const problem = (reply: FastifyReply, status: number, title: string, detail: string) =>
  reply.code(status).type('application/problem+json').send({ type: `https://labour-disputes.example/problems/${status === 401 ? 'unauthenticated' : 'forbidden'}`, title, status, detail });

/**
 * Bull Board at /admin/queues, for the admin role only. It is a Fastify plugin, outside Nest's guards, so the same
 * token check and permission (`admin-queues`) run in an onRequest hook of its own scope. Without Redis there is no
 * board: the route says so and points at the counts route.
 */
@Injectable()
export class BullBoardMount implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(JOB_QUEUES) private readonly queues: JobQueues,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || typeof fastify.register !== 'function') return;
    const queues = this.queues;
    const guard = (request: FastifyRequest, reply: FastifyReply) => this.guard(request, reply);
    void fastify.register(async (scope) => {
      scope.addHook('onRequest', guard);
      if (queues instanceof BullMqJobQueues) {
        const board = new FastifyAdapter();
        board.setBasePath(BOARD_PATH);
        createBullBoard({ queues: [...channels.map(queueOf), REMINDER_QUEUE, DEADLINE_QUEUE].map((name) => new BullMQAdapter(queues.queue(name))), serverAdapter: board });
        await scope.register(board.registerPlugin(), { prefix: BOARD_PATH });
      } else {
        scope.get(BOARD_PATH, async (_request, reply) =>
          reply.code(200).send({ mode: queues.mode, detail: 'the Bull Board needs Redis (REDIS_URL); queue and outbox counts: GET /admin/notifications/queues' }),
        );
      }
    });
  }

  private async guard(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) return void problem(reply, 401, 'Authentication required', 'missing_token');
    try {
      const { actor } = await this.verifier.verify(token);
      const verdict = authorize(actor, 'admin-queues');
      if (!verdict.allowed) return void problem(reply, 403, 'Not permitted', `a ${actor.role} may not see the queues`);
    } catch (error) {
      if (error instanceof TokenRejected) return void problem(reply, 401, 'Authentication required', error.reason);
      throw error;
    }
  }
}
