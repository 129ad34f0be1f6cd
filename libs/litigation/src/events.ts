import type { DeadlineEvent, DisputeClosed, DomainEvent, Fen, Instant, LegalDate } from '#domain-core';
import type { PartyRole } from './context.js';
import type { CourtLevel, Proceeding } from './shared/court.js';

/** How the award is challenged: a mixed award is challenged as non-final (Interp. I 20, verify). */
export type AwardKind = 'final' | 'non_final' | 'mixed';
export type ChallengeTrack = 'final' | 'non_final';

export type SuitBasis =
  | 'after_final_award' // LDMAL 48, worker only
  | 'after_non_final_award' // LDMAL 50
  | 'after_annulment' // LDMAL 49
  | 'after_refusal' // LDMAL 29
  | 'after_acceptance_overdue' // LDMAL 29
  | 'after_award_overdue'; // LDMAL 43

export type FirstInstanceOutcome = 'claims_upheld' | 'claims_partly_upheld' | 'claims_dismissed';
/** 维持原判 / 改判 (CPL 177). A remand (发回重审) is not modelled. */
export type SecondInstanceOutcome = 'upheld' | 'revised';
export type EnforcementTitle = 'award' | 'mediation_statement' | 'judgment';

export interface AwardReceipt {
  readonly partyId: string;
  readonly role: PartyRole;
  readonly receivedOn: LegalDate;
}

/** The receipts of the award were recorded: each one starts that party's window (set alongside as DeadlineSet). */
export type ChallengeWindowsOpened = DomainEvent<'ChallengeWindowsOpened', {
  readonly disputeId: string;
  readonly awardId: string;
  readonly awardKind: AwardKind;
  readonly track: ChallengeTrack;
  readonly receipts: readonly AwardReceipt[];
  readonly recordedAt: Instant;
}>;

export type SuitFiled = DomainEvent<'SuitFiled', {
  readonly disputeId: string;
  readonly suitId: string;
  readonly partyId: string;
  readonly role: PartyRole;
  readonly courtId: string;
  readonly courtLevel: CourtLevel;
  readonly basis: SuitBasis;
  readonly filedOn: LegalDate;
  readonly recordedAt: Instant;
}>;

/** 申请撤销仲裁裁决 (LDMAL 49). */
export type AnnulmentApplied = DomainEvent<'AnnulmentApplied', {
  readonly disputeId: string;
  readonly awardId: string;
  readonly partyId: string;
  readonly courtId: string;
  readonly appliedOn: LegalDate;
  readonly recordedAt: Instant;
}>;

export type AwardAnnulled = DomainEvent<'AwardAnnulled', {
  readonly disputeId: string;
  readonly awardId: string;
  readonly ruledOn: LegalDate;
  readonly servedOn: LegalDate;
  readonly recordedAt: Instant;
}>;

/** The application was rejected (驳回申请): the final award stands. */
export type AnnulmentRejected = DomainEvent<'AnnulmentRejected', {
  readonly disputeId: string;
  readonly awardId: string;
  readonly ruledOn: LegalDate;
  readonly servedOn: LegalDate;
  readonly recordedAt: Instant;
}>;

/** A non-final (or mixed) award nobody sued on in time took effect (LDMAL 50). */
export type AwardTookEffect = DomainEvent<'AwardTookEffect', {
  readonly disputeId: string;
  readonly awardId: string;
  readonly awardedFen: Fen;
  readonly recordedAt: Instant;
}>;

/**
 * Every window against a final award has passed with no suit and no annulment (or the annulment was rejected).
 * A final award is effective from the day it is made (LDMAL 47): this records that it can no longer be challenged.
 */
export type FinalAwardUnchallenged = DomainEvent<'FinalAwardUnchallenged', {
  readonly disputeId: string;
  readonly awardId: string;
  readonly awardedFen: Fen;
  readonly recordedAt: Instant;
}>;

export type CourtCaseRegistered = DomainEvent<'CourtCaseRegistered', {
  readonly disputeId: string;
  readonly proceeding: Proceeding;
  readonly courtId: string;
  readonly courtLevel: CourtLevel;
  readonly caseNumber: string;
  readonly registeredOn: LegalDate;
  readonly recordedAt: Instant;
}>;

/** First-instance judgment (一审判决); the appeal window runs from its service. */
export type JudgmentIssued = DomainEvent<'JudgmentIssued', {
  readonly disputeId: string;
  readonly caseNumber: string;
  readonly outcome: FirstInstanceOutcome;
  readonly awardedFen: Fen;
  readonly judgedOn: LegalDate;
  readonly servedOn: LegalDate;
  readonly recordedAt: Instant;
}>;

