import { RuleViolation, type LegalDate } from '#domain-core';
import fc from 'fast-check';
import type { LitigationCommand } from './commands.js';
import type { ArbitrationFacts, LitigationContext } from './context.js';
import { decideLitigation } from './decide.js';
import { enforcementEventTypes, litigationEventTypes, type LitigationFact, type SuitBasis } from './events.js';
import type { CourtLevel, Proceeding } from './shared/court.js';
import { evolveLitigation, initialLitigationState, type LitigationState } from './state.js';
import { addDays, EMPLOYER, finalAward, instantOf, mixedAward, nonFinalAward, testContext, WORKER } from './testing/fixtures.js';

const parties = [WORKER, EMPLOYER, WORKER, EMPLOYER, 'stranger'] as const;
const bases: readonly SuitBasis[] = ['after_final_award', 'after_non_final_award', 'after_annulment', 'after_refusal', 'after_acceptance_overdue', 'after_award_overdue'];
const levels: readonly CourtLevel[] = ['basic', 'intermediate', 'higher'];
const proceedings: readonly Proceeding[] = ['first_instance', 'second_instance', 'annulment'];
const caseType: Record<Proceeding, string> = { first_instance: '民初', second_instance: '民终', annulment: '民特' };
const courtCode: Record<CourtLevel, string> = { basic: '0106', intermediate: '01', higher: '' };
const arbitrations: readonly ArbitrationFacts[] = [
  finalAward,
  finalAward,
  nonFinalAward,
  mixedAward,
  { kind: 'refused', refusedOn: '2026-05-20' },
  { kind: 'acceptance_overdue' },
  { kind: 'award_overdue' },
  { kind: 'mediation_statement_effective', statementId: 'statement-1' },
  { kind: 'none' },
];

/** A step is chosen blind; it becomes a command against the state it meets (dates relative to today, ids of what exists). */
type Step =
  | { readonly kind: 'advance'; readonly days: number }
  | { readonly kind: 'open'; readonly who: number; readonly back: number }
  | { readonly kind: 'suit'; readonly party: number; readonly basis: number; readonly back: number; readonly level: number; readonly fits: boolean }
  | { readonly kind: 'annul'; readonly party: number; readonly back: number; readonly level: number }
  | { readonly kind: 'ruling'; readonly annulled: boolean; readonly back: number }
  | { readonly kind: 'expire'; readonly pick: number }
  | { readonly kind: 'register'; readonly proceeding: number; readonly level: number; readonly valid: boolean; readonly n: number }
  | { readonly kind: 'judgment'; readonly back: number; readonly fen: number }
  | { readonly kind: 'appeal'; readonly party: number; readonly back: number }
  | { readonly kind: 'finalJudgment'; readonly fen: number }
  | { readonly kind: 'enforce'; readonly title: number; readonly party: number }
  | { readonly kind: 'conclude'; readonly fen: number }
  | { readonly kind: 'paymentOrder'; readonly claims: number; readonly level: number }
  | { readonly kind: 'issue'; readonly fen: number }
  | { readonly kind: 'outcome'; readonly paid: boolean; readonly fen: number };

const back = fc.integer({ min: 0, max: 20 });
const small = fc.nat(4);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('advance' as const), days: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('open' as const), who: fc.nat(3), back: fc.nat(5) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('suit' as const), party: small, basis: fc.nat(bases.length - 1), back, level: fc.nat(2), fits: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('annul' as const), party: small, back, level: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('ruling' as const), annulled: fc.boolean(), back: fc.nat(3) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('expire' as const), pick: fc.nat(9) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('register' as const), proceeding: fc.nat(2), level: fc.nat(2), valid: fc.boolean(), n: fc.integer({ min: 1, max: 9999 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('judgment' as const), back: fc.nat(3), fen: fc.nat(2_000_000) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('appeal' as const), party: small, back: fc.nat(6) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('finalJudgment' as const), fen: fc.nat(2_000_000) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('enforce' as const), title: fc.nat(2), party: small }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('conclude' as const), fen: fc.nat(2_000_000) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('paymentOrder' as const), claims: fc.nat(3), level: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('issue' as const), fen: fc.nat(2_000_000) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('outcome' as const), paid: fc.boolean(), fen: fc.nat(2_000_000) }) },
);

