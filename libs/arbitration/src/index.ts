export * from './events.js';
export * from './commands.js';
export * from './context.js';
export * from './rules.js';
export * from './state.js';
export * from './decide.js';