export type AppealFiled = DomainEvent<'AppealFiled', {
  readonly disputeId: string;
  readonly partyId: string;
  readonly role: PartyRole;
  readonly filedOn: LegalDate;
  readonly recordedAt: Instant;
}>;

/** No appeal within the window: the first-instance judgment became legally effective (CPL 171). */
export type JudgmentTookEffect = DomainEvent<'JudgmentTookEffect', {
  readonly disputeId: string;
  readonly caseNumber: string;
  readonly awardedFen: Fen;
  readonly recordedAt: Instant;
}>;

/** Second-instance judgment (终审判决): final on being given. */
export type FinalJudgmentIssued = DomainEvent<'FinalJudgmentIssued', {
  readonly disputeId: string;
  readonly caseNumber: string;
  readonly outcome: SecondInstanceOutcome;
  readonly awardedFen: Fen;
  readonly judgedOn: LegalDate;
  readonly recordedAt: Instant;
}>;

export type EnforcementApplied = DomainEvent<'EnforcementApplied', {
  readonly disputeId: string;
  readonly enforcementId: string;
  readonly partyId: string;
  readonly courtId: string;
  readonly title: EnforcementTitle;
  readonly appliedOn: LegalDate;
  readonly recordedAt: Instant;
}>;

export type EnforcementConcluded = DomainEvent<'EnforcementConcluded', {
  readonly disputeId: string;
  readonly enforcementId: string;
  readonly recoveredFen: Fen;
  readonly concludedOn: LegalDate;
  readonly recordedAt: Instant;
}>;

export type PaymentOrderApplied = DomainEvent<'PaymentOrderApplied', {
  readonly disputeId: string;
  readonly partyId: string;
  readonly courtId: string;
  readonly claimIds: readonly string[];
  readonly appliedOn: LegalDate;
  readonly recordedAt: Instant;
}>;

export type PaymentOrderIssued = DomainEvent<'PaymentOrderIssued', {
  readonly disputeId: string;
  readonly amountFen: Fen;
  readonly issuedOn: LegalDate;
  readonly recordedAt: Instant;
}>;

export type PaymentOrderPaid = DomainEvent<'PaymentOrderPaid', {
  readonly disputeId: string;
  readonly paidFen: Fen;
  readonly paidOn: LegalDate;
  readonly recordedAt: Instant;
}>;

/** The employer objected (异议): the order lapses and the worker may apply for arbitration (LDMAL 16). */
export type PaymentOrderObjectionRaised = DomainEvent<'PaymentOrderObjectionRaised', {
  readonly disputeId: string;
  readonly objectedOn: LegalDate;
  readonly recordedAt: Instant;
}>;

export type LitigationEvent =
  | ChallengeWindowsOpened
  | SuitFiled
  | AnnulmentApplied
  | AwardAnnulled
  | AnnulmentRejected
  | AwardTookEffect
  | FinalAwardUnchallenged
  | CourtCaseRegistered
  | JudgmentIssued
  | AppealFiled
  | JudgmentTookEffect
  | FinalJudgmentIssued
  | EnforcementApplied
  | EnforcementConcluded
  | PaymentOrderApplied
  | PaymentOrderIssued
  | PaymentOrderPaid
  | PaymentOrderObjectionRaised;

/** Everything the litigation decider emits and its evolve reads: its own facts, deadlines, closure. */
export type LitigationFact = LitigationEvent | DeadlineEvent | DisputeClosed;

export const litigationEventTypes = [
  'ChallengeWindowsOpened',
  'SuitFiled',
  'AnnulmentApplied',
  'AwardAnnulled',
  'AnnulmentRejected',
  'AwardTookEffect',
  'FinalAwardUnchallenged',
  'CourtCaseRegistered',
  'JudgmentIssued',
  'AppealFiled',
  'JudgmentTookEffect',
  'FinalJudgmentIssued',
  'EnforcementApplied',
  'EnforcementConcluded',
  'PaymentOrderApplied',
  'PaymentOrderIssued',
  'PaymentOrderPaid',
  'PaymentOrderObjectionRaised',
] as const satisfies readonly LitigationEvent['type'][];

/** Facts a closed case still accepts (LDMAL 51). */
export const enforcementEventTypes = ['EnforcementApplied', 'EnforcementConcluded'] as const satisfies readonly LitigationEvent['type'][];

// Fails to compile when an event type is left out of the list above.
type Unlisted = Exclude<LitigationEvent['type'], (typeof litigationEventTypes)[number]>;
const everyTypeListed: [Unlisted] extends [never] ? true : never = true;
void everyTypeListed;
