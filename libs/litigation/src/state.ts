import {
  assertNever,
  evolveDeadlines,
  isDeadlineEvent,
  type ClosureOutcome,
  type DeadlineEvent,
  type Deadlines,
  type Fen,
  type Instant,
  type LegalDate,
} from '#domain-core';
import type { PartyRole } from './context.js';
import { litigationEventTypes } from './events.js';
import type {
  AwardKind,
  AwardReceipt,
  ChallengeTrack,
  EnforcementTitle,
  FirstInstanceOutcome,
  LitigationEvent,
  LitigationFact,
  SecondInstanceOutcome,
  SuitBasis,
} from './events.js';
import type { CourtLevel, Proceeding } from './shared/court.js';
import { isLitigationPeriod } from './shared/windows.js';

export interface AwardUnderChallenge {
  readonly awardId: string;
  readonly awardKind: AwardKind;
  readonly track: ChallengeTrack;
  readonly receipts: readonly AwardReceipt[];
  /** 'challengeable' until its windows have all passed unused, or an annulment ended it. */
  readonly standing: 'challengeable' | 'took_effect' | 'unchallenged' | 'annulled';
}

export interface Annulment {
  readonly partyId: string;
  readonly courtId: string;
  readonly appliedOn: LegalDate;
  readonly ruling?: { readonly result: 'annulled' | 'rejected'; readonly ruledOn: LegalDate; readonly servedOn: LegalDate };
}

export interface Suit {
  readonly suitId: string;
  readonly partyId: string;
  readonly role: PartyRole;
  readonly courtId: string;
  readonly courtLevel: CourtLevel;
  readonly basis: SuitBasis;
  readonly filedOn: LegalDate;
}

export interface CourtCase {
  readonly proceeding: Proceeding;
  readonly courtId: string;
  readonly courtLevel: CourtLevel;
  readonly caseNumber: string;
  readonly registeredOn: LegalDate;
}

export interface Judgment {
  readonly caseNumber: string;
  readonly outcome: FirstInstanceOutcome;
  readonly awardedFen: Fen;
  readonly judgedOn: LegalDate;
  readonly servedOn: LegalDate;
}

export interface FinalJudgment {
  readonly caseNumber: string;
  readonly outcome: SecondInstanceOutcome;
  readonly awardedFen: Fen;
  readonly judgedOn: LegalDate;
}

export interface Appeal {
  readonly partyId: string;
  readonly role: PartyRole;
  readonly filedOn: LegalDate;
}

export interface PaymentOrder {
  readonly partyId: string;
  readonly courtId: string;
  readonly claimIds: readonly string[];
  readonly appliedOn: LegalDate;
  readonly issued?: { readonly amountFen: Fen; readonly issuedOn: LegalDate };
  readonly outcome?:
    | { readonly kind: 'paid'; readonly paidFen: Fen; readonly paidOn: LegalDate }
    | { readonly kind: 'objection_raised'; readonly objectedOn: LegalDate };
}

export interface Enforcement {
  readonly enforcementId: string;
  readonly partyId: string;
  readonly courtId: string;
  readonly title: EnforcementTitle;
  readonly appliedOn: LegalDate;
  readonly concluded?: { readonly recoveredFen: Fen; readonly concludedOn: LegalDate };
}

/** Everything the court side has recorded; the parallel tracks (challenge, court, payment order, enforcement) live side by side. */
export interface LitigationRecord {
  readonly deadlines: Deadlines;
  readonly award?: AwardUnderChallenge;
  readonly annulment?: Annulment;
  readonly suits: readonly Suit[];
  readonly courtCases: Readonly<Partial<Record<Proceeding, CourtCase>>>;
  readonly judgment?: Judgment;
  readonly appeals: readonly Appeal[];
  readonly finalJudgment?: FinalJudgment;
  /** The judgment a court may enforce: first instance unappealed (CPL 171) or second instance. */
  readonly effectiveJudgment?: { readonly caseNumber: string; readonly awardedFen: Fen };
  readonly paymentOrder?: PaymentOrder;
  readonly enforcements: Readonly<Record<string, Enforcement>>;
}

export type LitigationState =
  /** Nothing has reached the court side yet. */
  | ({ readonly status: 'idle' } & LitigationRecord)
  | ({ readonly status: 'open' } & LitigationRecord)
  /** Closed by this or another stage: only enforcement facts follow (LDMAL 51). */
  | ({ readonly status: 'closed'; readonly closure: { readonly outcome: ClosureOutcome; readonly closedAt: Instant } } & LitigationRecord);

export const initialLitigationState: LitigationState = {
  status: 'idle',
  deadlines: {},
  suits: [],
  courtCases: {},
  appeals: [],
  enforcements: {},
};

// The deadline events that belong to this stage: set under one of its periods, or about a deadline it already holds.
const ownsDeadlineEvent = (deadlines: Deadlines, event: DeadlineEvent): boolean =>
  event.type === 'DeadlineSet' ? isLitigationPeriod(event.data.rule) : event.data.deadlineId in deadlines;

