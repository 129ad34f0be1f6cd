import { isLive, type DeadlineCancelled, type DeadlineMet, type LegalDate } from '#domain-core';
import type { MediationContext } from './context.js';
import { MEDIATION_WINDOW } from './open-mediation/open-mediation.js';
import type { MediationState } from './state.js';

/** The 15-day window stops mattering once mediation ends: met by an agreement, cancelled by a failure. */
export function closeWindow(
  state: MediationState,
  context: MediationContext,
  how: { met: LegalDate } | { cancelled: string },
): readonly (DeadlineMet | DeadlineCancelled)[] {
  if (!isLive(state.deadlines[MEDIATION_WINDOW])) return [];
  const base = { disputeId: context.disputeId, deadlineId: MEDIATION_WINDOW };
  return 'met' in how
    ? [{ type: 'DeadlineMet', data: { ...base, metOn: how.met, metAt: context.now } }]
    : [{ type: 'DeadlineCancelled', data: { ...base, reason: how.cancelled, cancelledAt: context.now } }];
}
