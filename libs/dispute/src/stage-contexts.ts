import { arbitrationOutcome, type ArbitrationContext } from '#arbitration';
import { limitationFacts, type IntakeContext } from '#intake';
import type { AwardedItem, LitigationContext } from '#litigation';
import { mediationOutcome, paymentOrderEligibleClaimIds, type MediationContext } from '#mediation';
import type { DisputeContext } from './dispute-context.js';
import type { DisputeState } from './dispute-state.js';

/**
 * Each stage is told what it needs of the others as plain facts, so no stage lib imports another. This is the only
 * place that knows how the stages hang together.
 */
export function stageContexts(state: DisputeState, context: DisputeContext) {
  const { disputeId, now, newId, today, clock } = context;
  const registration = state.intake.status === 'registered' ? state.intake.registration : undefined;
  const parties = registration?.parties ?? [];
  const claims = registration?.claims ?? [];
  const limitation = limitationFacts(state.intake);

  const intake: IntakeContext = { disputeId, now, newId, today };
  const mediation: MediationContext = {
    disputeId, now, newId, today, clock,
    dispute: {
      registered: registration !== undefined,
      principalPartyIds: parties.filter((p) => p.kind === 'worker' || p.kind === 'employer').map((p) => p.partyId),
      partyIds: parties.map((p) => p.partyId),
      claims: claims.map(({ claimId, type }) => ({ claimId, type })),
    },
  };
  const arbitration: ArbitrationContext = {
    disputeId, now, newId, today, clock,
    actorRole: context.actorRole,
    dispute: {
      registered: registration !== undefined,
      regionCode: registration?.regionCode ?? '',
      parties: parties.map(({ partyId, kind }) => ({ partyId, kind })),
      claims: claims.map(({ claimId, type, amountFen }) => (amountFen === undefined ? { claimId, type } : { claimId, type, amountFen })),
      limitationRunsFrom: limitation?.limitationRunsFrom ?? today,
      ...(limitation?.employmentEndedOn ? { employmentEndedOn: limitation.employmentEndedOn } : {}),
    },
    mediation: mediationOutcome(state.mediation),
    minimumWage: context.minimumWage,
  };
  const litigation: LitigationContext = {
    disputeId, now, newId, today, clock,
    // A dispatch agency answers jointly with the employer (LDMAL 22), so it stands on the employer's side in court.
    parties: parties
      .filter((p) => p.kind !== 'agent')
      .map(({ partyId, kind }) => ({ partyId, role: kind === 'worker' ? ('worker' as const) : ('employer' as const) })),
    arbitration: arbitrationFactsFor(state),
    paymentOrderEligibleClaimIds: paymentOrderEligibleClaimIds(state.mediation),
    caseClosed: state.status === 'closed',
  };
  return { intake, mediation, arbitration, litigation };
}

function arbitrationFactsFor(state: DisputeState): LitigationContext['arbitration'] {
  const outcome = arbitrationOutcome(state.arbitration);
  if (outcome.kind !== 'awarded') return outcome;
  const items: AwardedItem[] = outcome.items.map(({ claimId, finality, awardedFen }) => ({ claimId, finality, awardedFen: awardedFen ?? 0 }));
  return { kind: 'awarded', awardId: outcome.awardId, items };
}
