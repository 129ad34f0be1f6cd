import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import type { Queryable } from './row-scope.js';

/**
 * The read models' DataSource, with `prepared` running a statement by name on TypeORM's own pg pool. The name is a
 * hash of the text, so each statement shape (a dashboard per scope kind, with or without its person filter) is
 * prepared once per connection. `enabled` false (DATABASE_PREPARED_STATEMENTS, off where connections share one server
 * session: embedded PGlite, a transaction-pooling PgBouncer) leaves every statement unnamed.
 */
export function preparedQueries(db: DataSource, enabled: boolean): Queryable {
  if (!enabled) return { query: (sql, parameters) => db.query(sql, parameters) };
  const names = new Map<string, string>();
  const nameOf = (sql: string) => {
    let name = names.get(sql);
    if (!name) names.set(sql, (name = `rm-${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`));
    return name;
  };
  return {
    query: (sql, parameters) => db.query(sql, parameters),
    prepared: async <T>(sql: string, parameters?: unknown[]) => {
      const pool = (db.driver as PostgresDriver).master as pg.Pool;
      return (await pool.query({ name: nameOf(sql), text: sql, values: parameters })).rows as T[];
    },
  };
}
