import { assertNever, evolveDeadlines, isDeadlineEvent, type DeadlineEvent, type Deadlines, type DisputeClosed, type Fen, type LegalDate } from '#domain-core';
import type { ArbitrationEvent, AwardItem, Tribunal } from './events.js';

interface Filed {
  readonly commissionId: string;
  readonly filedOn: LegalDate;
  readonly deadlines: Deadlines;
  /** 补正 (Rules 29): asked once; the file counts as received once corrected. */
  readonly correction?: { readonly noticedOn: LegalDate; readonly missing: readonly string[]; readonly correctedOn?: LegalDate };
  /** 和解 (LDMAL 41): a withdrawal because the parties settled. */
  readonly settledOn?: LegalDate;
}

export interface MediationStatement {
  readonly statementId: string;
  readonly terms: string;
  readonly agreedFen: Fen;
  readonly issuedOn: LegalDate;
  readonly signatures: Readonly<Record<string, LegalDate>>;
  readonly repudiations: Readonly<Record<string, LegalDate>>;
}

export interface PartialAward {
  readonly awardId: string;
  readonly awardedOn: LegalDate;
  readonly items: readonly AwardItem[];
}

interface Running extends Filed {
  readonly caseNumber: string;
  readonly acceptedOn: LegalDate;
  readonly tribunal?: Tribunal;
  readonly hearings: Readonly<Record<string, LegalDate>>;
  readonly suspendedOn?: LegalDate;
  /** So that a repeated resumption is recognised as one. */
  readonly lastResumedOn?: LegalDate;
  readonly extension?: { readonly extensionDays: number; readonly approvalRef: string };
  readonly awardOverdue: boolean;
  /** 送达 on the respondent (LDMAL 30). */
  readonly applicationServedOn?: LegalDate;
  readonly defence?: { readonly partyId: string; readonly filedOn: LegalDate; readonly late: boolean; readonly servedOn?: LegalDate };
  /** The latest 公告送达; open while `to` is missing (Rules 46). */
  readonly publication?: { readonly from: LegalDate; readonly to?: LegalDate };
  /** 回避 decisions by arbitrator (LDMAL 33). */
  readonly recusals?: Readonly<Record<string, { readonly granted: boolean; readonly replacementId?: string }>>;
  readonly held?: Readonly<Record<string, LegalDate>>;
  /** 缺席 allowed, by hearing: the absent respondents (LDMAL 36). */
  readonly defaults?: Readonly<Record<string, readonly string[]>>;
  /** What restarted the 45 days (Rules 46), by `claim:<id>`, `counterclaim:<id>`, `party:<id>`. */
  readonly restarts?: Readonly<Record<string, LegalDate>>;
  readonly mediationStatement?: MediationStatement;
  readonly partialAwards?: readonly PartialAward[];
  readonly advanceExecutions?: Readonly<Record<string, { readonly claimIds: readonly string[]; readonly amountFen: Fen; readonly grantedOn: LegalDate }>>;
}

export type ArbitrationState =
  | { readonly status: 'not_applied'; readonly deadlines: Deadlines }
  | (Filed & { readonly status: 'applied' | 'acceptance_overdue' | 'withdrawn' })
  | (Filed & { readonly status: 'refused'; readonly refusedOn: LegalDate })
  | (Filed & { readonly status: 'referred'; readonly referredTo: string; readonly referredOn: LegalDate })
  | (Running & { readonly status: 'accepted' })
  | (Running & { readonly status: 'deemed_withdrawn'; readonly deemedWithdrawnOn: LegalDate })
  | (Running & { readonly status: 'mediated'; readonly mediationStatement: MediationStatement; readonly effectiveOn: LegalDate })
  | (Running & {
      readonly status: 'awarded';
      readonly award: { readonly awardId: string; readonly awardedOn: LegalDate; readonly items: readonly AwardItem[] };
      readonly receipts: Readonly<Record<string, LegalDate>>;
    });

export const initialArbitrationState: ArbitrationState = { status: 'not_applied', deadlines: {} };

export type ArbitrationFact = ArbitrationEvent | DeadlineEvent | DisputeClosed;

const running = (state: ArbitrationState): state is Extract<ArbitrationState, { caseNumber: string }> => 'caseNumber' in state;

