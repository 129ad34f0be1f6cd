import { ensure, refuse, sameValue, type DeadlineCancelled, type DeadlineMet, type DeadlineSet } from '#domain-core';
import type { RecordMediationAgreement } from '../commands.js';
import type { MediationContext } from '../context.js';
import type { MediationAgreementReached } from '../events.js';
import { mediationRules as rules } from '../rules.js';
import type { MediationState } from '../state.js';
import { closeWindow } from '../window.js';

export const AGREEMENT_REVIEW = 'mediationAgreementReviewWithinFifteenDays';

/** 调解协议书 (LDMAL 14): on record only once it binds — every principal party, the mediator and the body's seal. */
export function recordAgreement(
  command: RecordMediationAgreement,
  state: MediationState,
  context: MediationContext,
): readonly (MediationAgreementReached | DeadlineMet | DeadlineCancelled | DeadlineSet)[] {
  const { terms, performanceDueOn, signatures } = command.data;
  if ('agreement' in state && sameValue(state.agreement.terms, terms) && state.agreement.performanceDueOn === performanceDueOn) return [];
  if (state.status !== 'open') return refuse(rules.mediationMustBeOpen, `mediation is ${state.status}`);
  const signed = new Set(signatures.parties.map((s) => s.partyId));
  const missing = context.dispute.principalPartyIds.filter((id) => !signed.has(id));
  ensure(missing.length === 0, rules.mediationAgreementNeedsAllSignatures, `not signed by ${missing.join(', ')}`, 'signatures.parties');
  ensure(signatures.mediatorSignedOn !== undefined, rules.mediationAgreementNeedsAllSignatures, 'the mediator has not signed', 'signatures.mediatorSignedOn');
  ensure(signatures.bodySealedOn !== undefined, rules.mediationAgreementNeedsAllSignatures, 'the body has not sealed it', 'signatures.bodySealedOn');
  const claims = new Set(context.dispute.claims.map((c) => c.claimId));
  ensure(terms.length > 0 && terms.every((t) => claims.has(t.claimId)), rules.agreementTermsReferenceClaims, 'terms must name claims of this dispute', 'terms');
  for (const term of terms) {
    if (term.amountFen !== undefined) ensure(Number.isSafeInteger(term.amountFen) && term.amountFen >= 0, rules.amountsArePositive, `${term.claimId}: ${term.amountFen}`, 'terms');
  }
  const dates = [...signatures.parties.map((s) => s.signedOn), signatures.mediatorSignedOn!, signatures.bodySealedOn!];
  const effectiveOn = dates.sort()[dates.length - 1]!;
  ensure(effectiveOn <= context.today, rules.statedDatesNotInFuture, 'signatures cannot be dated in the future', 'signatures');
  ensure(performanceDueOn >= effectiveOn, rules.performanceDueAfterAgreement, `due ${performanceDueOn}, effective ${effectiveOn}`, 'performanceDueOn');
  const agreedFen = terms.reduce((sum, t) => sum + (t.amountFen ?? 0), 0);
  const review = context.clock.compute({ rule: AGREEMENT_REVIEW, trigger: effectiveOn });
  return [
    { type: 'MediationAgreementReached', data: { disputeId: context.disputeId, terms, agreedFen, performanceDueOn, signatures, effectiveOn, reachedAt: context.now } },
    ...closeWindow(state, context, { met: effectiveOn }),
    { type: 'DeadlineSet', data: { disputeId: context.disputeId, deadlineId: AGREEMENT_REVIEW, rule: AGREEMENT_REVIEW, trigger: effectiveOn, ...review, setAt: context.now } },
  ];
}
