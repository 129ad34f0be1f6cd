export * from './case-number-format.js';
export * from './events.js';
export { allocationsOf, emptyLedger, foldLedger, heldBy, type Allocation, type Ledger, type LedgerEntry } from './ledger.js';
export * from './case-number-allocator.js';
