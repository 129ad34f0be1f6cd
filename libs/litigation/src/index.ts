export type * from './commands.js';
export * from './context.js';
export * from './events.js';
export * from './state.js';
export { decideLitigation } from './decide.js';
export { litigationRules, type LitigationRuleName } from './rules.js';
export { litigationPeriods, type LitigationPeriod } from './shared/windows.js';
export { courtCaseNumberProblem, type Court, type CourtLevel, type Proceeding } from './shared/court.js';