const court = (level: number) => ({ courtId: `court-${level}`, level: levels[level]! });

function commandFor(s: Step, state: LitigationState, today: LegalDate, arbitration: ArbitrationFacts): LitigationCommand | undefined {
  const before = (days: number) => addDays(today, -days);
  switch (s.kind) {
    case 'advance':
      return undefined;
    case 'open': {
      const who = [[WORKER], [EMPLOYER], [WORKER, EMPLOYER], [WORKER, EMPLOYER]][s.who]!;
      return { type: 'OpenChallengeWindows', data: { awardId: 'award-1', receipts: who.map((partyId) => ({ partyId, receivedOn: before(s.back) })) } };
    }
    case 'suit': {
      // Half the time the ground that is open, as a party would choose it; otherwise any ground at all.
      const open: SuitBasis | undefined =
        state.award?.standing === 'annulled' ? 'after_annulment'
        : state.award ? (state.award.track === 'final' ? 'after_final_award' : 'after_non_final_award')
        : ({ refused: 'after_refusal', acceptance_overdue: 'after_acceptance_overdue', award_overdue: 'after_award_overdue' } as Partial<Record<string, SuitBasis>>)[arbitration.kind];
      const basis = s.fits && open ? open : bases[s.basis]!;
      return { type: 'FileSuit', data: { partyId: parties[s.party]!, court: court(s.level), basis, filedOn: before(s.fits ? s.back % 4 : s.back) } };
    }
    case 'annul':
      return { type: 'ApplyForAnnulment', data: { partyId: parties[s.party]!, court: court(s.level), appliedOn: before(s.back) } };
    case 'ruling':
      return { type: 'RecordAnnulmentRuling', data: { ruling: s.annulled ? 'annulled' : 'rejected', ruledOn: before(s.back), servedOn: today } };
    case 'expire': {
      // Mostly a timer that is due; sometimes any timer at all, stale or early.
      const all = Object.values(state.deadlines);
      const due = all.filter((d) => (d.status === 'running' || d.status === 'paused') && d.dueOn !== null && d.dueOn < today);
      const pool = s.pick < 7 && due.length > 0 ? due : all;
      const deadline = pool[s.pick % Math.max(pool.length, 1)];
      return deadline?.dueOn ? { type: 'ExpireDeadline', data: { deadlineId: deadline.id, dueOn: deadline.dueOn } } : undefined;
    }
    case 'register': {
      // Mostly the case the court owes (a filing with no case yet) at the right court; otherwise anything at all.
      const owed = proceedings.find((p) => state.courtCases[p] === undefined && (p === 'first_instance' ? state.suits.length > 0 : p === 'second_instance' ? state.appeals.length > 0 : state.annulment !== undefined));
      const proceeding = s.valid && owed ? owed : proceedings[s.proceeding]!;
      const level = s.valid && owed ? (owed === 'first_instance' ? 'basic' : 'intermediate') : levels[s.level]!;
      const year = s.valid || s.n % 2 === 0 ? today.slice(0, 4) : '2020';
      const caseNumber = `(${year})浙${courtCode[level]}${caseType[proceeding]}${s.n}号`;
      return { type: 'RegisterCourtCase', data: { proceeding, court: { courtId: `court-${level}`, level }, caseNumber, registeredOn: today } };
    }
    case 'judgment': {
      const caseNumber = state.courtCases.first_instance?.caseNumber ?? '(2026)浙0106民初1号';
      return { type: 'RecordJudgment', data: { caseNumber, outcome: 'claims_upheld', awardedFen: s.fen, judgedOn: before(s.back), servedOn: today } };
    }
    case 'appeal':
      return { type: 'FileAppeal', data: { partyId: parties[s.party]!, filedOn: before(s.back) } };
    case 'finalJudgment': {
      const caseNumber = state.courtCases.second_instance?.caseNumber ?? '(2026)浙01民终1号';
      return { type: 'RecordFinalJudgment', data: { caseNumber, outcome: 'upheld', awardedFen: s.fen, judgedOn: today } };
    }
    case 'enforce':
      return { type: 'ApplyForEnforcement', data: { partyId: parties[s.party]!, court: court(0), title: (['award', 'mediation_statement', 'judgment'] as const)[s.title]!, appliedOn: today } };
    case 'conclude': {
      const enforcementId = Object.keys(state.enforcements)[0] ?? 'enforcement-none';
      return { type: 'RecordEnforcementConcluded', data: { enforcementId, recoveredFen: s.fen, concludedOn: today } };
    }
    case 'paymentOrder': {
      const claimIds = [['wages'], ['wages', 'compensation'], ['reinstatement'], []][s.claims]!;
      return { type: 'ApplyForPaymentOrder', data: { partyId: WORKER, court: court(s.level), claimIds, appliedOn: today } };
    }
    case 'issue':
      return { type: 'RecordPaymentOrderIssued', data: { amountFen: s.fen, issuedOn: today } };
    case 'outcome':
      return { type: 'RecordPaymentOrderOutcome', data: s.paid ? { outcome: 'paid', paidFen: s.fen, paidOn: today } : { outcome: 'objection_raised', objectedOn: today } };
  }
}

