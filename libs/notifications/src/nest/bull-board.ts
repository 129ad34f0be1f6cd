import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ConfigService } from '@nestjs/config';
import { authorize, bearerToken, TokenRejected, type TokenVerifier } from '#auth';
import { DEADLINE_QUEUE } from '#deadline-timers';
import { TOKEN_VERIFIER } from '#dispute-http';
import { BullMqJobQueues, JOB_QUEUES, type JobQueues } from '#jobs';
import { Forbidden, InvalidRequest, problemFor, Unauthenticated } from '#platform';
import { channels, queueOf } from '../outbox.js';
import { REMINDER_QUEUE } from '../reminders.js';

export const BOARD_PATH = '/admin/queues';
export const BOARD_LOGIN_PATH = `${BOARD_PATH}/login`;
export const BOARD_SESSION_PATH = `${BOARD_PATH}/session`;
export const BOARD_COOKIE = 'ld_board';

/** The API's own problem+json for the error (the board is outside Nest, so its exception filter does not run here). */
const problem = (reply: FastifyReply, error: Error) => {
  const body = problemFor(error);
  return reply.code(body.status).type('application/problem+json').send(body);
};

const loginPage = (message = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Queues: sign in</title></head>
<body style="font-family: sans-serif; max-width: 32em; margin: 4em auto">
<h1>Notification and deadline queues</h1>
${message ? `<p role="alert">${message}</p>` : ''}
<p>Paste an admin's bearer token. It is kept in a cookie for this page only, until the token expires.</p>
<form method="post" action="${BOARD_SESSION_PATH}">
<label>Token <input name="token" type="password" autocomplete="off" required style="width: 100%"></label>
<p><button type="submit">Open the queues</button></p>
</form></body></html>`;

/** A request from another site's page (the cookie is SameSite=Strict already; this also covers older browsers). */
const crossSite = (request: FastifyRequest): boolean => {
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
};

/**
 * Bull Board at /admin/queues, for the admin role only. It is a Fastify plugin, outside Nest's guards, so the same
 * token check and permission (`admin-queues`) run in an onRequest hook of its own scope. The board's page fetches its
 * API without an Authorization header, so a browser signs in once at /admin/queues/login: the verified token goes
 * into an HttpOnly, SameSite=Strict cookie scoped to this path and expiring with the token, and is verified again on
 * every request, like a header. Without Redis there is no board: the route says so and points at the counts route.
 */
@Injectable()
export class BullBoardMount implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(JOB_QUEUES) private readonly queues: JobQueues,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    private readonly config: ConfigService,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || typeof fastify.register !== 'function') return;
    const queues = this.queues;
    const guard = (request: FastifyRequest, reply: FastifyReply) => this.guard(request, reply);
    void fastify.register(async (scope) => {
      await scope.register(fastifyCookie);
      // The sign-in form's body is parsed by the urlencoded parser Nest's Fastify adapter registers (@fastify/formbody).
      scope.get(BOARD_LOGIN_PATH, async (_request, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(loginPage()));
      scope.post(BOARD_SESSION_PATH, (request, reply) => this.signIn(request, reply));
      scope.post(`${BOARD_PATH}/logout`, async (_request, reply) => reply.clearCookie(BOARD_COOKIE, { path: BOARD_PATH }).redirect(BOARD_LOGIN_PATH, 303));
      await scope.register(async (board) => {
        board.addHook('onRequest', guard);
        if (queues instanceof BullMqJobQueues) {
          const adapter = new FastifyAdapter();
          adapter.setBasePath(BOARD_PATH);
          createBullBoard({ queues: [...channels.map(queueOf), REMINDER_QUEUE, DEADLINE_QUEUE].map((name) => new BullMQAdapter(queues.queue(name))), serverAdapter: adapter });
          await board.register(adapter.registerPlugin(), { prefix: BOARD_PATH });
        } else {
          board.get(BOARD_PATH, async (_request, reply) =>
            reply.code(200).send({ mode: queues.mode, detail: 'the Bull Board needs Redis (REDIS_URL); queue and outbox counts: GET /admin/notifications/queues' }),
          );
        }
      });
    });
  }

  private async signIn(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    if (crossSite(request)) return problem(reply, new Forbidden('admin-queues', 'a sign-in from another site is refused'));
    const form = request.body as Record<string, unknown> | undefined;
    const token = bearerToken(request.headers.authorization) ?? (typeof form?.['token'] === 'string' ? form['token'].trim() : '');
    const html = (request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
    const refuse = (error: Error) => {
      if (!html) return problem(reply, error);
      const { status, title, detail } = problemFor(error);
      return reply.code(status).type('text/html; charset=utf-8').send(loginPage(`${title}: ${error instanceof InvalidRequest ? error.errors[0]!.message : detail}`));
    };
    if (!token) return refuse(new InvalidRequest([{ field: 'token', rule: 'required', message: 'paste a bearer token' }]));
    try {
      const verified = await this.verifier.verify(token);
      const verdict = authorize(verified.actor, 'admin-queues');
      if (!verdict.allowed) return refuse(new Forbidden('admin-queues', `a ${verified.actor.role} may not see the queues`));
      const maxAge = Math.floor((verified.expiresAt.getTime() - Date.now()) / 1000);
      const secure = this.config.get<string>('NODE_ENV') === 'production' || request.protocol === 'https';
      return reply.setCookie(BOARD_COOKIE, token, { path: BOARD_PATH, httpOnly: true, sameSite: 'strict', secure, maxAge }).redirect(BOARD_PATH, 303);
    } catch (error) {
      if (error instanceof TokenRejected) return refuse(new Unauthenticated(error.reason));
      throw error;
    }
  }

  private async guard(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const header = bearerToken(request.headers.authorization);
    const token = header ?? request.cookies[BOARD_COOKIE];
    if (!token) {
      if ((request.headers.accept ?? '').includes('text/html')) return void reply.redirect(BOARD_LOGIN_PATH, 303);
      return void problem(reply, new Unauthenticated('missing_token'));
    }
    // The board's own buttons (retry, clean, remove) send the cookie: refuse them from another site's page.
    if (!header && request.method !== 'GET' && request.method !== 'HEAD' && crossSite(request))
      return void problem(reply, new Forbidden('admin-queues', 'a cookie-authenticated change from another site is refused'));
    try {
      const { actor } = await this.verifier.verify(token);
      const verdict = authorize(actor, 'admin-queues');
      if (!verdict.allowed) return void problem(reply, new Forbidden('admin-queues', `a ${actor.role} may not see the queues`));
    } catch (error) {
      if (error instanceof TokenRejected) {
        if (!header) void reply.clearCookie(BOARD_COOKIE, { path: BOARD_PATH });
        return void problem(reply, new Unauthenticated(error.reason));
      }
      throw error;
    }
  }
}
