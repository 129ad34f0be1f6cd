export * from './event-metadata.js';
export * from './rule-violation.js';
export * from './values.js';
export * from './decider.js';
export * from './deadlines.js';
export * from './closure.js';