interface Decided {
  readonly today: LegalDate;
  readonly events: readonly LitigationFact[];
}

/** Runs the steps; refusals are part of life, any other error is a bug. */
function run(steps: readonly Step[], arbitration: ArbitrationFacts): { readonly decisions: readonly Decided[]; readonly state: LitigationState; readonly repeats: number } {
  let today = '2026-06-01';
  let state = initialLitigationState;
  let ids = 0;
  let repeats = 0;
  const decisions: Decided[] = [];
  const contextOn = (day: LegalDate): LitigationContext =>
    testContext({ today: day, now: instantOf(day), arbitration, paymentOrderEligibleClaimIds: ['wages', 'compensation'], newId: () => `gen-${++ids}` });
  for (const s of steps) {
    if (s.kind === 'advance') {
      today = addDays(today, s.days);
      continue;
    }
    const command = commandFor(s, state, today, arbitration);
    if (!command) continue;
    let events: readonly LitigationFact[];
    try {
      events = decideLitigation(command, state, contextOn(today));
    } catch (error) {
      if (error instanceof RuleViolation) continue;
      throw error;
    }
    state = events.reduce(evolveLitigation, state);
    decisions.push({ today, events });
    // The same command again changes nothing: it is neither refused nor decided twice.
    if (events.length > 0) {
      expect(decideLitigation(command, state, contextOn(today))).toEqual([]);
      repeats++;
    }
  }
  return { decisions, state, repeats };
}

const windowOfSuit: Partial<Record<SuitBasis, (partyId: string) => string>> = {
  after_final_award: (partyId) => `workerSuitAfterFinalAwardFifteenDays:${partyId}`,
  after_non_final_award: (partyId) => `suitAfterNonFinalAwardFifteenDays:${partyId}`,
  after_annulment: () => 'suitAfterAnnulmentFifteenDays',
};

/** The window as the history stood before `index`: its due date, and whether it had expired or been cancelled. */
function windowBefore(history: readonly LitigationFact[], index: number, deadlineId: string) {
  let dueOn: LegalDate | null | undefined;
  let closed = false;
  for (const event of history.slice(0, index)) {
    if (!('deadlineId' in event.data) || event.data.deadlineId !== deadlineId) continue;
    if (event.type === 'DeadlineSet') [dueOn, closed] = [event.data.dueOn, false];
    if (event.type === 'DeadlineExpired' || event.type === 'DeadlineCancelled') closed = true;
  }
  return { dueOn, closed };
}

