export * from './legal-date.js';
export * from './working-calendar.js';
export * from './statutory-periods.js';
export * from './deadline.js';
export * from './holidays/index.js';
