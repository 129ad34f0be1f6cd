import type { Provider } from '@nestjs/common';

export const CLOCK = Symbol('Clock');

export interface Clock {
  now(): Date;
}

/**
 * The wall clock every process reads. Tests only (NODE_ENV=test) may set TEST_CLOCK=<ISO instant>: fixed, so dated
 * scenarios do not age, or, with TEST_CLOCK_RUNNING=true, starting there and moving with real time, so a timer due
 * at the end of a legal day can be made to fire a few seconds after start.
 */
export function clockFromEnvironment(env: NodeJS.ProcessEnv = process.env): Clock {
  const start = env['TEST_CLOCK'];
  if (!start || env['NODE_ENV'] !== 'test') return { now: () => new Date() };
  const at = new Date(start).getTime();
  if (Number.isNaN(at)) throw new Error(`TEST_CLOCK: "${start}" is not an instant`);
  if (env['TEST_CLOCK_RUNNING'] !== 'true') return { now: () => new Date(at) };
  const bootedAt = Date.now();
  return { now: () => new Date(at + (Date.now() - bootedAt)) };
}

export const clockProvider: Provider = { provide: CLOCK, useFactory: () => clockFromEnvironment() };