function checkInvariants(decisions: readonly Decided[], state: LitigationState): void {
  const history = decisions.flatMap((d) => d.events);
  const todayOf = decisions.flatMap((d) => d.events.map(() => d.today));
  const filedInTime = (index: number, deadlineId: string, on: LegalDate) => {
    const window = windowBefore(history, index, deadlineId);
    expect(window.dueOn).toBeDefined();
    expect(window.closed).toBe(false);
    if (window.dueOn) expect(on <= window.dueOn).toBe(true);
  };
  const closedAt = history.findIndex((e) => e.type === 'DisputeClosed');

  history.forEach((event, index) => {
    // No suit, annulment or appeal after its window closed.
    if (event.type === 'SuitFiled') {
      const window = windowOfSuit[event.data.basis];
      if (window) filedInTime(index, window(event.data.partyId), event.data.filedOn);
    }
    if (event.type === 'AnnulmentApplied') filedInTime(index, `employerAnnulmentThirtyDays:${event.data.partyId}`, event.data.appliedOn);
    if (event.type === 'AppealFiled') filedInTime(index, 'appealFifteenDays', event.data.filedOn);
    // No judgment without its registered court case.
    if (event.type === 'JudgmentIssued' || event.type === 'FinalJudgmentIssued') {
      const proceeding = event.type === 'JudgmentIssued' ? 'first_instance' : 'second_instance';
      const registered = history.slice(0, index).some((e) => e.type === 'CourtCaseRegistered' && e.data.proceeding === proceeding && e.data.caseNumber === event.data.caseNumber);
      expect(registered).toBe(true);
    }
    // Deadlines never before their trigger, and triggered by a day that has come.
    if (event.type === 'DeadlineSet') {
      expect(event.data.dueOn !== null && event.data.dueOn > event.data.trigger).toBe(true);
      expect(event.data.trigger <= todayOf[index]!).toBe(true);
    }
    // Nothing but enforcement facts after closure.
    if (closedAt >= 0 && index > closedAt) expect(enforcementEventTypes as readonly string[]).toContain(event.type);
  });
  expect(history.filter((e) => e.type === 'DisputeClosed').length).toBeLessThanOrEqual(1);
  expect(state.status === 'closed').toBe(closedAt >= 0);
}

const scenario = fc.tuple(fc.constantFrom(...arbitrations), fc.array(step, { minLength: 10, maxLength: 80 }));

describe('litigation under random command sequences', () => {
  it('keeps its invariants: windows respected, judgments on registered cases, closure final, deadlines after triggers, repeats inert', () => {
    fc.assert(
      fc.property(scenario, ([arbitration, steps]) => {
        const { decisions, state } = run(steps, arbitration);
        checkInvariants(decisions, state);
      }),
      { numRuns: 1000 },
    );
  });

  it('reaches every part of the stage, so the invariants above are exercised (fixed seed)', () => {
    const seen = new Map<string, number>();
    let repeats = 0;
    for (const [arbitration, steps] of fc.sample(scenario, { numRuns: 3000, seed: 20260601 })) {
      const outcome = run(steps, arbitration);
      outcome.decisions.forEach((d) => d.events.forEach((e) => seen.set(e.type, (seen.get(e.type) ?? 0) + 1)));
      repeats += outcome.repeats;
    }
    const reached = [...seen.keys()];
    // The two deepest chains (appeal court, judgment left unappealed) are rare in a blind walk; their slices' specs cover them.
    const deepest: readonly string[] = ['FinalJudgmentIssued', 'JudgmentTookEffect'];
    for (const type of [...litigationEventTypes.filter((t) => !deepest.includes(t)), 'DeadlineExpired', 'DeadlineCancelled', 'DisputeClosed']) {
      expect(reached).toContain(type);
    }
    expect(repeats).toBeGreaterThan(500);
  });
});
