import type { Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { EventStore } from '#event-store';
import { projectionStatus, type ProjectionDefinition } from '#projections';
import { allProjections } from '#read-models';
import type { ProjectionLagSource } from './health/health.controller.js';
import { EVENT_STORE, PROJECTIONS, PROJECTION_DEFINITIONS } from './tokens.js';

/** Every projection the system keeps. The worker runs them; any process reports their lag. */
export const projectionDefinitionsProvider: Provider = {
  provide: PROJECTION_DEFINITIONS,
  useFactory: (): readonly ProjectionDefinition[] => allProjections(),
};

export const projectionLagProvider: Provider = {
  provide: PROJECTIONS,
  inject: [EVENT_STORE, getDataSourceToken(), PROJECTION_DEFINITIONS],
  useFactory: (store: EventStore, dataSource: DataSource, definitions: readonly ProjectionDefinition[]): ProjectionLagSource => ({
    lag: () => Promise.all(definitions.map((definition) => projectionStatus(store, dataSource, definition))),
  }),
};
