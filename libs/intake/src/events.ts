import type { DomainEvent, Fen, Instant, LegalDate } from '#domain-core';

export const partyKinds = ['worker', 'employer', 'dispatch_agency', 'agent'] as const;
export type PartyKind = (typeof partyKinds)[number];

/**
 * A party as events hold it: never a plain ID number, phone or address. A natural person is a `personId` in the
 * personal-data vault plus a masked ID number; an organisation carries its unified social credit code (not personal data).
 */
export interface Party {
  readonly partyId: string;
  readonly kind: PartyKind;
  readonly displayName: string;
  readonly personId?: string;
  readonly maskedIdNumber?: string;
  readonly creditCode?: string;
  /** For an agent (代理人): whom it acts for, and its authority (一般授权 / 特别授权). */
  readonly represents?: string;
  readonly authority?: 'general' | 'special';
}

export const claimTypes = [
  'wages',
  'overtime',
  'economic_compensation',
  'damages',
  'work_injury_medical',
  'social_insurance',
  'working_hours_leave',
  'contract_termination',
  'other',
] as const;
export type ClaimType = (typeof claimTypes)[number];

/** Claims that are sums of money by nature: the application must say how much (LDMAL 28). */
export const monetaryClaimTypes: readonly ClaimType[] = ['wages', 'overtime', 'economic_compensation', 'damages', 'work_injury_medical'];

export interface Claim {
  readonly claimId: string;
  readonly type: ClaimType;
  readonly amountFen?: Fen;
  readonly period?: { readonly from: LegalDate; readonly to: LegalDate };
  readonly description: string;
}

export const channels = ['walk_in', 'online', 'court_referral', 'union_referral', 'labour_inspection_referral'] as const;
export type Channel = (typeof channels)[number];

export interface Registration {
  readonly parties: readonly Party[];
  readonly claims: readonly Claim[];
  readonly channel: Channel;
  /** 6-digit administrative division code: decides jurisdiction and the minimum wage. */
  readonly regionCode: string;
  readonly industry?: string;
  /** When the worker knew or should have known of the infringement: starts the 1-year limitation (LDMAL 27). */
  readonly knewOfInfringementOn: LegalDate;
  /** Wage arrears during employment have no limit until the employment ends (LDMAL 27). */
  readonly employmentEndedOn?: LegalDate;
  /** 集体争议 (LDMAL 7): the elected representatives, among the workers. */
  readonly collective?: { readonly representativeIds: readonly string[] };
  readonly registeredOn: LegalDate;
}

export type DisputeRegistered = DomainEvent<'DisputeRegistered', Registration & { readonly disputeId: string; readonly registeredAt: Instant }>;

/** 时效中断 (LDMAL 27): the limitation starts afresh from this day. */
export const interruptionGrounds = ['claim_to_other_party', 'request_to_authority', 'other_party_agreed_to_perform'] as const;
export type InterruptionGround = (typeof interruptionGrounds)[number];

export type LimitationInterrupted = DomainEvent<'LimitationInterrupted', {
  readonly disputeId: string;
  readonly ground: InterruptionGround;
  readonly interruptedOn: LegalDate;
  readonly note?: string;
  readonly recordedAt: Instant;
}>;

export type IntakeEvent = DisputeRegistered | LimitationInterrupted;

export const intakeEventTypes = ['DisputeRegistered', 'LimitationInterrupted'] as const satisfies readonly IntakeEvent['type'][];
