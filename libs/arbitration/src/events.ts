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
  | ArbitrationWithdrawn;

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
] as const satisfies readonly ArbitrationEvent['type'][];
