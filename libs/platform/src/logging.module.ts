import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfigService } from './config.module.js';
import { ConfigService } from '@nestjs/config';

const idPattern = /^[A-Za-z0-9._:-]{1,128}$/;
const headerId = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return typeof value === 'string' && idPattern.test(value) ? value : undefined;
};

/** Correlation id of a request: the caller's `x-correlation-id`, else its request id. Events carry the same. */
export const correlationIdOf = (req: IncomingMessage & { id?: unknown }): string =>
  headerId(req, 'x-correlation-id') ?? String(req.id);

/** Structured JSON logs (pino) with request and correlation ids; secrets and personal data redacted. */
export const AppLoggingModule = LoggerModule.forRootAsync({
  inject: [ConfigService],
  useFactory: (config: AppConfigService) => ({
    pinoHttp: {
      level: config.get('LOG_LEVEL', { infer: true }),
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const id = headerId(req, 'x-request-id') ?? randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      customProps: (req: IncomingMessage) => ({ correlationId: correlationIdOf(req) }),
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.body'], remove: true },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      },
    },
  }),
});
