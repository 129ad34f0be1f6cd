/** Every statement the PostgreSQL adapter runs. Readers only see rows below the oldest running xid (position.ts). */

// Output names shadow the input columns in ORDER BY: sort keys are always qualified `e.`, or the text casts would
// sort '9997' after '33290'.
const columns = `e.global_position::text AS global_position, e.transaction_id::text AS transaction_id, e.event_id,
  e.stream_name, e.revision::int AS revision, e.event_type, e.data, e.metadata, e.recorded_at`;

export const lockStream = 'SELECT revision::int AS revision FROM es_streams WHERE stream_name = $1 FOR UPDATE';

export const createStream = `INSERT INTO es_streams (stream_name, category, revision) VALUES ($1, $2, $3)
  ON CONFLICT (stream_name) DO NOTHING RETURNING 1`;

export const currentRevision = 'SELECT revision::int AS revision FROM es_streams WHERE stream_name = $1';

/** One statement writes every event of the append, moves the stream's revision and wakes the subscribers. */
export const insertEvents = `
  WITH inserted AS (
    INSERT INTO es_events (event_id, stream_name, category, revision, event_type, data, metadata)
    SELECT e.id, $1, $2, $3::bigint + e.ord, e.type, e.data, e.metadata
    FROM unnest($4::uuid[], $5::text[], $6::jsonb[], $7::jsonb[]) WITH ORDINALITY AS e(id, type, data, metadata, ord)
    RETURNING global_position, transaction_id, revision
  ), moved AS (
    UPDATE es_streams SET revision = (SELECT max(revision) FROM inserted), updated_at = now() WHERE stream_name = $1
  )
  SELECT global_position::text AS global_position, transaction_id::text AS transaction_id, revision::int AS revision,
         pg_notify('es_events', '') AS notified
  FROM inserted ORDER BY inserted.revision DESC LIMIT 1`;

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
