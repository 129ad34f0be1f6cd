export * from './ensure-database.js';
export * from './data-source.js';
export * from './migrations.js';
export * from './testing/test-database.js';
export * from './embedded/embedded-postgres.js';
