import type { INestApplication } from '@nestjs/common';
import { ProblemDetailsFilter, sendProblem } from './http/problem-details.filter.js';
import { Logger as NestLogger } from '@nestjs/common';
import { ModuleRef, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { ConfigService } from '@nestjs/config';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Http2ServerRequest } from 'node:http2';
import { headerId } from './logging.module.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { TOKEN_VERIFIER, type TokenVerifier } from '#auth';

export interface HttpAppOptions {
  /** Serve the OpenAPI document and its page at /docs. */
  readonly docs: boolean;
  /** Nest closes the app on SIGTERM/SIGINT; off when the caller must close more after it (embedded PostgreSQL). */
  readonly shutdownHooks?: boolean;
}

const BODY_LIMIT_BYTES = 1024 * 1024;
const frameworkLogger = new NestLogger('HTTP');

/** One way to build an HTTP app, shared by api, worker and the combined process, and by the e2e tests. */
export async function createHttpApp(module: unknown, options: HttpAppOptions): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    module as never,
    new FastifyAdapter({
      bodyLimit: BODY_LIMIT_BYTES,
      trustProxy: true,
      requestIdHeader: false,
      genReqId: (req: IncomingMessage | Http2ServerRequest) => headerId(req, 'x-request-id') ?? randomUUID(),
      // Errors Fastify's router raises before any route (an over-long or malformed path) would otherwise answer in
      // Fastify's own JSON shape, not problem+json.
      frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => sendProblem(error, request, reply, frameworkLogger),
    }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply) => {
      reply.header('x-request-id', request.id);
    });
  // Nest routes Fastify's own errors (unreadable JSON, body too large) through the same filter.
  app.useGlobalFilters(new ProblemDetailsFilter());
  if (options.shutdownHooks !== false) app.enableShutdownHooks();
  await app.register(helmet, {
    // The docs page inlines its bootstrap script and styles; everything else is JSON.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: [`'self'`],
        styleSrc: [`'self'`, `'unsafe-inline'`],
        imgSrc: [`'self'`, 'data:'],
        scriptSrc: [`'self'`, `'unsafe-inline'`],
      },
    },
  });
  const verifier = tokenVerifierOf(app);
  await app.register(rateLimit, {
    max: app.get(ConfigService).get<number>('RATE_LIMIT_PER_MINUTE') ?? 600,
    timeWindow: 60_000,
    // Per caller, not per address: many clerks share one office gateway. Only a verified token names the caller:
    // an unverified subject let a flood of forged tokens take a fresh bucket each, or spend a real user's. Requests
    // without a valid token share one bucket per connecting address (the socket's, not X-Forwarded-For, which the
    // sender writes).
    keyGenerator: async (request) => (await verifiedCaller(verifier, request)) ?? `address:${request.socket.remoteAddress ?? 'unknown'}`,
    allowList: (request) => request.url.startsWith('/health'),
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`rate limit of ${context.max} requests per minute exceeded; retry in ${context.after}`), { statusCode: 429, code: 'RATE_LIMITED' }),
  });
  if (options.docs) setUpDocs(app);
  return app;
}

function setUpDocs(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('labour-disputes')
      .setDescription('One case from mediation (调解) through arbitration (仲裁) to litigation (诉讼).')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  document.components = {
    ...document.components,
    schemas: {
      ...document.components?.schemas,
      // RFC 9457; extensions: errors (400), missingPermission (403), currentRevision (409), rule and article (422).
      Problem: {
        type: 'object',
        required: ['type', 'title', 'status'],
        properties: {
          type: { type: 'string', format: 'uri' },
          title: { type: 'string' },
          status: { type: 'integer' },
          detail: { type: 'string' },
          instance: { type: 'string' },
          requestId: { type: 'string' },
          errors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, rule: { type: 'string' }, message: { type: 'string' } } } },
          missingPermission: { type: 'string' },
          currentRevision: { type: 'integer' },
          rule: { type: 'string' },
          article: { type: 'string' },
        },
      },
    },
  };
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
}

/**
 * The verifier the guards use; the worker process serves only health and has none. Looked up through ModuleRef:
 * a failed `app.get` runs in Nest's exceptions zone, which exits the process instead of throwing.
 */
function tokenVerifierOf(app: NestFastifyApplication): TokenVerifier | undefined {
  try {
    return app.get(ModuleRef).get<TokenVerifier>(TOKEN_VERIFIER, { strict: false });
  } catch {
    return undefined;
  }
}

async function verifiedCaller(verifier: TokenVerifier | undefined, request: FastifyRequest): Promise<string | undefined> {
  if (!verifier || !request.headers.authorization) return undefined;
  try {
    // The route's guard reuses this verification (verifyRequest verifies once per request).
    return `user:${(await verifier.verifyRequest(request)).actor.userId}`;
  } catch {
    // Refused tokens are answered by the guard; here they only fall into their address's bucket.
    return undefined;
  }
}
