import { ensure, isLive, refuse, type DeadlineCancelled, type DisputeClosed } from '#domain-core';
import type { RecordAgreementPerformed } from '../commands.js';
import type { MediationContext } from '../context.js';
import type { MediationAgreementPerformed } from '../events.js';
import { AGREEMENT_REVIEW } from '../record-agreement/record-agreement.js';
import { mediationRules as rules } from '../rules.js';
import type { MediationState } from '../state.js';

/** Performed as agreed: the case ends here, settled in mediation. */
export function recordAgreementPerformed(
  command: RecordAgreementPerformed,
  state: MediationState,
  context: MediationContext,
): readonly (MediationAgreementPerformed | DeadlineCancelled | DisputeClosed)[] {
  if (state.status === 'settled') return [];
  if (state.status !== 'agreement_pending') return refuse(rules.agreementMustAwaitPerformance, `mediation is ${state.status}`);
  const { performedOn, recoveredFen } = command.data;
  ensure(performedOn <= context.today, rules.statedDatesNotInFuture, 'performance on record has happened', 'performedOn');
  ensure(Number.isSafeInteger(recoveredFen) && recoveredFen >= 0, rules.amountsArePositive, `${recoveredFen}`, 'recoveredFen');
  const review: DeadlineCancelled[] = isLive(state.deadlines[AGREEMENT_REVIEW])
    ? [{ type: 'DeadlineCancelled', data: { disputeId: context.disputeId, deadlineId: AGREEMENT_REVIEW, reason: 'agreement performed', cancelledAt: context.now } }]
    : [];
  return [
    { type: 'MediationAgreementPerformed', data: { disputeId: context.disputeId, performedOn, recoveredFen, recordedAt: context.now } },
    ...review,
    {
      type: 'DisputeClosed',
      data: { disputeId: context.disputeId, outcome: 'settled_in_mediation', amounts: { agreed: state.agreement.agreedFen, recovered: recoveredFen }, closedAt: context.now },
    },
  ];
}
