import { ArgumentsHost, Catch, HttpException, Logger, NotFoundException, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CalendarDataMissing } from '#calendar';
import { RuleViolation } from '#domain-core';
import { EventStoreUnavailable, WrongExpectedRevision } from '#event-store';
import { IdempotencyKeyReused } from '#idempotency';
import { Forbidden, InvalidRequest, NotFound, NotYetVisible, Unauthenticated } from './problems.js';

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly [extension: string]: unknown;
}

const TYPE_BASE = 'https://labour-disputes.example/problems/';

/** Every failure as `application/problem+json` (RFC 9457): no stack trace ever leaves the process. */
export function problemFor(error: unknown): Problem {
  if (error instanceof InvalidRequest) {
    return { type: `${TYPE_BASE}invalid-request`, title: 'The request is invalid', status: 400, detail: 'see errors', errors: error.errors };
  }
  if (error instanceof Unauthenticated) {
    return { type: `${TYPE_BASE}unauthenticated`, title: 'Authentication required', status: 401, detail: error.reason };
  }
  if (error instanceof Forbidden) {
    return { type: `${TYPE_BASE}forbidden`, title: 'Not permitted', status: 403, detail: error.message, missingPermission: error.missingPermission };
  }
  if (error instanceof NotFound) return { type: `${TYPE_BASE}not-found`, title: 'Not found', status: 404, detail: error.message };
  if (error instanceof WrongExpectedRevision) {
    const current = error.actual === 'no_stream' ? -1 : error.actual;
    return { type: `${TYPE_BASE}version-conflict`, title: 'The case has changed', status: 409, detail: `expected revision ${String(error.expected)}, the case is at ${current}`, currentRevision: current };
  }
  if (error instanceof IdempotencyKeyReused) {
    return { type: `${TYPE_BASE}idempotency-key-reused`, title: 'Idempotency key reused with another request', status: 422, detail: error.message };
  }
  if (error instanceof RuleViolation) {
    return {
      type: `${TYPE_BASE}rule-violation`,
      title: 'Refused by a legal rule',
      status: 422,
      detail: error.detail,
      rule: error.rule.name,
      article: error.rule.article,
      ruleDescription: error.rule.description,
      ...(error.field ? { field: error.field } : {}),
    };
  }
  if (error instanceof CalendarDataMissing) {
    // Not the caller's fault and not to be guessed around: an operator must load the State Council's notice.
    return {
      type: `${TYPE_BASE}calendar-data-missing`,
      title: 'A statutory deadline cannot be computed',
      status: 503,
      detail: error.message,
      year: error.year,
      loadedYears: error.loadedYears,
    };
  }
  if (error instanceof NotYetVisible) {
    return { type: `${TYPE_BASE}not-yet-visible`, title: 'Not yet visible', status: 503, detail: error.message, retryAfterSeconds: error.retryAfterSeconds };
  }
  if (error instanceof EventStoreUnavailable) {
    return { type: `${TYPE_BASE}unavailable`, title: 'Temporarily unavailable', status: 503, detail: 'the event store cannot be reached; retry shortly', retryAfterSeconds: 2 };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    // Nest's body parser refuses unreadable JSON as a 400 HttpException: name the body, as every 400 names its field.
    const unreadable = status === 400 ? { errors: [{ field: '(body)', rule: 'syntax', message: error.message }] } : {};
    return { type: `${TYPE_BASE}http-${status}`, title: status === 404 ? 'Not found' : error.message, status, ...unreadable };
  }
  const fastify = error as { statusCode?: number; code?: string; message?: string };
  if (typeof fastify.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    // Fastify's own refusals: malformed JSON, unsupported content type, body too large, a URL it cannot route.
    const code = (fastify.code ?? 'bad-request').toLowerCase();
    const field = code === 'fst_err_bad_url' || code === 'fst_err_max_param_length' ? '(url)' : '(body)';
    return {
      type: `${TYPE_BASE}${code}`,
      title: 'The request could not be read',
      status: fastify.statusCode,
      // A refused URL is not echoed: `instance` already carries it, and it may be megabytes long.
      detail: field === '(url)' ? 'a path segment is malformed or too long' : fastify.message,
      ...(fastify.statusCode === 400 ? { errors: [{ field, rule: code, message: fastify.message ?? 'unreadable' }] } : {}),
    };
  }
  if (isDatabaseUnavailable(error)) {
    return { type: `${TYPE_BASE}unavailable`, title: 'Temporarily unavailable', status: 503, detail: 'the database cannot be reached; retry shortly', retryAfterSeconds: 2 };
  }
  return { type: `${TYPE_BASE}internal`, title: 'Internal error', status: 500, detail: 'the error was logged with this request id' };
}

const unavailableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08006', '08001', '08003']);
const isDatabaseUnavailable = (error: unknown) => {
  const code = (error as { code?: string } | undefined)?.code;
  return (code !== undefined && unavailableCodes.has(code)) || /Connection terminated|connection timeout/i.test(String((error as Error)?.message));
};

/** For errors raised by Fastify before a route handler runs (unreadable JSON, wrong content type, body too large). */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply, logger: Pick<Logger, 'error'>): void {
  const problem = problemFor(error);
  if (problem.status >= 500) logger.error({ err: error, requestId: request.id }, 'request failed');
  const retry = problem['retryAfterSeconds'];
  if (typeof retry === 'number') void reply.header('retry-after', String(retry));
  void reply.status(problem.status).header('content-type', 'application/problem+json; charset=utf-8').send({ ...problem, instance: request.url, requestId: request.id });
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    // Health checks answer in Terminus's own documented shape, which load balancers and probes read.
    if (error instanceof HttpException && !(error instanceof NotFoundException) && typeof error.getResponse() === 'object' && 'details' in (error.getResponse() as object)) {
      void reply.status(error.getStatus()).send(error.getResponse());
      return;
    }
    sendProblem(error, request, reply, this.logger);
  }
}
