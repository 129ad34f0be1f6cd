import type { DomainEvent, Instant } from '#domain-core';

/** A number given to a dispute at acceptance (受理). It stays with the dispute: asking again returns it. */
export type CaseNumberAllocated = DomainEvent<'CaseNumberAllocated', {
  readonly commissionId: string;
  readonly year: number;
  readonly sequence: number;
  readonly caseNumber: string;
  readonly disputeId: string;
  readonly allocatedAt: Instant;
}>;

/**
 * The acceptance the number was given for was finally undone (e.g. refused on review). The number stays spent:
 * it is never given again, so the yearly register shows it voided rather than a gap.
 */
export type CaseNumberVoided = DomainEvent<'CaseNumberVoided', {
  readonly commissionId: string;
  readonly year: number;
  readonly sequence: number;
  readonly caseNumber: string;
  readonly disputeId: string;
  readonly reason: string;
  readonly voidedAt: Instant;
}>;

export type CaseNumberEvent = CaseNumberAllocated | CaseNumberVoided;

export const caseNumberEventTypes = ['CaseNumberAllocated', 'CaseNumberVoided'] as const satisfies readonly CaseNumberEvent['type'][];
