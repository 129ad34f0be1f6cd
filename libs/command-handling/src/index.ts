export * from './deterministic-id.js';
export * from './handle-command.js';
