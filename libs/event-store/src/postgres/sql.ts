/** Every statement the PostgreSQL adapter runs. Readers only see rows below the oldest running xid (position.ts). */

// Output names shadow the input columns in ORDER BY: sort keys are always qualified `e.`, or the text casts would
// sort '9997' after '33290'.
const columns = `e.global_position::text AS global_position, e.transaction_id::text AS transaction_id, e.event_id,
  e.stream_name, e.revision::int AS revision, e.event_type, e.data, e.metadata, e.recorded_at`;

export const lockStream = 'SELECT revision::int AS revision FROM es_streams WHERE stream_name = $1 FOR UPDATE';

export const createStream = `INSERT INTO es_streams (stream_name, category, revision) VALUES ($1, $2, $3)
  ON CONFLICT (stream_name) DO NOTHING RETURNING 1`;

export const currentRevision = 'SELECT revision::int AS revision FROM es_streams WHERE stream_name = $1';

/**
 * One statement writes every event of the append and moves the stream's revision. Subscribers are woken after the
 * commit (postgres-event-store.ts), not by a NOTIFY in this transaction: PostgreSQL serialises the commits of
 * notifying transactions (the notification queue's lock is held through the commit's WAL flush), which capped
 * appends at one fsync each.
 */
export const insertEvents = `
  WITH inserted AS (
    INSERT INTO es_events (event_id, stream_name, category, revision, event_type, data, metadata)
    SELECT e.id, $1, $2, $3::bigint + e.ord, e.type, e.data, e.metadata
    FROM unnest($4::uuid[], $5::text[], $6::jsonb[], $7::jsonb[]) WITH ORDINALITY AS e(id, type, data, metadata, ord)
    RETURNING global_position, transaction_id, revision
  ), moved AS (
    UPDATE es_streams SET revision = (SELECT max(revision) FROM inserted), updated_at = now() WHERE stream_name = $1
  )
  SELECT global_position::text AS global_position, transaction_id::text AS transaction_id, revision::int AS revision
  FROM inserted ORDER BY inserted.revision DESC LIMIT 1`;

/**
 * An append to a stream that exists, as one autocommit statement (one round trip instead of BEGIN, lock, insert,
 * COMMIT): lock the stream row, insert only if its revision is the expected one ($3; NULL accepts any), move the
 * revision. Under READ COMMITTED the row lock waits for a concurrent writer and then reads its committed revision,
 * so the check is the same as the transaction's. No row for the stream: `actual` is NULL and nothing is written.
 * The events' transaction_id is this statement's xid, as in a transaction: the log order is unchanged.
 */
export const appendToExisting = `
  WITH locked AS (
    SELECT revision FROM es_streams WHERE stream_name = $1 FOR UPDATE
  ), inserted AS (
    INSERT INTO es_events (event_id, stream_name, category, revision, event_type, data, metadata)
    SELECT e.id, $1, $2, l.revision + e.ord, e.type, e.data, e.metadata
    FROM locked l, unnest($4::uuid[], $5::text[], $6::jsonb[], $7::jsonb[]) WITH ORDINALITY AS e(id, type, data, metadata, ord)
    WHERE $3::bigint IS NULL OR l.revision = $3::bigint
    RETURNING global_position, transaction_id, revision
  ), moved AS (
    UPDATE es_streams SET revision = (SELECT max(revision) FROM inserted), updated_at = now()
    WHERE stream_name = $1 AND EXISTS (SELECT 1 FROM inserted)
  )
  SELECT (SELECT revision::int FROM locked) AS actual, last.global_position::text AS global_position,
         last.transaction_id::text AS transaction_id, last.revision::int AS revision
  FROM (SELECT 1) one LEFT JOIN (SELECT * FROM inserted ORDER BY revision DESC LIMIT 1) last ON true`;

/** The wake-up hint, sent on its own after appends commit (one in flight per store, see CommitNotifier). */
export const notifyAppended = 'NOTIFY es_events';

export const eventsByIds = `SELECT ${columns} FROM es_events e WHERE e.event_id = ANY($1::uuid[]) ORDER BY e.stream_name, e.revision`;

export const readStreamForwards = `SELECT ${columns} FROM es_events e
  WHERE e.stream_name = $1 AND e.revision >= $2 ORDER BY e.revision ASC LIMIT $3`;

export const readStreamBackwards = `SELECT ${columns} FROM es_events e
  WHERE e.stream_name = $1 AND e.revision <= $2 ORDER BY e.revision DESC LIMIT $3`;

export const readAll = `SELECT ${columns} FROM es_events e
  WHERE (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
    AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
    AND ($3::text[] IS NULL OR e.category = ANY($3::text[]))
    AND ($4::text[] IS NULL OR e.event_type = ANY($4::text[]))
  ORDER BY e.transaction_id, e.global_position
  LIMIT $5`;

export const headPosition = `SELECT e.global_position::text AS global_position, e.transaction_id::text AS transaction_id
  FROM es_events e WHERE e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
  ORDER BY e.transaction_id DESC, e.global_position DESC LIMIT 1`;

export interface EventRow {
  global_position: string;
  transaction_id: string;
  event_id: string;
  stream_name: string;
  revision: number;
  event_type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  recorded_at: Date;
}
