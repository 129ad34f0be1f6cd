import fc from 'fast-check';
import { RuleViolation, type LegalDate, type Role } from '#domain-core';
import { enforcementEventTypes } from '#litigation';
import type { DisputeCommand } from './dispute-commands.js';
import { decideDispute } from './dispute-decider.js';
import { evolveDispute, initialDisputeState, type DisputeFact, type DisputeState } from './dispute-state.js';
import { contextOn, EMPLOYER, nextDay, registration, WORKER } from './testing/case-file.js';
import { accept, agreement, apply, award, basicCourt, composeSole, hearing, intermediateCourt, openMediation, received, session } from './scenarios/steps.js';

const addDays = (date: LegalDate, days: number): LegalDate => (days === 0 ? date : addDays(nextDay(date), days - 1));
const party = fc.constantFrom(WORKER, EMPLOYER);

type Step = [DisputeCommand, Role];

/** What a case in this state would usually see next: weighted up so that walks reach awards, suits and closures. */
function likelyNext(on: LegalDate, state: DisputeState): fc.Arbitrary<Step> | undefined {
  const { mediation, arbitration } = state;
  if (state.status === 'unregistered') return fc.constant([registration(on), 'mediator']);
  if (mediation.status === 'not_started' && arbitration.status === 'not_applied') return fc.constantFrom<Step>([openMediation(on), 'mediator'], [apply(on), 'arbitration-clerk']);
  if (mediation.status === 'open') {
    return fc.constantFrom<Step>(
      [agreement(on, addDays(on, 10)), 'mediator'],
      [{ type: 'RecordMediationFailed', data: { failedOn: on, reason: 'no agreement' } }, 'mediator'],
    );
  }
  if (mediation.status === 'agreement_pending') {
    return fc.constantFrom<Step>(
      [{ type: 'RecordAgreementPerformed', data: { performedOn: on, recoveredFen: 1_000_000 } }, 'mediator'],
      [{ type: 'RecordAgreementBreached', data: { breachedOn: on, breachedClaimIds: ['c1'] } }, 'mediator'],
    );
  }
  if (arbitration.status === 'not_applied') return fc.constant([apply(on), 'arbitration-clerk']);
  if (arbitration.status === 'applied') return fc.constant([accept(on), 'arbitration-clerk']);
  if (arbitration.status === 'accepted' && !arbitration.tribunal) return fc.constant([composeSole(on), 'arbitration-clerk']);
  if (arbitration.status === 'accepted' && Object.keys(arbitration.hearings).length === 0) return fc.constant([hearing(on, addDays(on, 7)), 'arbitration-clerk']);
  if (arbitration.status === 'accepted') return fc.constant([award(on, [{ claimId: 'c1', awardedFen: 1_200_000, decision: 'pay' }]), 'arbitrator']);
  if (arbitration.status === 'awarded') return party.map((p): Step => [received(p, on), 'arbitration-clerk']);
  return undefined;
}

/** Every command a clerk, mediator, arbitrator or court might send, with plausible but unordered dates. */
const command = (on: LegalDate, state: DisputeState): fc.Arbitrary<Step> => {
  const next = likelyNext(on, state);
  const any = anyCommand(on, state);
  return next ? fc.oneof({ arbitrary: next, weight: 3 }, { arbitrary: any, weight: 2 }) : any;
};

