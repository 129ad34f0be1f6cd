import { streamCategory, type EventFilter, type RecordedEvent } from '#event-store';
import type { ProjectionDefinition } from '../projection.js';

/** The example projection that proves the runner: per stream, how many events and which came last. */
export type StreamSummaryRow = {
  readonly stream_name: string;
  readonly category: string;
  readonly events_count: number;
  readonly last_event_type: string;
  readonly last_revision: number;
  /** ISO instant. */
  readonly last_recorded_at: string;
};

export const evolveStreamSummary = (row: StreamSummaryRow | null, event: RecordedEvent): StreamSummaryRow => ({
  stream_name: event.stream,
  category: streamCategory(event.stream),
  events_count: (row?.events_count ?? 0) + 1,
  last_event_type: event.type,
  last_revision: event.revision,
  last_recorded_at: event.recordedAt.toISOString(),
});

export const streamSummaryProjection = (filter: EventFilter = {}): ProjectionDefinition<StreamSummaryRow> => ({
  name: 'stream_summary',
  table: 'stream_summaries',
  keyColumn: 'stream_name',
  filter,
  key: (event) => event.stream,
  evolve: evolveStreamSummary,
});
