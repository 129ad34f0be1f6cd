import type { DeadlineClock, Instant, LegalDate } from '#domain-core';
import type { ArbitrationFacts, LitigationContext } from '../context.js';
import type { Court } from '../shared/court.js';

export const DISPUTE = 'dispute-1';
export const WORKER = 'worker-1';
export const EMPLOYER = 'employer-1';
export const AWARD = 'award-1';

export const basicCourt: Court = { courtId: 'court-xihu', level: 'basic' };
export const intermediateCourt: Court = { courtId: 'court-hangzhou', level: 'intermediate' };

export const finalAward: ArbitrationFacts = {
  kind: 'awarded',
  awardId: AWARD,
  items: [
    { claimId: 'wages', finality: 'final', awardedFen: 1_200_000 },
    { claimId: 'compensation', finality: 'final', awardedFen: 300_000 },
  ],
};
export const nonFinalAward: ArbitrationFacts = { kind: 'awarded', awardId: AWARD, items: [{ claimId: 'reinstatement', finality: 'non_final', awardedFen: 800_000 }] };
export const mixedAward: ArbitrationFacts = {
  kind: 'awarded',
  awardId: AWARD,
  items: [
    { claimId: 'wages', finality: 'final', awardedFen: 1_200_000 },
    { claimId: 'reinstatement', finality: 'non_final', awardedFen: 800_000 },
  ],
};

export function addDays(date: LegalDate, days: number): LegalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const periodDays: Record<string, number> = {
  workerSuitAfterFinalAwardFifteenDays: 15,
  employerAnnulmentThirtyDays: 30,
  suitAfterNonFinalAwardFifteenDays: 15,
  suitAfterAnnulmentFifteenDays: 15,
  appealFifteenDays: 15,
};

/** Trigger + N calendar days: enough to test the stage; the calendar's own counting is tested in `#calendar`. */
export const fakeClock: DeadlineClock = {
  compute({ rule, trigger }) {
    const days = periodDays[rule];
    if (days === undefined) throw new Error(`the fake clock has no period ${rule}`);
    return { dueOn: addDays(trigger, days), explanation: { summary: `${rule} from ${trigger}` } };
  },
};

export const instantOf = (today: LegalDate): Instant => `${today}T02:00:00.000Z`;
export const TODAY = '2026-06-10';
export const NOW = instantOf(TODAY);

export function countingIds(): () => string {
  let next = 0;
  return () => `id-${++next}`;
}

/** A fixed clock and a counting id source; `now` follows `today` unless given. */
export function testContext(overrides: Partial<LitigationContext> = {}): LitigationContext {
  const today = overrides.today ?? TODAY;
  return {
    disputeId: DISPUTE,
    clock: fakeClock,
    today,
    now: instantOf(today),
    newId: countingIds(),
    parties: [
      { partyId: WORKER, role: 'worker' },
      { partyId: EMPLOYER, role: 'employer' },
    ],
    arbitration: finalAward,
    paymentOrderEligibleClaimIds: [],
    caseClosed: false,
    ...overrides,
  };
}