export function evolveArbitration(state: ArbitrationState, event: ArbitrationFact): ArbitrationState {
  if (isDeadlineEvent(event)) return { ...state, deadlines: evolveDeadlines(state.deadlines, event) };
  switch (event.type) {
    case 'DisputeClosed':
      return state;
    case 'ArbitrationApplied':
      return { status: 'applied', commissionId: event.data.commissionId, filedOn: event.data.filedOn, deadlines: state.deadlines };
    case 'ArbitrationAccepted':
      return state.status === 'applied'
        ? { ...state, status: 'accepted', caseNumber: event.data.caseNumber, acceptedOn: event.data.acceptedOn, hearings: {}, awardOverdue: false }
        : state;
    case 'ArbitrationRefused':
      return state.status === 'applied' ? { ...state, status: 'refused', refusedOn: event.data.refusedOn } : state;
    case 'ArbitrationAcceptanceOverdue':
      return state.status === 'applied' ? { ...state, status: 'acceptance_overdue' } : state;
    case 'ArbitrationWithdrawn':
      return state.status === 'not_applied' ? state : { ...state, status: 'withdrawn' };
    case 'TribunalComposed': {
      const { form, arbitratorIds, presidingId } = event.data;
      return running(state) ? { ...state, tribunal: { form, arbitratorIds, presidingId } } : state;
    }
    case 'HearingScheduled':
      return running(state) ? { ...state, hearings: { ...state.hearings, [event.data.hearingId]: event.data.hearingOn } } : state;
    case 'ArbitrationSuspended':
      return running(state) ? { ...state, suspendedOn: event.data.suspendedOn } : state;
    case 'ArbitrationResumed': {
      if (!running(state)) return state;
      const { suspendedOn: _resumed, ...rest } = state;
      return { ...rest, lastResumedOn: event.data.resumedOn };
    }
    case 'AwardDeadlineExtended':
      return running(state) ? { ...state, extension: { extensionDays: event.data.extensionDays, approvalRef: event.data.approvalRef } } : state;
    case 'AwardOverdue':
      return running(state) ? { ...state, awardOverdue: true } : state;
    case 'AwardIssued': {
      if (state.status !== 'accepted') return state;
      const { awardId, awardedOn, items } = event.data;
      return { ...state, status: 'awarded', award: { awardId, awardedOn, items }, receipts: {} };
    }
    case 'AwardReceived':
      return state.status === 'awarded' ? { ...state, receipts: { ...state.receipts, [event.data.partyId]: event.data.receivedOn } } : state;
    case 'ApplicationCorrectionNoticed':
      return state.status === 'applied' ? { ...state, correction: { noticedOn: event.data.noticedOn, missing: event.data.missing } } : state;
    case 'ApplicationCorrected':
      return state.status === 'applied' && state.correction ? { ...state, correction: { ...state.correction, correctedOn: event.data.correctedOn } } : state;
    case 'ApplicationReferred':
      return state.status === 'applied' ? { ...state, status: 'referred', referredTo: event.data.toCommissionId, referredOn: event.data.referredOn } : state;
    case 'ApplicationServed':
      return running(state) ? { ...state, applicationServedOn: event.data.servedOn } : state;
    case 'DefenceFiled':
      return running(state) ? { ...state, defence: { partyId: event.data.partyId, filedOn: event.data.filedOn, late: event.data.late } } : state;
    case 'DefenceServed':
      return running(state) && state.defence ? { ...state, defence: { ...state.defence, servedOn: event.data.servedOn } } : state;
    case 'ServiceByPublicationRecorded': {
      if (!running(state)) return state;
      const { from, to } = event.data;
      return { ...state, publication: to === undefined ? { from } : { from, to } };
    }
    case 'RecusalDecided': {
      if (!running(state)) return state;
      const { arbitratorId, granted, replacementId } = event.data;
      const recusals = { ...state.recusals, [arbitratorId]: replacementId === undefined ? { granted } : { granted, replacementId } };
      const tribunal =
        granted && replacementId !== undefined && state.tribunal
          ? {
              ...state.tribunal,
              arbitratorIds: state.tribunal.arbitratorIds.map((id) => (id === arbitratorId ? replacementId : id)),
              presidingId: state.tribunal.presidingId === arbitratorId ? replacementId : state.tribunal.presidingId,
            }
          : state.tribunal;
      return tribunal ? { ...state, recusals, tribunal } : { ...state, recusals };
    }
    case 'HearingPostponed':
      return running(state) ? { ...state, hearings: { ...state.hearings, [event.data.hearingId]: event.data.newHearingOn } } : state;
    case 'HearingHeld':
      return running(state) ? { ...state, held: { ...state.held, [event.data.hearingId]: event.data.heldOn } } : state;
    case 'ApplicationDeemedWithdrawn':
      return state.status === 'accepted' ? { ...state, status: 'deemed_withdrawn', deemedWithdrawnOn: event.data.hearingOn } : state;
    case 'DefaultHearingAllowed': {
      if (!running(state)) return state;
      const absent = state.defaults?.[event.data.hearingId] ?? [];
      return { ...state, defaults: { ...state.defaults, [event.data.hearingId]: [...absent, event.data.partyId] } };
    }
    case 'ClaimsAmended':
      return running(state) ? { ...state, restarts: { ...state.restarts, [`claim:${event.data.amendmentId}`]: event.data.amendedOn } } : state;
    case 'CounterclaimFiled':
      return running(state) ? { ...state, restarts: { ...state.restarts, [`counterclaim:${event.data.counterclaimId}`]: event.data.filedOn } } : state;
    case 'PartyAdded':
      return running(state) ? { ...state, restarts: { ...state.restarts, [`party:${event.data.partyId}`]: event.data.addedOn } } : state;
    case 'ArbitrationSettled':
      return state.status === 'not_applied' ? state : { ...state, status: 'withdrawn', settledOn: event.data.settledOn };
    case 'MediationStatementIssued': {
      if (!running(state)) return state;
      const { statementId, terms, agreedFen, issuedOn } = event.data;
      return { ...state, mediationStatement: { statementId, terms, agreedFen, issuedOn, signatures: {}, repudiations: {} } };
    }
    case 'MediationStatementSigned': {
      if (!running(state) || state.mediationStatement?.statementId !== event.data.statementId) return state;
      const statement = state.mediationStatement;
      return { ...state, mediationStatement: { ...statement, signatures: { ...statement.signatures, [event.data.partyId]: event.data.signedOn } } };
    }
    case 'MediationStatementRepudiated': {
      if (!running(state) || state.mediationStatement?.statementId !== event.data.statementId) return state;
      const statement = state.mediationStatement;
      return { ...state, mediationStatement: { ...statement, repudiations: { ...statement.repudiations, [event.data.partyId]: event.data.repudiatedOn } } };
    }
    case 'MediationStatementTookEffect':
      return state.status === 'accepted' && state.mediationStatement?.statementId === event.data.statementId
        ? { ...state, status: 'mediated', mediationStatement: state.mediationStatement, effectiveOn: event.data.effectiveOn }
        : state;
    case 'PartialAwardIssued': {
      if (!running(state)) return state;
      const { awardId, awardedOn, items } = event.data;
      return { ...state, partialAwards: [...(state.partialAwards ?? []), { awardId, awardedOn, items }] };
    }
    case 'AdvanceExecutionGranted': {
      if (!running(state)) return state;
      const { grantId, claimIds, amountFen, grantedOn } = event.data;
      return { ...state, advanceExecutions: { ...state.advanceExecutions, [grantId]: { claimIds, amountFen, grantedOn } } };
    }
    default:
      return assertNever(event, 'arbitration event');
  }
}

/** What litigation needs of arbitration: refused, silent, late, awarded (with finality per item), or an effective 调解书. */
export function arbitrationOutcome(state: ArbitrationState) {
  switch (state.status) {
    case 'not_applied':
    case 'applied':
    case 'withdrawn':
    case 'referred':
    case 'deemed_withdrawn':
      return { kind: 'none' as const };
    case 'mediated':
      return { kind: 'mediation_statement_effective' as const, statementId: state.mediationStatement.statementId };
    case 'refused':
      return { kind: 'refused' as const, refusedOn: state.refusedOn };
    case 'acceptance_overdue':
      return { kind: 'acceptance_overdue' as const };
    case 'accepted':
      return state.awardOverdue ? { kind: 'award_overdue' as const } : { kind: 'none' as const };
    case 'awarded':
      return { kind: 'awarded' as const, awardId: state.award.awardId, items: state.award.items, receipts: state.receipts };
    default:
      return assertNever(state, 'arbitration state');
  }
}
