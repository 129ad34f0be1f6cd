export * from './generate-disputes.js';
export * from './organisations.js';
export * from './fictional-people.js';
export * from './random.js';
export * from './seed-demo.js';
