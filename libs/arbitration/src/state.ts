import { assertNever, evolveDeadlines, isDeadlineEvent, type DeadlineEvent, type Deadlines, type DisputeClosed, type LegalDate } from '#domain-core';
import type { ArbitrationEvent, AwardItem, Tribunal } from './events.js';

interface Filed {
  readonly commissionId: string;
  readonly filedOn: LegalDate;
  readonly deadlines: Deadlines;
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
}

export type ArbitrationState =
  | { readonly status: 'not_applied'; readonly deadlines: Deadlines }
  | (Filed & { readonly status: 'applied' | 'refused' | 'acceptance_overdue' | 'withdrawn' })
  | (Running & { readonly status: 'accepted' })
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
      return state.status === 'applied' ? { ...state, status: 'refused' } : state;
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
    default:
      return assertNever(event, 'arbitration event');
  }
}

/** What litigation needs of arbitration: refused, silent, late, or awarded (with finality per item). */
export function arbitrationOutcome(state: ArbitrationState) {
  switch (state.status) {
    case 'not_applied':
    case 'applied':
    case 'withdrawn':
      return { kind: 'none' as const };
    case 'refused':
      return { kind: 'refused' as const };
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
