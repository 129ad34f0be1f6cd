export * from './statutory-clock.js';
