import { ensure, refuse, type DeadlineExtended } from '#domain-core';
import type { ExtendAwardDeadline } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { AwardDeadlineExtended } from '../events.js';
import { arbitrationRules as rules, AWARD } from '../rules.js';
import { activeCase, notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

const MAX_EXTENSION_DAYS = 15; // LDMAL 43

/** Complex cases: once, at most 15 days, with the chair's written approval and the parties told (LDMAL 43). */
export function extendAwardDeadline(command: ExtendAwardDeadline, state: ArbitrationState, context: ArbitrationContext): readonly (AwardDeadlineExtended | DeadlineExtended)[] {
  const { extensionDays, approvedBy, approvalRef, partiesNotifiedOn } = command.data;
  const running = activeCase(state);
  if (running.extension) {
    if (running.extension.extensionDays === extensionDays && running.extension.approvalRef === approvalRef) return [];
    return refuse(rules.awardExtensionOnlyOnce, `already extended by ${running.extension.extensionDays} days (${running.extension.approvalRef})`);
  }
  ensure(context.actorRole === 'commission-chair', rules.awardExtensionNeedsChairApproval, `decided by ${context.actorRole}`);
  ensure(Number.isInteger(extensionDays) && extensionDays >= 1 && extensionDays <= MAX_EXTENSION_DAYS, rules.awardExtensionAtMostFifteenDays, `${extensionDays} days`, 'extensionDays');
  notInFuture(partiesNotifiedOn, context, 'partiesNotifiedOn');
  const award = running.deadlines[AWARD]!;
  const due = context.clock.compute({ rule: AWARD, trigger: award.trigger, pauses: award.pauses, extensionDays });
  return [
    { type: 'AwardDeadlineExtended', data: { disputeId: context.disputeId, extensionDays, approvedBy, approvalRef, partiesNotifiedOn, extendedAt: context.now } },
    { type: 'DeadlineExtended', data: { disputeId: context.disputeId, deadlineId: AWARD, extensionDays, ...due, extendedAt: context.now } },
  ];
}
