import type { DomainCommand, Fen, LegalDate } from '#domain-core';
import type { AgreementTerm, Attendee, MediationBody, Position, SessionOutcome, Signatures } from './events.js';

export type OpenMediation = DomainCommand<'OpenMediation', { body: MediationBody; bodyId: string; mediatorId: string; receivedOn: LegalDate }>;
export type AssignMediator = DomainCommand<'AssignMediator', { mediatorId: string }>;
export type RecordMediationSession = DomainCommand<'RecordMediationSession', {
  sessionId: string;
  heldOn: LegalDate;
  attendees: readonly Attendee[];
  positions: readonly Position[];
  outcome: SessionOutcome;
  nextSessionOn?: LegalDate;
}>;
export type RecordMediationAgreement = DomainCommand<'RecordMediationAgreement', {
  terms: readonly AgreementTerm[];
  performanceDueOn: LegalDate;
  signatures: Signatures;
}>;
export type RecordAgreementPerformed = DomainCommand<'RecordAgreementPerformed', { performedOn: LegalDate; recoveredFen: Fen }>;
export type RecordAgreementBreached = DomainCommand<'RecordAgreementBreached', { breachedOn: LegalDate; breachedClaimIds: readonly string[] }>;
export type RecordMediationFailed = DomainCommand<'RecordMediationFailed', { failedOn: LegalDate; reason: string }>;
export type ExpireMediationDeadline = DomainCommand<'ExpireDeadline', { deadlineId: string; dueOn: LegalDate }>;
export type RequestAgreementReview = DomainCommand<'RequestAgreementReview', { commissionId: string; requestedOn: LegalDate }>;

export type MediationCommand =
  | OpenMediation
  | AssignMediator
  | RecordMediationSession
  | RecordMediationAgreement
  | RecordAgreementPerformed
  | RecordAgreementBreached
  | RecordMediationFailed
  | ExpireMediationDeadline
  | RequestAgreementReview;
