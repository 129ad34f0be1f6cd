import { decideDispute, evolveDispute, initialDisputeState, statutoryClock, summarise, type DisputeCommand, type DisputeFact, type DisputeState } from '#dispute';
import { HEARING_NOTICE } from '#arbitration';
import { addDays } from '#calendar';
import { isLive, type EventMetadata, type LegalDate, type Role } from '#domain-core';
import { minimumWageTable } from '#minimum-wage';
import { fictionalCompany, fictionalIdNumber, fictionalName, fictionalPhone } from './fictional-people.js';
import { demoOrganisations as orgs } from './organisations.js';
import { seededRandom, type Random } from './random.js';

export interface GeneratedEvent {
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: EventMetadata & Record<string, unknown>;
}

export interface GeneratedDispute {
  readonly disputeId: string;
  readonly path: string;
  readonly events: readonly GeneratedEvent[];
  readonly state: DisputeState;
}

export interface GenerationOptions {
  readonly count: number;
  readonly seed?: number;
  /** Registration days are spread over [from, to]; later steps follow within weeks. Keep `to` so clocks stay in the calendar's data. */
  readonly from?: LegalDate;
  readonly to?: LegalDate;
  /** Cases still running are cut at this day. */
  readonly today?: LegalDate;
  /** Stores a natural person's numbers (in the vault) and returns what the events may hold. */
  readonly person?: (numbers: { idNumber: string; phone: string }) => Promise<{ personId: string; maskedIdNumber: string }>;
  /** The commission's next case number (the real allocator when seeding). */
  readonly caseNumber?: (commissionId: string, year: number, disputeId: string) => Promise<string>;
  /**
   * 'brief' (the default, which the demo and the hand-computed dashboard tests rely on): the fewest steps per path,
   * about 13 events a case. 'full': the steps a case usually also has (adjourned mediation sessions before the one that
   * decides; service of the application, the defence and its service, a postponed first hearing, the hearings held,
   * a second hearing), about 20 events a case: 50,000 disputes make the benchmark's 1,000,000 events.
   */
  readonly procedure?: 'brief' | 'full';
}

const clock = statutoryClock();
const minimumWage = minimumWageTable();
const actors: Record<string, { role: Role; org: (c: CaseOrgs) => string }> = {
  mediator: { role: 'mediator', org: (c) => c.body },
  clerk: { role: 'arbitration-clerk', org: () => orgs.commissions[0].id },
  arbitrator: { role: 'arbitrator', org: () => orgs.commissions[0].id },
  chair: { role: 'commission-chair', org: () => orgs.commissions[0].id },
  court: { role: 'court-liaison', org: () => orgs.courts[0].id },
  system: { role: 'system', org: () => 'system' },
};
interface CaseOrgs {
  readonly body: string;
}

/** Builds one case by deciding real commands, day by day, so every generated fact is one the system would record. */
class CaseBuilder {
  state: DisputeState = initialDisputeState();
  readonly events: GeneratedEvent[] = [];
  private ids = 0;
  /** Set by the first step after `today`: the case stops there, as a case still running would. */
  private cut = false;

  constructor(
    readonly disputeId: string,
    readonly orgs: CaseOrgs,
    private readonly random: Random,
    private readonly today: LegalDate,
  ) {}

  /** Whether a step on this day still happens (none after `today`, none after a step that did not). */
  reaches(on: LegalDate): boolean {
    if (on > this.today) this.cut = true;
    return !this.cut;
  }

  do(on: LegalDate, who: keyof typeof actors, command: DisputeCommand): this {
    if (!this.reaches(on)) return this;
    const actor = actors[who]!;
    const facts = decideDispute(command, this.state, {
      disputeId: this.disputeId,
      today: on,
      now: `${on}T02:00:00.000Z`,
      newId: () => `${this.disputeId}:${++this.ids}`,
      clock,
      actorRole: actor.role,
      minimumWage,
    });
    const commandId = this.random.uuid();
    for (const fact of facts) this.record(fact, actor.role, actor.org(this.orgs), commandId);
    return this;
  }