export function evolveLitigation(state: LitigationState, event: LitigationFact): LitigationState {
  if (event.type === 'DisputeClosed') {
    if (state.status === 'closed') return state;
    return { ...state, status: 'closed', closure: { outcome: event.data.outcome, closedAt: event.data.closedAt } };
  }
  if (isDeadlineEvent(event)) {
    return ownsDeadlineEvent(state.deadlines, event) ? { ...state, deadlines: evolveDeadlines(state.deadlines, event) } : state;
  }
  if (!isLitigationEvent(event)) return state;
  const record = evolveRecord(state, event);
  return state.status === 'closed' ? { ...record, status: 'closed', closure: state.closure } : { ...record, status: 'open' };
}

const litigationTypes: ReadonlySet<string> = new Set(litigationEventTypes);
// Another stage's event arrives here through the composition and must pass through untouched.
const isLitigationEvent = (event: { readonly type: string }): event is LitigationEvent => litigationTypes.has(event.type);

function evolveRecord(state: LitigationRecord, event: LitigationEvent): LitigationRecord {
  switch (event.type) {
    case 'ChallengeWindowsOpened': {
      const { awardId, awardKind, track, receipts } = event.data;
      const earlier = state.award?.awardId === awardId ? state.award.receipts : [];
      return { ...state, award: { awardId, awardKind, track, receipts: [...earlier, ...receipts], standing: state.award?.standing ?? 'challengeable' } };
    }
    case 'SuitFiled': {
      const { suitId, partyId, role, courtId, courtLevel, basis, filedOn } = event.data;
      return { ...state, suits: [...state.suits, { suitId, partyId, role, courtId, courtLevel, basis, filedOn }] };
    }
    case 'AnnulmentApplied': {
      const { partyId, courtId, appliedOn } = event.data;
      return { ...state, annulment: { partyId, courtId, appliedOn } };
    }
    case 'AwardAnnulled':
    case 'AnnulmentRejected': {
      if (!state.annulment) return state;
      const { ruledOn, servedOn } = event.data;
      const result = event.type === 'AwardAnnulled' ? 'annulled' : 'rejected';
      const award = state.award && result === 'annulled' ? { ...state.award, standing: 'annulled' as const } : state.award;
      return { ...state, award, annulment: { ...state.annulment, ruling: { result, ruledOn, servedOn } } };
    }
    case 'AwardTookEffect':
      return state.award ? { ...state, award: { ...state.award, standing: 'took_effect' } } : state;
    case 'FinalAwardUnchallenged':
      return state.award ? { ...state, award: { ...state.award, standing: 'unchallenged' } } : state;
    case 'CourtCaseRegistered': {
      const { proceeding, courtId, courtLevel, caseNumber, registeredOn } = event.data;
      return { ...state, courtCases: { ...state.courtCases, [proceeding]: { proceeding, courtId, courtLevel, caseNumber, registeredOn } } };
    }
    case 'JudgmentIssued': {
      const { caseNumber, outcome, awardedFen, judgedOn, servedOn } = event.data;
      return { ...state, judgment: { caseNumber, outcome, awardedFen, judgedOn, servedOn } };
    }
    case 'AppealFiled': {
      const { partyId, role, filedOn } = event.data;
      return { ...state, appeals: [...state.appeals, { partyId, role, filedOn }] };
    }
    case 'JudgmentTookEffect': {
      const { caseNumber, awardedFen } = event.data;
      return { ...state, effectiveJudgment: { caseNumber, awardedFen } };
    }
    case 'FinalJudgmentIssued': {
      const { caseNumber, outcome, awardedFen, judgedOn } = event.data;
      return { ...state, finalJudgment: { caseNumber, outcome, awardedFen, judgedOn }, effectiveJudgment: { caseNumber, awardedFen } };
    }
    case 'EnforcementApplied': {
      const { enforcementId, partyId, courtId, title, appliedOn } = event.data;
      return { ...state, enforcements: { ...state.enforcements, [enforcementId]: { enforcementId, partyId, courtId, title, appliedOn } } };
    }
    case 'EnforcementConcluded': {
      const { enforcementId, recoveredFen, concludedOn } = event.data;
      const enforcement = state.enforcements[enforcementId];
      if (!enforcement) return state;
      return { ...state, enforcements: { ...state.enforcements, [enforcementId]: { ...enforcement, concluded: { recoveredFen, concludedOn } } } };
    }
    case 'PaymentOrderApplied': {
      const { partyId, courtId, claimIds, appliedOn } = event.data;
      return { ...state, paymentOrder: { partyId, courtId, claimIds, appliedOn } };
    }
    case 'PaymentOrderIssued': {
      const { amountFen, issuedOn } = event.data;
      return state.paymentOrder ? { ...state, paymentOrder: { ...state.paymentOrder, issued: { amountFen, issuedOn } } } : state;
    }
    case 'PaymentOrderPaid': {
      const { paidFen, paidOn } = event.data;
      return state.paymentOrder ? { ...state, paymentOrder: { ...state.paymentOrder, outcome: { kind: 'paid', paidFen, paidOn } } } : state;
    }
    case 'PaymentOrderObjectionRaised': {
      const { objectedOn } = event.data;
      return state.paymentOrder ? { ...state, paymentOrder: { ...state.paymentOrder, outcome: { kind: 'objection_raised', objectedOn } } } : state;
    }
    default:
      return assertNever(event, 'litigation event');
  }
}
