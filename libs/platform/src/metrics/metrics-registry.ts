import type { Provider } from '@nestjs/common';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { ProjectionLagSource } from '../health/health.controller.js';
import { METRICS_REGISTRY, PROJECTIONS } from '../tokens.js';

type Lag = Awaited<ReturnType<ProjectionLagSource['lag']>>;

/**
 * One registry per app (not prom-client's global one), so two apps in one process (tests, the combined process)
 * do not register the same metric twice. Projection lag is read when Prometheus scrapes, never on a timer: an idle
 * system costs nothing, and a scrape always sees the lag as of now.
 */
export function createMetricsRegistry(projections: ProjectionLagSource | undefined): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  if (!projections) return registry;

  // The four gauges are collected in parallel within one scrape: they share one reading of the lag.
  let reading: Promise<Lag> | undefined;
  const lagOnce = () => {
    reading ??= projections.lag().finally(() => {
      reading = undefined;
    });
    return reading;
  };
  const gauge = (name: string, help: string, value: (status: Lag[number]) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['projection'],
      registers: [registry],
      async collect() {
        this.reset();
        for (const status of await lagOnce()) this.set({ projection: status.name }, value(status));
      },
    });
  gauge('labour_disputes_projection_events_behind', 'Matching events the projection has not applied yet (counted up to 10000)', (s) => s.eventsBehind);
  gauge('labour_disputes_projection_seconds_behind', 'Age in seconds of the oldest event the projection has not applied yet; 0 when caught up', (s) => s.secondsBehind);
  gauge('labour_disputes_projection_active', '1 when some process holds the projection runner lock', (s) => Number(s.active));
  gauge('labour_disputes_projection_rebuilding', '1 when some process is rebuilding the projection', (s) => Number(s.rebuilding));
  return registry;
}

export const metricsRegistryProvider: Provider = {
  provide: METRICS_REGISTRY,
  inject: [{ token: PROJECTIONS, optional: true }],
  useFactory: (projections?: ProjectionLagSource) => createMetricsRegistry(projections),
};
