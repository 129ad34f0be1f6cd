export * from './projection.js';
export * from './fold.js';
export * from './projection-runner.js';
export * from './projection-status.js';
export * from './rebuild.js';
export * from './migrations.js';
export * from './stream-summary/stream-summary.projection.js';
