import { ensure } from '#domain-core';
import type { GrantAdvanceExecution } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { AdvanceExecutionGranted } from '../events.js';
import { arbitrationRules as rules } from '../rules.js';
import { activeCase, notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/** The claims LDMAL 44 allows: 追索劳动报酬、工伤医疗费、经济补偿或者赔偿金. */
const ADVANCE_EXECUTION_CLAIMS = ['wages', 'work_injury_medical', 'economic_compensation', 'damages'];

/**
 * 先予执行 (LDMAL 44): on the worker's application the tribunal may rule for advance execution and pass it to a court;
 * only for the listed claims, when rights and obligations are clear and waiting would seriously affect the worker's
 * life. The worker posts no security.
 */
export function grantAdvanceExecution(command: GrantAdvanceExecution, state: ArbitrationState, context: ArbitrationContext): readonly AdvanceExecutionGranted[] {
  const { grantId, claimIds, amountFen, grantedOn, rightsAndObligationsClear, seriousHardshipWithout } = command.data;
  if ('advanceExecutions' in state && state.advanceExecutions?.[grantId] !== undefined) return [];
  const running = activeCase(state);
  ensure(running.tribunal !== undefined, rules.awardRequiresComposedTribunal, 'no tribunal has been composed');
  const claims = new Map(context.dispute.claims.map((c) => [c.claimId, c.type]));
  ensure(claimIds.length > 0 && claimIds.every((id) => claims.has(id)), rules.awardCoversClaims, 'name claims of this dispute', 'claimIds');
  const others = claimIds.filter((id) => !ADVANCE_EXECUTION_CLAIMS.includes(claims.get(id)!));
  ensure(others.length === 0, rules.advanceExecutionOnlyForListedClaims, `not within LDMAL 44: ${others.join(', ')}`, 'claimIds');
  ensure(rightsAndObligationsClear, rules.advanceExecutionNeedsClearRights, 'rights and obligations are not clear', 'rightsAndObligationsClear');
  ensure(seriousHardshipWithout, rules.advanceExecutionNeedsHardship, 'no serious hardship shown', 'seriousHardshipWithout');
  ensure(Number.isInteger(amountFen) && amountFen > 0, rules.awardCoversClaims, 'a positive amount in whole fen', 'amountFen');
  notInFuture(grantedOn, context, 'grantedOn');
  return [{ type: 'AdvanceExecutionGranted', data: { disputeId: context.disputeId, grantId, claimIds, amountFen, grantedOn, grantedAt: context.now } }];
}
