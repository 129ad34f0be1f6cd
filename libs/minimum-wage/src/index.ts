export * from './minimum-wage-table.js';
export { minimumWageRows, type MinimumWageRow } from './data/minimum-wages.js';
