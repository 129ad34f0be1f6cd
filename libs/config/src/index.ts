export * from './app-config.js';
export * from './development-auth.js';
