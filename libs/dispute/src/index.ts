export * from './statutory-clock.js';
export * from './dispute-commands.js';
export * from './dispute-context.js';
export * from './dispute-state.js';
export * from './dispute-rules.js';
export * from './dispute-decider.js';
export { stageContexts } from './stage-contexts.js';
export { summarise } from './fact-summaries.js';
