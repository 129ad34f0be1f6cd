import { CaseNumberAllocator } from '#case-numbers';
import { disputeStream, type EventStore } from '#event-store';
import type { PersonalDataVault } from '#personal-data';
import { generateDisputes, type GenerationOptions } from './generate-disputes.js';

export interface SeedOptions {
  readonly store: EventStore;
  readonly vault: PersonalDataVault;
  readonly count?: number;
  readonly seed?: number;
  readonly from?: GenerationOptions['from'];
  readonly to?: GenerationOptions['to'];
  readonly today?: GenerationOptions['today'];
}

export interface SeedResult {
  readonly disputes: number;
  readonly events: number;
  /** The seed was already applied to this store: nothing was written. */
  readonly alreadySeeded: boolean;
}

/**
 * The demo data set: disputes over every stage and outcome, decided by the real decider, people's numbers in the
 * real vault, case numbers from the real allocator. Ids derive from the seed, so seeding twice writes nothing twice.
 */
export async function seedDemo(options: SeedOptions): Promise<SeedResult> {
  const count = options.count ?? 50;
  const seed = options.seed ?? 2026;
  const generation = { count, seed, from: options.from, to: options.to, today: options.today };
  // The first dispute of a seed is generated before any person is stored, so a repeated seed stops here.
  for await (const first of generateDisputes({ ...generation, count: 1 })) {
    if ((await options.store.readStream(disputeStream(first.disputeId))).length > 0) return { disputes: 0, events: 0, alreadySeeded: true };
  }
  const allocator = new CaseNumberAllocator(options.store);
  let events = 0;
  let disputes = 0;
  for await (const dispute of generateDisputes({
    ...generation,
    person: async ({ idNumber, phone }) => {
      const stored = await options.vault.storePerson({ idNumber, phone });
      return { personId: stored.personId, maskedIdNumber: stored.masked.idNumber! };
    },
    caseNumber: async (commissionId, year, disputeId) =>
      (await allocator.allocate({ commissionId, year, disputeId, format: { prefix: '劳人仲案字' }, metadata: { actor: { userId: 'demo-seed', role: 'system' } } })).caseNumber,
  })) {
    await options.store.append(disputeStream(dispute.disputeId), dispute.events, { expected: 'no_stream' });
    events += dispute.events.length;
    disputes++;
  }
  return { disputes, events, alreadySeeded: false };
}
