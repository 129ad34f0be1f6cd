export * from './case-summary/case-summary.row.js';
export * from './case-summary/case-summary.projection.js';
export * from './deadlines/case-deadline.projection.js';
export * from './migrations.js';
export * from './queries/row-scope.js';
export * from './queries/case-list.js';
export * from './queries/dashboards.js';
export * from './queries/statistics.js';
