import { setTimeout as sleep } from 'node:timers/promises';
import { nameBasedUuid } from '#command-handling';
import type { Instant } from '#domain-core';
import { streamName, WrongExpectedRevision, type EventStore, type NewEvent } from '#event-store';
import { formatCaseNumber, type CaseNumberFormat } from './case-number-format.js';
import { caseNumberEventTypes, type CaseNumberAllocated, type CaseNumberEvent, type CaseNumberVoided } from './events.js';
import { allocationsOf, emptyLedger, foldLedger, heldBy, type Allocation, type Ledger } from './ledger.js';

export interface CaseNumberAllocatorOptions {
  readonly now?: () => Instant;
  /** Appends lost to a concurrent allocation before giving up. */
  readonly maxAttempts?: number;
}

export interface AllocationRequest {
  readonly commissionId: string;
  /** The year of acceptance, in law (Asia/Shanghai): the caller's to decide. */
  readonly year: number;
  readonly disputeId: string;
  readonly format: CaseNumberFormat;
  readonly metadata?: Record<string, unknown>;
}

export interface VoidRequest {
  readonly commissionId: string;
  readonly year: number;
  readonly disputeId: string;
  readonly reason: string;
  readonly metadata?: Record<string, unknown>;
}

export type AllocatedCaseNumber = CaseNumberAllocated['data'];
export type VoidedCaseNumber = CaseNumberVoided['data'];

/** Every attempt lost to another writer: the store is reachable but too contended. */
export class CaseNumberContention extends Error {
  override readonly name = 'CaseNumberContention';
}

const commissionIdPattern = /^[A-Za-z0-9_]+$/;