const anyCommand = (on: LegalDate, state: DisputeState): fc.Arbitrary<Step> => {
  const deadlines = Object.values({ ...state.mediation.deadlines, ...state.arbitration.deadlines, ...state.litigation.deadlines });
  return fc.oneof(
    fc.constant<[DisputeCommand, Role]>([registration(on), 'mediator']),
    fc.constant<[DisputeCommand, Role]>([openMediation(on), 'mediator']),
    fc.constantFrom<'adjourned' | 'agreement' | 'failed'>('adjourned', 'agreement', 'failed').map((o): [DisputeCommand, Role] => [session(`s-${on}`, on, o), 'mediator']),
    fc.integer({ min: 1, max: 20 }).map((d): [DisputeCommand, Role] => [agreement(on, addDays(on, d)), 'mediator']),
    fc.constant<[DisputeCommand, Role]>([{ type: 'RecordAgreementPerformed', data: { performedOn: on, recoveredFen: 1_000_000 } }, 'mediator']),
    fc.constant<[DisputeCommand, Role]>([{ type: 'RecordAgreementBreached', data: { breachedOn: on, breachedClaimIds: ['c1'] } }, 'mediator']),
    fc.constant<[DisputeCommand, Role]>([{ type: 'RecordMediationFailed', data: { failedOn: on, reason: 'no agreement' } }, 'mediator']),
    fc.constant<[DisputeCommand, Role]>([apply(on), 'arbitration-clerk']),
    fc.constant<[DisputeCommand, Role]>([accept(on), 'arbitration-clerk']),
    fc.constant<[DisputeCommand, Role]>([{ type: 'RefuseArbitration', data: { reason: 'other', writtenReasons: 'x', refusedOn: on } }, 'arbitration-clerk']),
    fc.constant<[DisputeCommand, Role]>([composeSole(on), 'arbitration-clerk']),
    fc.integer({ min: 1, max: 15 }).map((d): [DisputeCommand, Role] => [hearing(on, addDays(on, d)), 'arbitration-clerk']),
    fc.constant<[DisputeCommand, Role]>([{ type: 'SuspendArbitration', data: { ground: 'party_died_awaiting_heirs', suspendedOn: on } }, 'arbitrator']),
    fc.constant<[DisputeCommand, Role]>([{ type: 'ResumeArbitration', data: { resumedOn: on } }, 'arbitrator']),
    fc.integer({ min: 1, max: 20 }).map((d): [DisputeCommand, Role] => [
      { type: 'ExtendAwardDeadline', data: { extensionDays: d, approvedBy: 'chair', approvalRef: 'r', partiesNotifiedOn: on } },
      'commission-chair',
    ]),
    fc.constant<[DisputeCommand, Role]>([award(on, [{ claimId: 'c1', awardedFen: 1_200_000, decision: 'pay' }, { claimId: 'c2', awardedFen: 4_000_000, decision: 'pay' }]), 'arbitrator']),
    party.map((p): [DisputeCommand, Role] => [received(p, on), 'arbitration-clerk']),
    fc.constant<[DisputeCommand, Role]>([{ type: 'WithdrawApplication', data: { withdrawnOn: on, reason: 'settled privately' } }, 'arbitration-clerk']),
    fc.constantFrom('after_final_award', 'after_non_final_award', 'after_refusal', 'after_award_overdue', 'after_acceptance_overdue').chain((basis) =>
      party.map((p): [DisputeCommand, Role] => [{ type: 'FileSuit', data: { partyId: p, court: basicCourt, basis: basis as 'after_refusal', filedOn: on } }, 'court-liaison']),
    ),
    fc.constant<[DisputeCommand, Role]>([{ type: 'ApplyForAnnulment', data: { partyId: EMPLOYER, court: intermediateCourt, appliedOn: on } }, 'court-liaison']),
    fc.constant<[DisputeCommand, Role]>([{ type: 'ApplyForPaymentOrder', data: { partyId: WORKER, court: basicCourt, claimIds: ['c1'], appliedOn: on } }, 'court-liaison']),
    fc.constant<[DisputeCommand, Role]>([{ type: 'ApplyForEnforcement', data: { partyId: WORKER, court: basicCourt, title: 'award', appliedOn: on } }, 'court-liaison']),
    deadlines.length === 0
      ? fc.constant<[DisputeCommand, Role]>([registration(on), 'mediator'])
      : fc.constantFrom(...deadlines).map((d): [DisputeCommand, Role] => [{ type: 'ExpireDeadline', data: { deadlineId: d.id, dueOn: d.dueOn ?? on } }, 'system']),
  );
};

