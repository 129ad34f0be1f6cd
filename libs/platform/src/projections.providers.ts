import type { Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { EventStore } from '#event-store';
import { projectionStatus, type ProjectionDefinition } from '#projections';
import { allProjections } from '#read-models';
import { notificationCaseProjection } from '#notifications';
import type { ProjectionLagSource } from './health/health.controller.js';
import { EVENT_STORE, PROJECTIONS, PROJECTION_DEFINITIONS } from './tokens.js';

/** Every projection the system keeps. The worker runs them; any process reports their lag. */
export const projectionDefinitionsProvider: Provider = {
  provide: PROJECTION_DEFINITIONS,
  useFactory: (): readonly ProjectionDefinition[] => allProjections(),
};

/**
 * What health, metrics and the CLI know of: the worker's projections and the notifications' own (its runner lives in
 * the notifications module, with the outbox as its side effect).
 */
export const reportedProjections = (): readonly ProjectionDefinition[] => [...allProjections(), notificationCaseProjection() as unknown as ProjectionDefinition];

export const projectionLagProvider: Provider = {
  provide: PROJECTIONS,
  inject: [EVENT_STORE, getDataSourceToken()],
  useFactory: (store: EventStore, dataSource: DataSource): ProjectionLagSource => {
    const definitions = reportedProjections();
    return { lag: () => Promise.all(definitions.map((definition) => projectionStatus(store, dataSource, definition))) };
  },
};
