import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { RequestMethod } from '@nestjs/common';
import type { AppConfigService } from './config.module.js';
import { ConfigService } from '@nestjs/config';

const idPattern = /^[A-Za-z0-9._:-]{1,128}$/;
/** A caller-supplied id, if it is safe to log and echo. */
export const headerId = (req: { headers: Record<string, string | string[] | undefined> }, name: string): string | undefined => {
  const value = req.headers[name];
  return typeof value === 'string' && idPattern.test(value) ? value : undefined;
};

/** Correlation id of a request: the caller's `x-correlation-id`, else its request id. Events carry the same. */
export const correlationIdOf = (req: IncomingMessage & { id?: unknown }): string =>
  headerId(req, 'x-correlation-id') ?? String(req.id);

/**
 * Structured JSON logs (pino) with request and correlation ids; secrets and bodies (personal data) left out.
 * The request id is Fastify's (see http-app.ts). nestjs-pino's default route pattern does not match under Nest 12's
 * Fastify middleware, hence the explicit `*splat`.
 */
export const AppLoggingModule = LoggerModule.forRootAsync({
  inject: [ConfigService],
  useFactory: (config: AppConfigService) => ({
    forRoutes: [{ path: '*splat', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.get('LOG_LEVEL', { infer: true }),
      customProps: (req: IncomingMessage) => ({ correlationId: correlationIdOf(req) }),
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.body'], remove: true },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  }),
});
