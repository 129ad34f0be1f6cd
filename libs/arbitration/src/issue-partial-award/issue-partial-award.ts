import { ensure, refuse } from '#domain-core';
import type { IssuePartialAward } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { PartialAwardIssued } from '../events.js';
import { classifyItem } from '../issue-award/finality.js';
import { arbitrationRules as rules } from '../rules.js';
import { activeCase, notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/** Claims already decided by partial awards: the final award leaves them alone. */
export const partiallyAwardedClaims = (state: ArbitrationState): ReadonlySet<string> =>
  new Set('partialAwards' in state ? (state.partialAwards ?? []).flatMap((a) => a.items.map((i) => i.claimId)) : []);

/**
 * 部分裁决 (LDMAL 43): the part whose facts are already clear is awarded first; the award period keeps running for the
 * rest. Each item is classified final or not exactly as in the award (LDMAL 47).
 */
export function issuePartialAward(command: IssuePartialAward, state: ArbitrationState, context: ArbitrationContext): readonly PartialAwardIssued[] {
  const { awardId, awardedOn, items } = command.data;
  if ('partialAwards' in state && state.partialAwards?.some((a) => a.awardId === awardId)) return [];
  if (state.status === 'awarded') return refuse(rules.awardOnce, `already awarded (${state.award.awardId})`);
  const running = activeCase(state);
  ensure(running.tribunal !== undefined, rules.awardRequiresComposedTribunal, 'no tribunal has been composed');
  notInFuture(awardedOn, context, 'awardedOn');
  const claims = new Map(context.dispute.claims.map((c) => [c.claimId, c.type]));
  ensure(items.length > 0 && items.every((i) => claims.has(i.claimId)), rules.awardCoversClaims, 'items must decide claims of this dispute', 'items');
  const decided = partiallyAwardedClaims(running);
  const again = items.filter((i) => decided.has(i.claimId)).map((i) => i.claimId);
  ensure(again.length === 0, rules.claimDecidedOnce, `already decided: ${again.join(', ')}`, 'items');
  const open = new Set([...claims.keys()].filter((id) => !decided.has(id) && !items.some((i) => i.claimId === id)));
  ensure(open.size > 0, rules.partialAwardLeavesClaimsOpen, 'this decides every remaining claim: issue the award', 'items');
  const classified = items.map((item) => classifyItem(item, claims.get(item.claimId)!, awardedOn, context));
  return [
    {
      type: 'PartialAwardIssued',
      data: { disputeId: context.disputeId, awardId, awardedOn, items: classified, awardedFen: classified.reduce((sum, i) => sum + (i.awardedFen ?? 0), 0), issuedAt: context.now },
    },
  ];
}
