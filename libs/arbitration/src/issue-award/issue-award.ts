import { ensure, isLive, refuse, type DeadlineMet } from '#domain-core';
import type { IssueAward } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { AwardIssued } from '../events.js';
import { arbitrationRules as rules, AWARD } from '../rules.js';
import { activeCase, notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';
import { partiallyAwardedClaims } from '../issue-partial-award/issue-partial-award.js';
import { classifyItem } from './finality.js';

/** The award, each item classified final or not (LDMAL 47). A late award is still an award; its lateness is recorded. */
export function issueAward(command: IssueAward, state: ArbitrationState, context: ArbitrationContext): readonly (AwardIssued | DeadlineMet)[] {
  const { awardId, awardedOn, items } = command.data;
  if (state.status === 'awarded') {
    if (state.award.awardId === awardId) return [];
    refuse(rules.awardOnce, `already awarded (${state.award.awardId})`);
  }
  const running = activeCase(state);
  ensure(running.tribunal !== undefined, rules.awardRequiresComposedTribunal, 'no tribunal has been composed');
  notInFuture(awardedOn, context, 'awardedOn');
  const claims = new Map(context.dispute.claims.map((c) => [c.claimId, c.type]));
  ensure(items.length > 0 && items.every((i) => claims.has(i.claimId)), rules.awardCoversClaims, 'items must decide claims of this dispute', 'items');
  const partly = items.filter((i) => partiallyAwardedClaims(running).has(i.claimId)).map((i) => i.claimId);
  ensure(partly.length === 0, rules.claimDecidedOnce, `decided by a partial award: ${partly.join(', ')}`, 'items');
  const classified = items.map((item) => classifyItem(item, claims.get(item.claimId)!, awardedOn, context));
  const deadline = running.deadlines[AWARD];
  const late = running.awardOverdue || (deadline?.dueOn !== null && deadline?.dueOn !== undefined && awardedOn > deadline.dueOn);
  const met: DeadlineMet[] = isLive(deadline) ? [{ type: 'DeadlineMet', data: { disputeId: context.disputeId, deadlineId: AWARD, metOn: awardedOn, metAt: context.now } }] : [];
  return [
    {
      type: 'AwardIssued',
      data: {
        disputeId: context.disputeId,
        awardId,
        awardedOn,
        items: classified,
        awardedFen: classified.reduce((sum, i) => sum + (i.awardedFen ?? 0), 0),
        late,
        issuedAt: context.now,
      },
    },
    ...met,
  ];
}
