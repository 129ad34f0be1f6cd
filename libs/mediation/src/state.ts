import { assertNever, evolveDeadlines, isDeadlineEvent, type DeadlineEvent, type Deadlines, type DisputeClosed, type Fen, type LegalDate } from '#domain-core';
import type { AgreementTerm, MediationBody, MediationEvent, MediationSessionRecorded } from './events.js';

interface Opened {
  readonly body: MediationBody;
  readonly bodyId: string;
  readonly mediatorId: string;
  readonly receivedOn: LegalDate;
  readonly sessions: Readonly<Record<string, MediationSessionRecorded['data']>>;
  readonly deadlines: Deadlines;
}

interface Agreement {
  readonly terms: readonly AgreementTerm[];
  readonly agreedFen: Fen;
  readonly performanceDueOn: LegalDate;
  readonly effectiveOn: LegalDate;
  readonly reviewRequestedOn?: LegalDate;
}

export type MediationState =
  | { readonly status: 'not_started'; readonly deadlines: Deadlines }
  | (Opened & { readonly status: 'open' })
  | (Opened & { readonly status: 'agreement_pending'; readonly agreement: Agreement })
  | (Opened & { readonly status: 'settled'; readonly agreement: Agreement })
  | (Opened & { readonly status: 'breached'; readonly agreement: Agreement; readonly paymentOrderEligibleClaimIds: readonly string[] })
  | (Opened & { readonly status: 'failed' })
  | (Opened & { readonly status: 'expired' });

export const initialMediationState: MediationState = { status: 'not_started', deadlines: {} };

export type MediationFact = MediationEvent | DeadlineEvent | DisputeClosed;

export function evolveMediation(state: MediationState, event: MediationFact): MediationState {
  if (isDeadlineEvent(event)) return { ...state, deadlines: evolveDeadlines(state.deadlines, event) };
  if (event.type === 'DisputeClosed') return state;
  if (event.type === 'MediationOpened') {
    const { body, bodyId, mediatorId, receivedOn } = event.data;
    return { status: 'open', body, bodyId, mediatorId, receivedOn, sessions: {}, deadlines: state.deadlines };
  }
  if (state.status === 'not_started') return state;
  switch (event.type) {
    case 'MediatorAssigned':
      return { ...state, mediatorId: event.data.mediatorId };
    case 'MediationSessionRecorded':
      return { ...state, sessions: { ...state.sessions, [event.data.sessionId]: event.data } };
    case 'MediationAgreementReached': {
      const { terms, agreedFen, performanceDueOn, effectiveOn } = event.data;
      return { ...state, status: 'agreement_pending', agreement: { terms, agreedFen, performanceDueOn, effectiveOn } };
    }
    case 'MediationAgreementPerformed':
      return state.status === 'agreement_pending' ? { ...state, status: 'settled' } : state;
    case 'MediationAgreementBreached':
      return state.status === 'agreement_pending'
        ? { ...state, status: 'breached', paymentOrderEligibleClaimIds: event.data.paymentOrderEligibleClaimIds }
        : state;
    case 'MediationFailed':
      return { ...state, status: 'failed' };
    case 'MediationWindowExpired':
      return { ...state, status: 'expired' };
    case 'MediationAgreementReviewRequested':
      return 'agreement' in state ? { ...state, agreement: { ...state.agreement, reviewRequestedOn: event.data.requestedOn } } : state;
    default:
      return assertNever(event, 'mediation event');
  }
}

/** What arbitration and litigation need to know of mediation (LDMAL 14, 15, 16). */
export type MediationOutcome = 'not_started' | 'in_progress' | 'agreement_pending_performance' | 'settled' | 'failed' | 'expired' | 'agreement_breached';

export function mediationOutcome(state: MediationState): MediationOutcome {
  switch (state.status) {
    case 'not_started':
      return 'not_started';
    case 'open':
      return 'in_progress';
    case 'agreement_pending':
      return 'agreement_pending_performance';
    case 'settled':
      return 'settled';
    case 'breached':
      return 'agreement_breached';
    case 'failed':
      return 'failed';
    case 'expired':
      return 'expired';
    default:
      return assertNever(state, 'mediation state');
  }
}

export const paymentOrderEligibleClaimIds = (state: MediationState): readonly string[] =>
  state.status === 'breached' ? state.paymentOrderEligibleClaimIds : [];
