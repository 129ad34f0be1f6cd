import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { RequestMethod } from '@nestjs/common';
import type { AppConfigService } from './config.module.js';
import { ConfigService } from '@nestjs/config';
import { containsPersonalData, maskPersonalDataIn } from '#personal-data';

const idPattern = /^[A-Za-z0-9._:-]{1,128}$/;
/** A caller-supplied id, if it is safe to log and echo: an ID or phone number sent as a request id is neither. */
export const headerId = (req: { headers: Record<string, string | string[] | undefined> }, name: string): string | undefined => {
  const value = req.headers[name];
  return typeof value === 'string' && idPattern.test(value) && !containsPersonalData(value) ? value : undefined;
};

/** A URL as logged: decoded (so `%31%33…` hides nothing) and with ID and phone numbers in its path or query masked. */
export function loggableUrl(url: string): string {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // malformed escapes: masked as sent
  }
  return maskPersonalDataIn(decoded);
}

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
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: loggableUrl(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  }),
});
