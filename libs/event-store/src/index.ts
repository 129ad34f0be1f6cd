export * from './event-store.port.js';
export * from './stream-names.js';
export * from './postgres/postgres-event-store.js';
export * from './postgres/migrations.js';
export * from './esdb/esdb-event-store.js';
