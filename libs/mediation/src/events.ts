import type { DomainEvent, Fen, Instant, LegalDate } from '#domain-core';

/** Who mediates (LDMAL 10), plus court-delegated (委派) and union mediation. */
export const mediationBodies = ['enterprise_committee', 'peoples_mediation', 'township_street', 'union', 'court_delegated'] as const;
export type MediationBody = (typeof mediationBodies)[number];

export const sessionOutcomes = ['adjourned', 'partial_agreement', 'agreement', 'failed'] as const;
export type SessionOutcome = (typeof sessionOutcomes)[number];

export interface Attendee {
  readonly id: string;
  readonly role: 'party' | 'agent' | 'mediator' | 'observer';
}

export interface Position {
  readonly claimId: string;
  readonly partyId: string;
  readonly position: string;
  readonly offerFen?: Fen;
}

export interface AgreementTerm {
  readonly claimId: string;
  readonly amountFen?: Fen;
  readonly text: string;
}

/** 调解协议书 binds once both parties sign or seal it, the mediator signs and the body seals it (LDMAL 14). */
export interface Signatures {
  readonly parties: readonly { readonly partyId: string; readonly signedOn: LegalDate }[];
  readonly mediatorSignedOn?: LegalDate;
  readonly bodySealedOn?: LegalDate;
}

type Fact<Type extends string, Data> = DomainEvent<Type, Data & { readonly disputeId: string }>;

export type MediationOpened = Fact<'MediationOpened', { body: MediationBody; bodyId: string; mediatorId: string; receivedOn: LegalDate; openedAt: Instant }>;
export type MediatorAssigned = Fact<'MediatorAssigned', { mediatorId: string; assignedAt: Instant }>;
export type MediationSessionRecorded = Fact<'MediationSessionRecorded', {
  sessionId: string;
  heldOn: LegalDate;
  attendees: readonly Attendee[];
  positions: readonly Position[];
  outcome: SessionOutcome;
  nextSessionOn?: LegalDate;
  recordedAt: Instant;
}>;
export type MediationAgreementReached = Fact<'MediationAgreementReached', {
  terms: readonly AgreementTerm[];
  agreedFen: Fen;
  performanceDueOn: LegalDate;
  signatures: Signatures;
  /** The day the last signature or seal made it binding. */
  effectiveOn: LegalDate;
  reachedAt: Instant;
}>;
export type MediationAgreementPerformed = Fact<'MediationAgreementPerformed', { performedOn: LegalDate; recoveredFen: Fen; recordedAt: Instant }>;
export type MediationAgreementBreached = Fact<'MediationAgreementBreached', {
  breachedOn: LegalDate;
  breachedClaimIds: readonly string[];
  /** 支付令 (LDMAL 16): breached items on wages, work-injury medical costs, compensation or damages. */
  paymentOrderEligibleClaimIds: readonly string[];
  recordedAt: Instant;
}>;
export type MediationFailed = Fact<'MediationFailed', { failedOn: LegalDate; reason: string; recordedAt: Instant }>;
/** No agreement within 15 days: either party may apply for arbitration (LDMAL 14). */
export type MediationWindowExpired = Fact<'MediationWindowExpired', { expiredOn: LegalDate; expiredAt: Instant }>;
/** Joint application for arbitral review of the agreement (Rules 74). */
export type MediationAgreementReviewRequested = Fact<'MediationAgreementReviewRequested', { commissionId: string; requestedOn: LegalDate; requestedAt: Instant }>;

export type MediationEvent =
  | MediationOpened
  | MediatorAssigned
  | MediationSessionRecorded
  | MediationAgreementReached
  | MediationAgreementPerformed
  | MediationAgreementBreached
  | MediationFailed
  | MediationWindowExpired
  | MediationAgreementReviewRequested;

export const mediationEventTypes = [
  'MediationOpened',
  'MediatorAssigned',
  'MediationSessionRecorded',
  'MediationAgreementReached',
  'MediationAgreementPerformed',
  'MediationAgreementBreached',
  'MediationFailed',
  'MediationWindowExpired',
  'MediationAgreementReviewRequested',
] as const satisfies readonly MediationEvent['type'][];