  /** Fires every live deadline that is due before `until`, as the timers would (the day after the last day). */
  expireDue(until: LegalDate): this {
    for (;;) {
      const due = [this.state.mediation.deadlines, this.state.arbitration.deadlines, this.state.litigation.deadlines]
        .flatMap((d) => Object.values(d))
        .filter((d) => isLive(d) && d.dueOn !== null && d.dueOn < until)
        .sort((a, b) => a.dueOn!.localeCompare(b.dueOn!))[0];
      if (!due || !this.reaches(addDays(due.dueOn!, 1))) return this;
      this.do(addDays(due.dueOn!, 1), 'system', { type: 'ExpireDeadline', data: { deadlineId: due.id, dueOn: due.dueOn! } });
    }
  }

  private record(fact: DisputeFact, role: Role, organisationId: string, commandId: string): void {
    this.events.push({
      id: this.random.uuid(),
      type: fact.type,
      data: fact.data,
      metadata: {
        actor: { userId: `${role}@${organisationId}`, role, organisationId },
        organisationId,
        correlationId: commandId,
        causationId: commandId,
        summary: summarise(fact),
      },
    });
    this.state = evolveDispute(this.state, fact);
  }
}

const paths = [
  ['settled_in_mediation', 30],
  ['mediation_in_progress', 8],
  ['agreement_breached_payment_order', 6],
  ['non_final_award_effective', 14],
  ['final_award_unchallenged', 10],
  ['arbitration_in_progress', 10],
  ['refused_then_court', 5],
  ['withdrawn', 5],
  ['awaiting_acceptance', 4],
  ['mediation_expired_handed_over', 5],
  ['collective_in_arbitration', 3],
] as const;
type Path = (typeof paths)[number][0];

function pickPath(random: Random): Path {
  const total = paths.reduce((s, [, w]) => s + w, 0);
  let roll = random.next() * total;
  for (const [path, weight] of paths) if ((roll -= weight) < 0) return path;
  return paths[0][0];
}

/** The first day from `earliest` on which a hearing noticed on `noticeOn` gives the five days' notice (LDMAL 35). */
const hearingDayAfterNotice = (noticeOn: LegalDate, earliest: LegalDate): LegalDate => {
  let day = earliest;
  while ((clock.compute({ rule: HEARING_NOTICE, trigger: day }).dueOn ?? '') < noticeOn) day = addDays(day, 1);
  return day;
};

const dayBetween = (random: Random, from: LegalDate, to: LegalDate) => {
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return addDays(from, random.int(0, Math.max(0, span)));
};

