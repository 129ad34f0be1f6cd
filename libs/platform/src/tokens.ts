/** Injection tokens for the infrastructure the apps share. */
export const EVENT_STORE = Symbol('EventStore');
export const REDIS = Symbol('Redis');
export const PROJECTIONS = Symbol('Projections');
export const PROJECTION_DEFINITIONS = Symbol('ProjectionDefinitions');
export const METRICS_REGISTRY = Symbol('MetricsRegistry');
