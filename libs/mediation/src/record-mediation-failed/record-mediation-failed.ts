import { ensure, refuse, type DeadlineCancelled, type DeadlineMet } from '#domain-core';
import type { RecordMediationFailed } from '../commands.js';
import type { MediationContext } from '../context.js';
import type { MediationFailed } from '../events.js';
import { mediationRules as rules } from '../rules.js';
import type { MediationState } from '../state.js';
import { closeWindow } from '../window.js';

/** Mediation ended without agreement: either party may apply for arbitration (LDMAL 14). */
export function recordMediationFailed(
  command: RecordMediationFailed,
  state: MediationState,
  context: MediationContext,
): readonly (MediationFailed | DeadlineMet | DeadlineCancelled)[] {
  if (state.status === 'failed') return [];
  if (state.status !== 'open') return refuse(rules.mediationMustBeOpen, `mediation is ${state.status}`);
  const { failedOn, reason } = command.data;
  ensure(failedOn >= state.receivedOn && failedOn <= context.today, rules.statedDatesNotInFuture, `failed on ${failedOn}`, 'failedOn');
  return [
    { type: 'MediationFailed', data: { disputeId: context.disputeId, failedOn, reason, recordedAt: context.now } },
    ...closeWindow(state, context, { cancelled: 'mediation failed' }),
  ];
}