/** Disputes over every stage and outcome, deterministic for a seed. */
export async function* generateDisputes(options: GenerationOptions): AsyncGenerator<GeneratedDispute> {
  const random = seededRandom(options.seed ?? 2026);
  const from = options.from ?? '2025-03-03';
  const to = options.to ?? '2026-08-31';
  const today = options.today ?? '2026-09-30';
  const person = options.person ?? (async ({ idNumber }) => ({ personId: random.uuid(), maskedIdNumber: `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}` }));
  const counters = new Map<string, number>();
  const caseNumber =
    options.caseNumber ??
    (async (commissionId: string, year: number) => {
      const key = `${commissionId}/${year}`;
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      return `${orgs.commissions[0].caseNumberPrefix}〔${year}〕第${n}号`;
    });

  for (let i = 0; i < options.count; i++) {
    const path = pickPath(random);
    const body = random.pick(orgs.mediationBodies);
    const disputeId = random.uuid();
    const registeredOn = path.endsWith('in_progress') || path === 'awaiting_acceptance' ? addDays(today, -random.int(1, 10)) : dayBetween(random, from, to);
    const builder = new CaseBuilder(disputeId, { body: body.id }, random, today);
    const collective = path === 'collective_in_arbitration';
    const workers = await Promise.all(
      Array.from({ length: collective ? random.int(10, 14) : 1 }, async (_, n) => {
        const idNumber = fictionalIdNumber(random, body.regionCode);
        const stored = await person({ idNumber, phone: fictionalPhone(random) });
        return { partyId: `w${n + 1}`, kind: 'worker' as const, displayName: fictionalName(random), ...stored };
      }),
    );
    const wages = random.int(3, 25) * 100_000;
    const compensation = random.int(10, 80) * 100_000;
    builder.do(registeredOn, 'mediator', {
      type: 'RegisterDispute',
      data: {
        parties: [...workers, { partyId: 'e1', kind: 'employer', displayName: fictionalCompany(random, '杭州'), creditCode: '91330106MA2H2XYT0X' }],
        claims: [
          { claimId: 'c1', type: collective ? 'overtime' : 'wages', amountFen: wages, description: 'unpaid wages (demo)' },
          ...(collective ? [] : [{ claimId: 'c2', type: 'economic_compensation' as const, amountFen: compensation, description: 'compensation (demo)' }]),
        ],
        channel: random.pick(['walk_in', 'online', 'union_referral', 'labour_inspection_referral'] as const),
        regionCode: body.regionCode,
        industry: random.pick(['manufacturing', 'construction', 'catering', 'logistics', 'retail', 'software']),
        knewOfInfringementOn: addDays(registeredOn, -random.int(5, 90)),
        ...(collective ? { collective: { representativeIds: ['w1', 'w2', 'w3'] } } : {}),
        registeredOn,
      },
    });
    await play(builder, path, registeredOn, today, random, workers.map((w) => w.partyId), wages, compensation, caseNumber, body.kind, options.procedure === 'full');
    yield { disputeId, path, events: builder.events, state: builder.state };
  }
}

