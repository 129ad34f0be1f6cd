import type { Instant } from '#domain-core';
import type { CaseNumberEvent } from './events.js';

export interface Allocation {
  readonly sequence: number;
  readonly caseNumber: string;
  readonly disputeId: string;
  readonly allocatedAt: Instant;
  readonly voided?: { readonly reason: string; readonly voidedAt: Instant };
}

/** One commission-year's register, folded from its stream. */
export interface Ledger {
  /** The last revision folded in: the `expected` of the next append. */
  readonly revision: number | 'no_stream';
  readonly lastSequence: number;
  /** In sequence order; voided numbers stay. */
  readonly allocations: readonly Allocation[];
}

export const emptyLedger: Ledger = { revision: 'no_stream', lastSequence: 0, allocations: [] };

export interface LedgerEntry {
  readonly revision: number;
  readonly event: CaseNumberEvent;
}

/** Folds entries in; those already folded (two readers refreshing at once) are skipped. */
export function foldLedger(ledger: Ledger, entries: readonly LedgerEntry[]): Ledger {
  let { revision, lastSequence } = ledger;
  const allocations = [...ledger.allocations];
  for (const { revision: at, event } of entries) {
    if (revision !== 'no_stream' && at <= revision) continue;
    revision = at;
    if (event.type === 'CaseNumberAllocated') {
      const { sequence, caseNumber, disputeId, allocatedAt } = event.data;
      allocations.push({ sequence, caseNumber, disputeId, allocatedAt });
      lastSequence = Math.max(lastSequence, sequence);
    } else {
      const index = allocations.findIndex((a) => a.sequence === event.data.sequence);
      const voided = allocations[index];
      if (voided) allocations[index] = { ...voided, voided: { reason: event.data.reason, voidedAt: event.data.voidedAt } };
    }
  }
  return { revision, lastSequence, allocations };
}

/** Every number the dispute was given this year, oldest first. */
export const allocationsOf = (ledger: Ledger, disputeId: string): readonly Allocation[] =>
  ledger.allocations.filter((a) => a.disputeId === disputeId);

/** The number the dispute holds now: its latest, unless voided. */
export function heldBy(ledger: Ledger, disputeId: string): Allocation | undefined {
  const latest = allocationsOf(ledger, disputeId).at(-1);
  return latest && !latest.voided ? latest : undefined;
}
