import { legalDateOf } from '#calendar';
import { disputeDecider, type DisputeFact, type DisputeState } from '#dispute';
import { streamId, type RecordedEvent } from '#event-store';
import type { ProjectionDefinition } from '#projections';
import type { CaseSummaryRow } from './case-summary.row.js';
import { liveDeadlines, nextDeadlineOf, stageOf, statusOf } from './case-overview.js';

const field = <T = string>(event: RecordedEvent, name: string) => (event.data as Record<string, unknown>)[name] as T | undefined;

/**
 * The case summary: the domain state folded event by event, and the columns lists and dashboards filter on derived
 * from it. Dates of passage (handoffs, closure) come from the facts themselves.
 */
export function evolveCaseSummary(row: CaseSummaryRow | null, event: RecordedEvent): CaseSummaryRow {
  const state = disputeDecider.evolve(row?.state ?? disputeDecider.initialState(), { type: event.type, data: event.data } as DisputeFact);
  const stage = stageOf(state);
  const registration = state.intake.status === 'registered' ? state.intake.registration : undefined;
  const { mediation, arbitration, litigation } = state;
  // Ties broken by id: the state comes back from jsonb with its keys reordered, and the row must not depend on that.
  const next = nextDeadlineOf(state);
  const sessions = 'sessions' in mediation ? Object.values(mediation.sessions).sort((a, b) => a.heldOn.localeCompare(b.heldOn)) : [];
  const lastSession = sessions.at(-1);
  const running = 'caseNumber' in arbitration ? arbitration : undefined;
  const award = arbitration.status === 'awarded' ? arbitration.award : undefined;
  const employer = registration?.parties.find((p) => p.kind === 'employer');
  const closedEvent = event.type === 'DisputeClosed' ? (event.data as { closedAt: string; amounts?: { agreed?: number; awarded?: number; recovered?: number } }) : undefined;
  const courtIds = new Set(row?.court_ids ?? []);
  const court = field(event, 'courtId');
  if (court) courtIds.add(court);
  const mediationEnded = ['MediationFailed', 'MediationWindowExpired', 'MediationAgreementPerformed', 'MediationAgreementBreached'].includes(event.type);
  return {
    dispute_id: streamId(event.stream),
    revision: event.revision,
    stage,
    status: statusOf(state, stage),
    registered_on: registration?.registeredOn ?? null,
    region_code: registration?.regionCode ?? null,
    industry: registration?.industry ?? null,
    channel: registration?.channel ?? null,
    employer_name: employer?.displayName ?? null,
    worker_count: registration?.parties.filter((p) => p.kind === 'worker').length ?? 0,
    collective: registration?.collective !== undefined,
    parties: (registration?.parties ?? []).map(({ partyId, kind, displayName, maskedIdNumber }) => ({ partyId, kind, displayName, ...(maskedIdNumber ? { maskedIdNumber } : {}) })),
    claim_types: [...new Set((registration?.claims ?? []).map((c) => c.type))].sort(),
    claimed_fen: (registration?.claims ?? []).reduce((sum, c) => sum + (c.amountFen ?? 0), 0),
    agreed_fen: closedEvent?.amounts?.agreed ?? ('agreement' in mediation ? mediation.agreement.agreedFen : (row?.agreed_fen ?? null)),
    awarded_fen: closedEvent?.amounts?.awarded ?? (award ? award.items.reduce((s, i) => s + (i.awardedFen ?? 0), 0) : (row?.awarded_fen ?? null)),
    recovered_fen: closedEvent?.amounts?.recovered ?? (event.type === 'MediationAgreementPerformed' ? (field<number>(event, 'recoveredFen') ?? null) : (row?.recovered_fen ?? null)),
    mediation_body_id: 'bodyId' in mediation ? mediation.bodyId : null,
    mediator_id: 'mediatorId' in mediation ? mediation.mediatorId : null,
    commission_id: 'commissionId' in arbitration ? arbitration.commissionId : null,
    case_number: running?.caseNumber ?? null,
    arbitrator_ids: running?.tribunal ? [...running.tribunal.arbitratorIds] : [],
    court_ids: [...courtIds].sort(),
    next_deadline_id: next?.id ?? null,
    next_deadline_rule: next?.rule ?? null,
    next_deadline_on: next?.dueOn ?? null,
    next_session_on: lastSession?.nextSessionOn && mediation.status === 'open' ? lastSession.nextSessionOn : null,
    hearing_dates: running ? Object.values(running.hearings).sort() : [],
    suspended_on: running?.suspendedOn ?? null,
    extension_days: running?.extension?.extensionDays ?? null,
    final_award: award ? award.items.every((i) => i.finality === 'final') : false,
    award_overdue: running?.awardOverdue ?? false,
    mediation_opened_on: 'receivedOn' in mediation ? mediation.receivedOn : null,
    mediation_ended_on: mediationEnded
      ? (field(event, 'failedOn') ?? field(event, 'expiredOn') ?? field(event, 'performedOn') ?? field(event, 'breachedOn') ?? legalDateOf(event.recordedAt))
      : (row?.mediation_ended_on ?? null),
    arbitration_applied_on: 'filedOn' in arbitration ? arbitration.filedOn : null,
    handed_over: 'filedOn' in arbitration && mediation.status !== 'not_started',
    arbitration_accepted_on: running?.acceptedOn ?? null,
    awarded_on: award?.awardedOn ?? null,
    court_filed_on: litigation.suits[0]?.filedOn ?? litigation.paymentOrder?.appliedOn ?? litigation.annulment?.appliedOn ?? null,
    closed_on: closedEvent ? legalDateOf(new Date(closedEvent.closedAt)) : (row?.closed_on ?? null),
    outcome: state.status === 'closed' ? state.outcome : null,
    last_event_at: event.recordedAt.toISOString(),
    search_text: [employer?.displayName, running?.caseNumber].filter(Boolean).join(' ').toLowerCase(),
    state,
  };
}

export const caseSummaryProjection = (): ProjectionDefinition<CaseSummaryRow> => ({
  name: 'case_summary',
  table: 'case_summaries',
  keyColumn: 'dispute_id',
  filter: { categories: ['dispute'] },
  key: (event) => streamId(event.stream),
  evolve: evolveCaseSummary,
});