/** `caseNumbers-<commissionId>_<year>`: one dash, so the category is always `caseNumbers`. */
export function caseNumberStream(commissionId: string, year: number): string {
  if (!commissionIdPattern.test(commissionId)) throw new RangeError(`commission id "${commissionId}": letters, digits and _ only`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year ${year} is not a four-digit year`);
  return streamName('caseNumbers', `${commissionId}_${year}`);
}

const isCaseNumberEvent = (event: { readonly type: string }): event is CaseNumberEvent =>
  (caseNumberEventTypes as readonly string[]).includes(event.type);

/**
 * Gives each accepted dispute the next number of its commission's year, with no number given twice and none
 * skipped, across processes: each allocation is appended at the revision it was computed from (optimistic
 * concurrency), and its event id is derived from (commission, year, dispute, attempt), so a retried acceptance finds
 * the number its dispute already holds instead of taking a new one.
 */
export class CaseNumberAllocator {
  private readonly now: () => Instant;
  private readonly maxAttempts: number;
  /** The register as last read, per stream: streams only grow, so a refresh reads what came after. */
  private readonly ledgers = new Map<string, Ledger>();

  constructor(
    private readonly store: EventStore,
    options: CaseNumberAllocatorOptions = {},
  ) {
    this.now = options.now ?? (() => new Date().toISOString());
    this.maxAttempts = options.maxAttempts ?? 100;
  }

  /** The dispute's number: the one it holds, or the next one. */
  async allocate(request: AllocationRequest): Promise<AllocatedCaseNumber> {
    const { commissionId, year, disputeId, format } = request;
    const stream = caseNumberStream(commissionId, year);
    return this.withRetries<AllocatedCaseNumber>(stream, (ledger) => {
      const held = heldBy(ledger, disputeId);
      if (held) return { done: toAllocated(commissionId, year, held) };
      const sequence = ledger.lastSequence + 1;
      const attempt = allocationsOf(ledger, disputeId).length;
      const event: CaseNumberAllocated = {
        type: 'CaseNumberAllocated',
        data: { commissionId, year, sequence, caseNumber: formatCaseNumber(format, year, sequence), disputeId, allocatedAt: this.now() },
      };
      return { append: toNew(nameBasedUuid(`caseNumbers/${commissionId}/${year}/${disputeId}/allocation/${attempt}`), event, request.metadata) };
    }, (ledger) => {
      const held = heldBy(ledger, disputeId);
      return held ? toAllocated(commissionId, year, held) : undefined;
    });
  }

  /** Marks the dispute's number spent; a number already voided is returned as it was. Throws if the dispute holds none. */
  async void(request: VoidRequest): Promise<VoidedCaseNumber> {
    const { commissionId, year, disputeId, reason } = request;
    const stream = caseNumberStream(commissionId, year);
    const latestVoided = (ledger: Ledger): VoidedCaseNumber | undefined => {
      const latest = allocationsOf(ledger, disputeId).at(-1);
      return latest?.voided ? toVoided(commissionId, year, latest, latest.voided) : undefined;
    };
    return this.withRetries<VoidedCaseNumber>(stream, (ledger) => {
      const already = latestVoided(ledger);
      if (already) return { done: already };
      const held = heldBy(ledger, disputeId);
      if (!held) throw new Error(`dispute ${disputeId} holds no case number of ${commissionId} in ${year}`);
      const event: CaseNumberVoided = {
        type: 'CaseNumberVoided',
        data: { commissionId, year, sequence: held.sequence, caseNumber: held.caseNumber, disputeId, reason, voidedAt: this.now() },
      };
      return { append: toNew(nameBasedUuid(`caseNumbers/${commissionId}/${year}/${disputeId}/void/${held.sequence}`), event, request.metadata) };
    }, latestVoided);
  }

  /** The commission-year's register as the store has it now. */
  async register(commissionId: string, year: number): Promise<readonly Allocation[]> {
    return (await this.refresh(caseNumberStream(commissionId, year))).allocations;
  }

  /**
   * Decides against the freshest register and appends at its revision; on losing the race, reads what the winner
   * wrote and decides again. `settled` finds the outcome in the register once our event is in it (ours, or the same
   * append retried by another process, which the store answers with the first append's result).
   */
  private async withRetries<T>(
    stream: string,
    decide: (ledger: Ledger) => { readonly done: T } | { readonly append: NewEvent },
    settled: (ledger: Ledger) => T | undefined,
  ): Promise<T> {
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      const ledger = await this.refresh(stream);
      const decision = decide(ledger);
      if ('done' in decision) return decision.done;
      try {
        await this.store.append(stream, [decision.append], { expected: ledger.revision });
      } catch (error) {
        if (!(error instanceof WrongExpectedRevision)) throw error;
        // Jittered and growing a little, so that writers that collided do not collide again in step.
        await sleep(Math.random() * Math.min(5 * attempt, 50));
        continue;
      }
      const outcome = settled(await this.refresh(stream));
      if (outcome !== undefined) return outcome;
    }
    throw new CaseNumberContention(`${stream}: lost ${this.maxAttempts} appends in a row to concurrent allocations`);
  }

  private async refresh(stream: string): Promise<Ledger> {
    const known = this.ledgers.get(stream) ?? emptyLedger;
    const from = known.revision === 'no_stream' ? 0 : known.revision + 1;
    const recorded = await this.store.readStream(stream, { from });
    const entries = recorded.flatMap((r) => {
      const event = { type: r.type, data: r.data } as CaseNumberEvent;
      return isCaseNumberEvent(event) ? [{ revision: r.revision, event }] : [];
    });
    // Another refresh of the same stream may have finished first: fold onto whichever register is newer.
    const latest = this.ledgers.get(stream) ?? emptyLedger;
    const ledger = foldLedger(latest, entries);
    this.ledgers.set(stream, ledger);
    return ledger;
  }
}

const toNew = (id: string, event: CaseNumberEvent, metadata: Record<string, unknown> = {}): NewEvent => ({ id, type: event.type, data: event.data, metadata });

const toAllocated = (commissionId: string, year: number, a: Allocation): AllocatedCaseNumber => ({
  commissionId,
  year,
  sequence: a.sequence,
  caseNumber: a.caseNumber,
  disputeId: a.disputeId,
  allocatedAt: a.allocatedAt,
});

const toVoided = (commissionId: string, year: number, a: Allocation, voided: NonNullable<Allocation['voided']>): VoidedCaseNumber => ({
  commissionId,
  year,
  sequence: a.sequence,
  caseNumber: a.caseNumber,
  disputeId: a.disputeId,
  reason: voided.reason,
  voidedAt: voided.voidedAt,
});
