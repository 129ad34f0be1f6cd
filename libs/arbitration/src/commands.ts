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

export type NoticeApplicationCorrection = DomainCommand<'NoticeApplicationCorrection', { noticedOn: LegalDate; missing: readonly string[] }>;
export type CompleteApplicationCorrection = DomainCommand<'CompleteApplicationCorrection', { correctedOn: LegalDate }>;
export type ReferApplication = DomainCommand<'ReferApplication', { toCommissionId: string; reason: string; referredOn: LegalDate }>;
export type RecordApplicationServed = DomainCommand<'RecordApplicationServed', { partyId: string; servedOn: LegalDate }>;
export type RecordDefenceFiled = DomainCommand<'RecordDefenceFiled', { partyId: string; filedOn: LegalDate }>;
export type RecordDefenceServed = DomainCommand<'RecordDefenceServed', { servedOn: LegalDate }>;
export type RecordServiceByPublication = DomainCommand<'RecordServiceByPublication', { from: LegalDate; to?: LegalDate }>;
export type DecideRecusal = DomainCommand<'DecideRecusal', { arbitratorId: string; granted: boolean; replacementId?: string; decidedOn: LegalDate }>;
export type PostponeHearing = DomainCommand<'PostponeHearing', { hearingId: string; newHearingOn: LegalDate; noticeServedOn: LegalDate; reason: string }>;
export type RecordHearingHeld = DomainCommand<'RecordHearingHeld', { hearingId: string; heldOn: LegalDate }>;
export type RecordNoShow = DomainCommand<'RecordNoShow', { hearingId: string; partyId: string; side: 'applicant' | 'respondent'; goodReason: boolean }>;
export type AmendClaims = DomainCommand<'AmendClaims', { amendmentId: string; amendedOn: LegalDate; summary: string }>;
export type RecordCounterclaim = DomainCommand<'RecordCounterclaim', { counterclaimId: string; filedOn: LegalDate; summary: string }>;
export type AddParty = DomainCommand<'AddParty', { partyId: string; addedOn: LegalDate; capacity: string }>;
export type RecordSettlement = DomainCommand<'RecordSettlement', { settledOn: LegalDate; terms: string }>;
export type IssueMediationStatement = DomainCommand<'IssueMediationStatement', { statementId: string; terms: string; agreedFen: Fen; issuedOn: LegalDate }>;
export type RecordMediationStatementSigned = DomainCommand<'RecordMediationStatementSigned', { statementId: string; partyId: string; signedOn: LegalDate }>;
export type RecordMediationStatementRepudiated = DomainCommand<'RecordMediationStatementRepudiated', { statementId: string; partyId: string; repudiatedOn: LegalDate }>;
export type IssuePartialAward = DomainCommand<'IssuePartialAward', IssueAward['data']>;
export type GrantAdvanceExecution = DomainCommand<'GrantAdvanceExecution', {
  grantId: string;
  claimIds: readonly string[];
  amountFen: Fen;
  grantedOn: LegalDate;
  /** 权利义务关系明确 (LDMAL 44 (1)). */
  rightsAndObligationsClear: boolean;
  /** 不先予执行将严重影响申请人的生活 (LDMAL 44 (2)). */
  seriousHardshipWithout: boolean;
}>;

/**
 * The procedure inside a running case (correction to advance execution). Kept out of `ArbitrationCommand` so that
 * tables keyed exhaustively by that union elsewhere keep compiling; `decideArbitration` takes both.
 */
export type ArbitrationProcedureCommand =
  | NoticeApplicationCorrection
  | CompleteApplicationCorrection
  | ReferApplication
  | RecordApplicationServed
  | RecordDefenceFiled
  | RecordDefenceServed
  | RecordServiceByPublication
  | DecideRecusal
  | PostponeHearing
  | RecordHearingHeld
  | RecordNoShow
  | AmendClaims
  | RecordCounterclaim
  | AddParty
  | RecordSettlement
  | IssueMediationStatement
  | RecordMediationStatementSigned
  | RecordMediationStatementRepudiated
  | IssuePartialAward
  | GrantAdvanceExecution;

/** Every command the arbitration decider answers. */
export type AnyArbitrationCommand = ArbitrationCommand | ArbitrationProcedureCommand;
