import { ensure, refuse, type DeadlineMet } from '#domain-core';
import type { RequestAgreementReview } from '../commands.js';
import type { MediationContext } from '../context.js';
import type { MediationAgreementReviewRequested } from '../events.js';
import { AGREEMENT_REVIEW } from '../record-agreement/record-agreement.js';
import { mediationRules as rules } from '../rules.js';
import type { MediationState } from '../state.js';

/** Both parties ask an arbitration commission to review the agreement (仲裁审查, Rules 74), within its 15 days. */
export function requestAgreementReview(
  command: RequestAgreementReview,
  state: MediationState,
  context: MediationContext,
): readonly (MediationAgreementReviewRequested | DeadlineMet)[] {
  if (!('agreement' in state)) return refuse(rules.agreementMustAwaitPerformance, 'there is no agreement to review');
  if (state.agreement.reviewRequestedOn !== undefined) return [];
  const { commissionId, requestedOn } = command.data;
  const window = state.deadlines[AGREEMENT_REVIEW];
  ensure(
    window !== undefined && window.dueOn !== null && requestedOn <= window.dueOn,
    rules.mediationAgreementReviewWithinFifteenDays,
    `the review window ended ${window?.dueOn ?? 'already'}`,
    'requestedOn',
  );
  ensure(requestedOn <= context.today, rules.statedDatesNotInFuture, 'a request on record has been made', 'requestedOn');
  return [
    { type: 'MediationAgreementReviewRequested', data: { disputeId: context.disputeId, commissionId, requestedOn, requestedAt: context.now } },
    { type: 'DeadlineMet', data: { disputeId: context.disputeId, deadlineId: AGREEMENT_REVIEW, metOn: requestedOn, metAt: context.now } },
  ];
}