interface Run {
  readonly facts: readonly DisputeFact[];
  readonly state: DisputeState;
}

/** Random walks of 1 to 40 steps, each a few days after the last, deciding whatever the generator proposes. */
const walk = fc.integer({ min: 1, max: 60 }).chain((steps) =>
  fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 1_000_000 })), { minLength: steps, maxLength: steps }),
);

function play(choices: readonly [number, number][]): Run {
  let state = initialDisputeState();
  const facts: DisputeFact[] = [];
  let on: LegalDate = '2026-01-05';
  let ids = 0;
  for (const [gap, seed] of choices) {
    on = addDays(on, gap);
    const [cmd, role] = fc.sample(command(on, state), { seed, numRuns: 1 })[0]!;
    const context = contextOn('dispute-p', on, role, () => `id-${++ids}`);
    let decided: readonly DisputeFact[] = [];
    try {
      decided = decideDispute(cmd, state, context);
    } catch (error) {
      if (!(error instanceof RuleViolation)) throw error;
      continue;
    }
    facts.push(...decided);
    state = decided.reduce(evolveDispute, state);
  }
  return { facts, state };
}

const enforcement: readonly string[] = enforcementEventTypes;

describe('the composed dispute decider, over random command sequences', () => {
  it('refuses only with named rules, and keeps every invariant of the case', () => {
    fc.assert(
      fc.property(walk, (choices) => {
        const { facts, state } = play(choices);
        const closedAt = facts.findIndex((f) => f.type === 'DisputeClosed');
        // One closure at most, and after it nothing but enforcement (LDMAL 51).
        expect(facts.filter((f) => f.type === 'DisputeClosed').length).toBeLessThanOrEqual(1);
        if (closedAt >= 0) facts.slice(closedAt + 1).forEach((f) => expect(enforcement).toContain(f.type));
        // No award without a tribunal composed before it (LDMAL 31).
        const awardAt = facts.findIndex((f) => f.type === 'AwardIssued');
        if (awardAt >= 0) expect(facts.slice(0, awardAt).some((f) => f.type === 'TribunalComposed')).toBe(true);
        // No arbitration while an agreement awaits performance or after settlement (LDMAL 14, 15).
        const appliedAt = facts.findIndex((f) => f.type === 'ArbitrationApplied');
        if (appliedAt >= 0) expect(facts.slice(0, appliedAt).some((f) => f.type === 'MediationAgreementPerformed')).toBe(false);
        // Deadlines run forwards from their trigger, except notices counted back from a hearing.
        for (const f of facts) {
          if (f.type === 'DeadlineSet' && f.data.dueOn !== null && !f.data.rule.startsWith('hearingNotice')) expect(f.data.dueOn >= f.data.trigger).toBe(true);
          expect((f.data as { disputeId: string }).disputeId).toBe('dispute-p');
        }
        // A closed case has no clock running.
        if (state.status === 'closed') {
          const live = [state.mediation.deadlines, state.arbitration.deadlines, state.litigation.deadlines]
            .flatMap((d) => Object.values(d))
            .filter((d) => d.status === 'running' || d.status === 'paused');
          expect(live).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('walks deep enough to matter: awards, suits and closures all occur', () => {
    const reached = new Set(fc.sample(walk, { seed: 7, numRuns: 300 }).flatMap((choices) => play(choices).facts.map((f) => f.type)));
    for (const type of ['MediationAgreementReached', 'ArbitrationAccepted', 'AwardIssued', 'ChallengeWindowsOpened', 'SuitFiled', 'DisputeClosed', 'DeadlineExpired']) {
      expect(reached).toContain(type);
    }
  });

  it('is deterministic: the same walk gives the same facts', () => {
    fc.assert(
      fc.property(walk, (choices) => {
        expect(play(choices).facts).toEqual(play(choices).facts);
      }),
      { numRuns: 50 },
    );
  });
});
