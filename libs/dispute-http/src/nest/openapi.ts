import { ApiHeader, ApiResponse } from '@nestjs/swagger';

const problem = { content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };

export const commandHeaders = [
  ApiHeader({ name: 'If-Match', required: false, description: 'the ETag of your last read; a stale one answers 409' }),
  ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retried request with the same key returns the first answer and records nothing new (kept 48 h)' }),
  ApiHeader({ name: 'On-Behalf-Of-Party', required: false, description: 'the party you act for (an agent or clerk)' }),
  ApiHeader({ name: 'On-Behalf-Of-Capacity', required: false, description: 'agent | clerk | representative | guardian' }),
];

export const commandResponses = [
  ApiResponse({ status: 201, description: 'facts recorded; ETag is the new revision, X-Position the global position' }),
  ApiResponse({ status: 200, description: 'nothing changed (the command repeats what is already recorded)' }),
  ApiResponse({ status: 400, description: 'invalid body or headers: every field and why', ...problem }),
  ApiResponse({ status: 401, description: 'no valid bearer token', ...problem }),
  ApiResponse({ status: 403, description: 'your role may not do this: names the missing permission', ...problem }),
  ApiResponse({ status: 404, description: 'no such dispute at your organisation', ...problem }),
  ApiResponse({ status: 409, description: 'the case changed since your read (If-Match)', ...problem }),
  ApiResponse({ status: 422, description: 'refused by a legal rule: names the rule and its article', ...problem }),
];
