import type { DomainEvent, Fen, Instant, LegalDate } from '#domain-core';

type Fact<Type extends string, Data> = DomainEvent<Type, Data & { readonly disputeId: string }>;

export const refusalReasons = ['no_jurisdiction', 'not_labour_dispute', 'out_of_scope', 'other'] as const;
export type RefusalReason = (typeof refusalReasons)[number];

/** 中止 grounds (Rules 47). */
export const suspensionGrounds = [
  'party_died_awaiting_heirs',
  'party_lost_capacity_awaiting_representative',
  'employer_terminated_awaiting_successor',
  'force_majeure',
  'awaiting_other_case',
  'awaiting_work_injury_determination',
  'other_statutory_cause',
] as const;
export type SuspensionGround = (typeof suspensionGrounds)[number];

/** Recorded, never a refusal: the 1-year limitation is the respondent's defence to raise (LDMAL 27). */
export interface LimitationWarning {
  readonly limitationRunsFrom: LegalDate;
  readonly limitationEndsOn: LegalDate;
  readonly daysLate: number;
}

export interface Tribunal {
  readonly form: 'sole' | 'three';
  readonly arbitratorIds: readonly string[];
  readonly presidingId: string;
}

/** 终局裁决 (LDMAL 47) is judged per item. */
export interface AwardItem {
  readonly claimId: string;
  readonly awardedFen?: Fen;
  readonly decision: string;
  readonly finality: 'final' | 'non_final';
  readonly finalityReason: string;
}

export type ArbitrationApplied = Fact<'ArbitrationApplied', {
  commissionId: string;
  filedOn: LegalDate;
  route: 'handed_off_from_mediation' | 'direct';
  limitationWarning?: LimitationWarning;
  appliedAt: Instant;
}>;
export type ArbitrationAccepted = Fact<'ArbitrationAccepted', { caseNumber: string; acceptedOn: LegalDate; acceptedAt: Instant }>;
export type ArbitrationRefused = Fact<'ArbitrationRefused', { reason: RefusalReason; writtenReasons: string; refusedOn: LegalDate; refusedAt: Instant }>;
/** Silence past the 5 days: the applicant may sue (LDMAL 29). */
export type ArbitrationAcceptanceOverdue = Fact<'ArbitrationAcceptanceOverdue', { dueOn: LegalDate; recordedAt: Instant }>;
export type TribunalComposed = Fact<'TribunalComposed', Tribunal & { composedOn: LegalDate; composedAt: Instant }>;
export type HearingScheduled = Fact<'HearingScheduled', { hearingId: string; hearingOn: LegalDate; noticeServedOn: LegalDate; scheduledAt: Instant }>;
export type ArbitrationSuspended = Fact<'ArbitrationSuspended', { ground: SuspensionGround; suspendedOn: LegalDate; suspendedAt: Instant }>;
export type ArbitrationResumed = Fact<'ArbitrationResumed', { resumedOn: LegalDate; resumedAt: Instant }>;
export type AwardDeadlineExtended = Fact<'AwardDeadlineExtended', {
  extensionDays: number;
  approvedBy: string;
  approvalRef: string;
  partiesNotifiedOn: LegalDate;
  extendedAt: Instant;
}>;
export type AwardIssued = Fact<'AwardIssued', { awardId: string; awardedOn: LegalDate; items: readonly AwardItem[]; awardedFen: Fen; late: boolean; issuedAt: Instant }>;
/** No award in time: the parties may sue (LDMAL 43). The case stays open. */
export type AwardOverdue = Fact<'AwardOverdue', { dueOn: LegalDate; recordedAt: Instant }>;
/** Receipt starts each party's window to go to court (LDMAL 48–50). */
export type AwardReceived = Fact<'AwardReceived', { awardId: string; partyId: string; receivedOn: LegalDate; recordedAt: Instant }>;
export type ArbitrationWithdrawn = Fact<'ArbitrationWithdrawn', { withdrawnOn: LegalDate; reason: string; withdrawnAt: Instant }>;

