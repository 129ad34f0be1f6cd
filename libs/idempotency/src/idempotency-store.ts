import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The same key sent again with a different request: the caller's bug, refused rather than guessed at. */
export class IdempotencyKeyReused extends Error {}

export interface StoredResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

/** Keys live at least 24 h (IETF draft "The Idempotency-Key HTTP Header Field"); a key older than this may be reused. */
const RETENTION = '48 hours';

export const requestHash = (method: string, url: string, body: unknown) =>
  createHash('sha256').update(`${method} ${url}\n${JSON.stringify(body ?? null)}`).digest('hex');

@Injectable()
export class IdempotencyStore {
  constructor(private readonly db: DataSource) {}

  /** The first response to this caller's key, if any; the same key with another request is refused. */
  async find(caller: string, key: string, hash: string): Promise<StoredResponse | undefined> {
    const rows: { request_hash: string; status: number; headers: Record<string, string>; body: unknown }[] = await this.db.query(
      `SELECT request_hash, status, headers, body FROM idempotency_keys WHERE caller = $1 AND key = $2 AND created_at > now() - interval '${RETENTION}'`,
      [caller, key],
    );
    const row = rows[0];
    if (!row) return undefined;
    if (row.request_hash !== hash) throw new IdempotencyKeyReused(`Idempotency-Key "${key}" was first used with a different request`);
    return { status: row.status, headers: row.headers, body: row.body };
  }

  /** Keeps the first answer: a concurrent duplicate that finished second does not overwrite it. */
  async remember(caller: string, key: string, hash: string, response: StoredResponse): Promise<void> {
    await this.db.query(
      `INSERT INTO idempotency_keys (caller, key, request_hash, status, headers, body) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (caller, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, status = EXCLUDED.status, headers = EXCLUDED.headers,
         body = EXCLUDED.body, created_at = now()
       WHERE idempotency_keys.created_at <= now() - interval '${RETENTION}'`,
      [caller, key, hash, response.status, JSON.stringify(response.headers), JSON.stringify(response.body)],
    );
  }
}
