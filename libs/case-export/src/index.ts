export * from './canonical-json.js';
export * from './keys.js';
export * from './case-export.js';
