export * from './events.js';
export * from './commands.js';
export * from './context.js';
export * from './rules.js';
export * from './state.js';
export * from './decide.js';
export { MEDIATION_WINDOW } from './open-mediation/open-mediation.js';
export { AGREEMENT_REVIEW } from './record-agreement/record-agreement.js';
