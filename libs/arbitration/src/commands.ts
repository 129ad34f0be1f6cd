import type { DomainCommand, Fen, LegalDate } from '#domain-core';
import type { RefusalReason, SuspensionGround } from './events.js';

export type ApplyForArbitration = DomainCommand<'ApplyForArbitration', { commissionId: string; filedOn: LegalDate }>;
export type AcceptArbitration = DomainCommand<'AcceptArbitration', { caseNumber: string; acceptedOn: LegalDate }>;
export type RefuseArbitration = DomainCommand<'RefuseArbitration', { reason: RefusalReason; writtenReasons: string; refusedOn: LegalDate }>;
export type ExpireArbitrationDeadline = DomainCommand<'ExpireDeadline', { deadlineId: string; dueOn: LegalDate }>;
export type ComposeTribunal = DomainCommand<'ComposeTribunal', { form: 'sole' | 'three'; arbitratorIds: readonly string[]; presidingId: string; composedOn: LegalDate }>;
export type ScheduleHearing = DomainCommand<'ScheduleHearing', { hearingId: string; hearingOn: LegalDate; noticeServedOn: LegalDate }>;
export type SuspendArbitration = DomainCommand<'SuspendArbitration', { ground: SuspensionGround; suspendedOn: LegalDate }>;
export type ResumeArbitration = DomainCommand<'ResumeArbitration', { resumedOn: LegalDate }>;
export type ExtendAwardDeadline = DomainCommand<'ExtendAwardDeadline', { extensionDays: number; approvedBy: string; approvalRef: string; partiesNotifiedOn: LegalDate }>;
export type IssueAward = DomainCommand<'IssueAward', {
  awardId: string;
  awardedOn: LegalDate;
  items: readonly { claimId: string; awardedFen?: Fen; decision: string }[];
}>;
export type RecordAwardReceived = DomainCommand<'RecordAwardReceived', { partyId: string; receivedOn: LegalDate }>;
export type WithdrawApplication = DomainCommand<'WithdrawApplication', { withdrawnOn: LegalDate; reason: string }>;

export type ArbitrationCommand =
  | ApplyForArbitration
  | AcceptArbitration
  | RefuseArbitration
  | ExpireArbitrationDeadline
  | ComposeTribunal
  | ScheduleHearing
  | SuspendArbitration
  | ResumeArbitration
  | ExtendAwardDeadline
  | IssueAward
  | RecordAwardReceived
  | WithdrawApplication;
