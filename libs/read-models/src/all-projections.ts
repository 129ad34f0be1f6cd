import { streamSummaryProjection, type ProjectionDefinition } from '#projections';
import { caseDeadlineProjection } from './deadlines/case-deadline.projection.js';
import { caseSummaryProjection } from './case-summary/case-summary.projection.js';

/** Every projection the system keeps: the worker runs them, health reports them, the CLI rebuilds them. */
export const allProjections = (): readonly ProjectionDefinition[] => [
  streamSummaryProjection(),
  caseSummaryProjection() as unknown as ProjectionDefinition,
  caseDeadlineProjection() as unknown as ProjectionDefinition,
];