/** 补正通知 (LDMAL 28; Rules 29): one notice lists what the application lacks. */
export type ApplicationCorrectionNoticed = Fact<'ApplicationCorrectionNoticed', { noticedOn: LegalDate; missing: readonly string[]; noticedAt: Instant }>;
/** The file counts as received once corrected: the 5 days to decide start afresh (Rules 46). */
export type ApplicationCorrected = Fact<'ApplicationCorrected', { correctedOn: LegalDate; correctedAt: Instant }>;
/** 移送 (LDMAL 21): the application ends at this commission and goes to the competent one. */
export type ApplicationReferred = Fact<'ApplicationReferred', { toCommissionId: string; reason: string; referredOn: LegalDate; referredAt: Instant }>;
/** 送达 of the application on the respondent (LDMAL 30). */
export type ApplicationServed = Fact<'ApplicationServed', { partyId: string; servedOn: LegalDate; late: boolean; servedAt: Instant }>;
/** 答辩 (LDMAL 30): a late defence is recorded, never refused; no defence does not stop the case. */
export type DefenceFiled = Fact<'DefenceFiled', { partyId: string; filedOn: LegalDate; dueOn: LegalDate | null; late: boolean; filedAt: Instant }>;
export type DefenceServed = Fact<'DefenceServed', { servedOn: LegalDate; dueOn: LegalDate | null; late: boolean; servedAt: Instant }>;
/** 公告送达: the days of publication do not count towards the 45 (Rules 46). */
export type ServiceByPublicationRecorded = Fact<'ServiceByPublicationRecorded', { from: LegalDate; to?: LegalDate; recordedAt: Instant }>;
/** 回避 (LDMAL 33): a granted recusal puts the replacement in the arbitrator's seat. */
export type RecusalDecided = Fact<'RecusalDecided', { arbitratorId: string; granted: boolean; replacementId?: string; decidedOn: LegalDate; decidedAt: Instant }>;
export type HearingPostponed = Fact<'HearingPostponed', {
  hearingId: string;
  previousHearingOn: LegalDate;
  newHearingOn: LegalDate;
  noticeServedOn: LegalDate;
  reason: string;
  postponedAt: Instant;
}>;
export type HearingHeld = Fact<'HearingHeld', { hearingId: string; heldOn: LegalDate; heldAt: Instant }>;
/** 视为撤回 (LDMAL 36): the applicant stayed away without good reason. */
export type ApplicationDeemedWithdrawn = Fact<'ApplicationDeemedWithdrawn', { hearingId: string; partyId: string; hearingOn: LegalDate; deemedAt: Instant }>;
/** 缺席裁决 (LDMAL 36): the respondent stayed away; the case goes on without it. */
export type DefaultHearingAllowed = Fact<'DefaultHearingAllowed', { hearingId: string; partyId: string; hearingOn: LegalDate; allowedAt: Instant }>;
/** Each restarts the 45 days (Rules 46). */
export type ClaimsAmended = Fact<'ClaimsAmended', { amendmentId: string; amendedOn: LegalDate; summary: string; amendedAt: Instant }>;
export type CounterclaimFiled = Fact<'CounterclaimFiled', { counterclaimId: string; filedOn: LegalDate; summary: string; filedAt: Instant }>;
export type PartyAdded = Fact<'PartyAdded', { partyId: string; addedOn: LegalDate; capacity: string; addedAt: Instant }>;
/** 和解 (LDMAL 41): the parties settle and the application is withdrawn. */
export type ArbitrationSettled = Fact<'ArbitrationSettled', { settledOn: LegalDate; terms: string; settledAt: Instant }>;
/** 仲裁调解书 (LDMAL 42). */
export type MediationStatementIssued = Fact<'MediationStatementIssued', { statementId: string; terms: string; agreedFen: Fen; issuedOn: LegalDate; issuedAt: Instant }>;
export type MediationStatementSigned = Fact<'MediationStatementSigned', { statementId: string; partyId: string; signedOn: LegalDate; signedAt: Instant }>;
/** Binding once every party has signed for it (LDMAL 42). */
export type MediationStatementTookEffect = Fact<'MediationStatementTookEffect', { statementId: string; effectiveOn: LegalDate; agreedFen: Fen; effectiveAt: Instant }>;
/** 反悔 before signing: the tribunal must award promptly (LDMAL 42). */
export type MediationStatementRepudiated = Fact<'MediationStatementRepudiated', { statementId: string; partyId: string; repudiatedOn: LegalDate; repudiatedAt: Instant }>;
/** 部分裁决 (LDMAL 43): the clear part first, each item classified as in the award. */
export type PartialAwardIssued = Fact<'PartialAwardIssued', { awardId: string; awardedOn: LegalDate; items: readonly AwardItem[]; awardedFen: Fen; issuedAt: Instant }>;
/** 先予执行 (LDMAL 44): passed to a court for execution; the worker posts no security. */
export type AdvanceExecutionGranted = Fact<'AdvanceExecutionGranted', { grantId: string; claimIds: readonly string[]; amountFen: Fen; grantedOn: LegalDate; grantedAt: Instant }>;

export type ArbitrationEvent =
  | ArbitrationApplied
  | ArbitrationAccepted
  | ArbitrationRefused
  | ArbitrationAcceptanceOverdue
  | TribunalComposed
  | HearingScheduled
  | ArbitrationSuspended
  | ArbitrationResumed
  | AwardDeadlineExtended
  | AwardIssued
  | AwardOverdue
  | AwardReceived
  | ArbitrationWithdrawn
  | ApplicationCorrectionNoticed
  | ApplicationCorrected
  | ApplicationReferred
  | ApplicationServed
  | DefenceFiled
  | DefenceServed
  | ServiceByPublicationRecorded
  | RecusalDecided
  | HearingPostponed
  | HearingHeld
  | ApplicationDeemedWithdrawn
  | DefaultHearingAllowed
  | ClaimsAmended
  | CounterclaimFiled
  | PartyAdded
  | ArbitrationSettled
  | MediationStatementIssued
  | MediationStatementSigned
  | MediationStatementTookEffect
  | MediationStatementRepudiated
  | PartialAwardIssued
  | AdvanceExecutionGranted;

export const arbitrationEventTypes = [
  'ArbitrationApplied',
  'ArbitrationAccepted',
  'ArbitrationRefused',
  'ArbitrationAcceptanceOverdue',
  'TribunalComposed',
  'HearingScheduled',
  'ArbitrationSuspended',
  'ArbitrationResumed',
  'AwardDeadlineExtended',
  'AwardIssued',
  'AwardOverdue',
  'AwardReceived',
  'ArbitrationWithdrawn',
  'ApplicationCorrectionNoticed',
  'ApplicationCorrected',
  'ApplicationReferred',
  'ApplicationServed',
  'DefenceFiled',
  'DefenceServed',
  'ServiceByPublicationRecorded',
  'RecusalDecided',
  'HearingPostponed',
  'HearingHeld',
  'ApplicationDeemedWithdrawn',
  'DefaultHearingAllowed',
  'ClaimsAmended',
  'CounterclaimFiled',
  'PartyAdded',
  'ArbitrationSettled',
  'MediationStatementIssued',
  'MediationStatementSigned',
  'MediationStatementTookEffect',
  'MediationStatementRepudiated',
  'PartialAwardIssued',
  'AdvanceExecutionGranted',
] as const satisfies readonly ArbitrationEvent['type'][];
