import { EventStoreUnavailable } from '../event-store.port.js';

const unreachableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

/** Connection-level failures (class 08, admin shutdown 57P0x, socket errors): the store is unavailable, not wrong. */
export function isUnavailable(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (code && (unreachableCodes.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code))) return true;
  return /Connection terminated|connection timeout|Client has encountered a connection error/i.test(message ?? '');
}

export function translateError(error: unknown): unknown {
  return isUnavailable(error)
    ? new EventStoreUnavailable(`PostgreSQL event store unavailable: ${(error as Error).message}`, { cause: error })
    : error;
}