async function play(
  b: CaseBuilder,
  path: Path,
  d0: LegalDate,
  today: LegalDate,
  random: Random,
  workerIds: readonly string[],
  wages: number,
  compensation: number,
  caseNumber: NonNullable<GenerationOptions['caseNumber']>,
  bodyKind: 'peoples_mediation' | 'township_street',
  full: boolean,
): Promise<void> {
  const day = (n: number) => addDays(d0, n);
  const commission = orgs.commissions[0].id;
  const court = { courtId: orgs.courts[0].id, level: orgs.courts[0].level };
  const mediate = () => b.do(day(0), 'mediator', { type: 'OpenMediation', data: { body: bodyKind, bodyId: b.orgs.body, mediatorId: `mediator-${random.int(1, 4)}`, receivedOn: day(0) } });
  const attendees = [{ id: 'w1', role: 'party' as const }, { id: 'e1', role: 'party' as const }];
  const session = (n: number, outcome: 'adjourned' | 'agreement' | 'failed') => {
    // Adjourned sessions spread over the days before the one that decides, each adjourned to it.
    const earlier = full ? random.int(4, 8) : 0;
    for (let i = 0; i < earlier; i++) {
      const heldOn = day(Math.floor((i * n) / earlier));
      b.do(heldOn, 'mediator', { type: 'RecordMediationSession', data: { sessionId: `s${n}-${i}`, heldOn, attendees, positions: [], outcome: 'adjourned', nextSessionOn: day(n) } });
    }
    return b.do(day(n), 'mediator', {
      type: 'RecordMediationSession',
      data: { sessionId: `s${n}`, heldOn: day(n), attendees, positions: [], outcome, ...(outcome === 'adjourned' ? { nextSessionOn: day(n + 4) } : {}) },
    });
  };
  const agree = (n: number) =>
    b.do(day(n), 'mediator', {
      type: 'RecordMediationAgreement',
      data: {
        terms: [{ claimId: 'c1', amountFen: Math.round(wages * 0.8), text: 'pays most of the arrears (demo)' }],
        performanceDueOn: day(n + 10),
        signatures: { parties: [{ partyId: 'w1', signedOn: day(n) }, { partyId: 'e1', signedOn: day(n) }], mediatorSignedOn: day(n), bodySealedOn: day(n) },
      },
    });
  const arbitrate = async (n: number) => {
    b.do(day(n), 'clerk', { type: 'ApplyForArbitration', data: { commissionId: commission, filedOn: day(n) } });
    // A case cut before its acceptance takes no number: the real allocator's numbers are gapless.
    if (!b.reaches(day(n + 2))) return;
    const number = await caseNumber(commission, Number(day(n + 2).slice(0, 4)), b.disputeId);
    b.do(day(n + 2), 'clerk', { type: 'AcceptArbitration', data: { caseNumber: number, acceptedOn: day(n + 2) } });
    if (full) b.do(day(n + 3), 'clerk', { type: 'RecordApplicationServed', data: { partyId: 'e1', servedOn: day(n + 3) } });
    const arbitrator = `arbitrator-${random.int(1, 3)}`;
    b.do(day(n + 4), 'clerk', { type: 'ComposeTribunal', data: { form: 'sole', arbitratorIds: [arbitrator], presidingId: arbitrator, composedOn: day(n + 4) } });
  };
  /** In full procedure: the defence (within 10 days of service) and its service, and the first hearing postponed once. */
  const prepareHearing = (n: number, hearingOn: LegalDate) => {
    if (!full) return;
    b.do(day(n + 1), 'clerk', { type: 'RecordDefenceFiled', data: { partyId: 'e1', filedOn: day(n + 1) } });
    b.do(day(n + 2), 'clerk', { type: 'AmendClaims', data: { amendmentId: 'a1', amendedOn: day(n + 2), summary: 'adds the unpaid overtime of the last month (demo)' } });
    b.do(day(n + 3), 'clerk', { type: 'RecordDefenceServed', data: { servedOn: day(n + 3) } });
    b.do(day(n + 4), 'clerk', { type: 'PostponeHearing', data: { hearingId: 'h1', newHearingOn: hearingDayAfterNotice(day(n + 4), addDays(hearingOn, 1)), noticeServedOn: day(n + 4), reason: 'respondent asked for time (demo)' } });
  };
  const awardAndReceive = (n: number, items: { claimId: string; awardedFen: number }[]) => {
    // Full procedure: set for day 20, postponed to day 21, where the brief one sets it at once.
    const firstSetFor = day(full ? n + 20 : n + 21);
    b.do(day(n), 'clerk', { type: 'ScheduleHearing', data: { hearingId: 'h1', hearingOn: firstSetFor, noticeServedOn: day(n) } });
    prepareHearing(n, firstSetFor);
    let awardDay = n + 25;
    if (full) {
      const arbitration = b.state.arbitration;
      const firstHeld = ('hearings' in arbitration ? arbitration.hearings['h1'] : undefined) ?? day(n + 21);
      b.do(firstHeld, 'clerk', { type: 'RecordHearingHeld', data: { hearingId: 'h1', heldOn: firstHeld } });
      const second = hearingDayAfterNotice(firstHeld, addDays(firstHeld, 7));
      b.do(firstHeld, 'clerk', { type: 'ScheduleHearing', data: { hearingId: 'h2', hearingOn: second, noticeServedOn: firstHeld } });
      b.do(second, 'clerk', { type: 'RecordHearingHeld', data: { hearingId: 'h2', heldOn: second } });
      awardDay = Math.round((Date.parse(second) - Date.parse(day(0))) / 86_400_000) + 2;
    }
    b.do(day(awardDay), 'arbitrator', { type: 'IssueAward', data: { awardId: 'award-1', awardedOn: day(awardDay), items: items.map((i) => ({ ...i, decision: 'pay (demo)' })) } });
    for (const partyId of [...workerIds, 'e1']) b.do(day(awardDay + 2), 'clerk', { type: 'RecordAwardReceived', data: { partyId, receivedOn: day(awardDay + 2) } });
  };
  switch (path) {
    case 'settled_in_mediation':
      mediate();
      session(3, 'agreement');
      agree(3);
      b.do(day(12), 'mediator', { type: 'RecordAgreementPerformed', data: { performedOn: day(12), recoveredFen: Math.round(wages * 0.8) } });
      return;
    case 'mediation_in_progress':
      mediate();
      session(1, 'adjourned');
      return;
    case 'agreement_breached_payment_order':
      mediate();
      session(2, 'agreement');
      agree(2);
      b.do(day(14), 'mediator', { type: 'RecordAgreementBreached', data: { breachedOn: day(13), breachedClaimIds: ['c1'] } });
      b.do(day(16), 'court', { type: 'ApplyForPaymentOrder', data: { partyId: 'w1', court, claimIds: ['c1'], appliedOn: day(16) } });
      b.do(day(20), 'court', { type: 'RecordPaymentOrderIssued', data: { amountFen: Math.round(wages * 0.8), issuedOn: day(20) } });
      b.do(day(40), 'court', { type: 'RecordPaymentOrderOutcome', data: { outcome: 'paid', paidFen: Math.round(wages * 0.8), paidOn: day(40) } });
      return;
    case 'non_final_award_effective':
      mediate();
      session(2, 'failed');
      b.do(day(2), 'mediator', { type: 'RecordMediationFailed', data: { failedOn: day(2), reason: 'no agreement (demo)' } });
      await arbitrate(4);
      awardAndReceive(9, [{ claimId: 'c1', awardedFen: wages }, { claimId: 'c2', awardedFen: Math.round(compensation * 0.7) }]);
      b.expireDue(day(60));
      // Enforcement needs an effective award: a 30-day annulment window (final items) can outlast day 60 over a holiday.
      if (random.next() < 0.5) b.expireDue(day(85)).do(day(85), 'court', { type: 'ApplyForEnforcement', data: { partyId: 'w1', court, title: 'award', appliedOn: day(85) } });
      return;
    case 'final_award_unchallenged':
      await arbitrate(0);
      awardAndReceive(5, [{ claimId: 'c1', awardedFen: Math.min(wages, 2_000_000) }]);
      b.expireDue(day(80));
      return;
    case 'arbitration_in_progress':
      await arbitrate(0);
      {
        const hearingOn = day(5 + random.int(15, 20));
        b.do(day(5), 'clerk', { type: 'ScheduleHearing', data: { hearingId: 'h1', hearingOn, noticeServedOn: day(5) } });
        prepareHearing(5, hearingOn);
      }
      return;
    case 'refused_then_court':
      b.do(day(0), 'clerk', { type: 'ApplyForArbitration', data: { commissionId: commission, filedOn: day(0) } });
      b.do(day(3), 'clerk', { type: 'RefuseArbitration', data: { reason: 'not_labour_dispute', writtenReasons: 'no employment relationship (demo)', refusedOn: day(3) } });
      b.do(day(10), 'court', { type: 'FileSuit', data: { partyId: 'w1', court, basis: 'after_refusal', filedOn: day(10) } });
      b.do(day(12), 'court', { type: 'RegisterCourtCase', data: { proceeding: 'first_instance', court, caseNumber: `(${day(12).slice(0, 4)})浙0106民初${random.int(1000, 9999)}号`, registeredOn: day(12) } });
      return;
    case 'withdrawn':
      await arbitrate(0);
      b.do(day(8), 'clerk', { type: 'WithdrawApplication', data: { withdrawnOn: day(8), reason: 'settled privately (demo)' } });
      return;
    case 'awaiting_acceptance':
      b.do(day(0), 'clerk', { type: 'ApplyForArbitration', data: { commissionId: commission, filedOn: day(0) } });
      return;
    case 'mediation_expired_handed_over':
      mediate();
      session(2, 'adjourned');
      b.expireDue(day(30));
      b.do(day(30), 'clerk', { type: 'ApplyForArbitration', data: { commissionId: commission, filedOn: day(30) } });
      return;
    case 'collective_in_arbitration':
      await arbitrate(0);
      return;
    default: {
      const never: never = path;
      return never;
    }
  }
}
