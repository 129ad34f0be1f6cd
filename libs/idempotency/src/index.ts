export * from './idempotency-store.js';
export * from './idempotency.migration.js';
