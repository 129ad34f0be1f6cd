export * from './notifications-core.module.js';
export * from './notifications-worker.module.js';
export * from './notifications-api.module.js';
export * from './notifications-settings.js';
