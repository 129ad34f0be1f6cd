export * from './identifiers.js';
export * from './vault.js';
export * from './vault-config.js';
export * from './migration.js';
export * from './nest/personal-data.module.js';
