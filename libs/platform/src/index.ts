export * from './tokens.js';
export * from './config.module.js';
export * from './logging.module.js';
export * from './platform.module.js';
export * from './prepare-infrastructure.js';
export * from './health/health.controller.js';
export * from './http-app.js';
export * from './run-process.js';
