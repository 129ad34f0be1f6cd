import type { DeadlineRestarted } from '#domain-core';
import type { AmendClaims } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { ClaimsAmended } from '../events.js';
import type { ArbitrationState } from '../state.js';
import { restartAward } from './restart-award.js';

/** 变更仲裁请求: the 45 days are counted afresh from the amendment (Rules 46). */
export function amendClaims(command: AmendClaims, state: ArbitrationState, context: ArbitrationContext): readonly (ClaimsAmended | DeadlineRestarted)[] {
  const { amendmentId, amendedOn, summary } = command.data;
  const decided = restartAward(state, context, `claim:${amendmentId}`, amendedOn, 'amendedOn', 'claim_amended');
  if (decided === undefined) return [];
  return [{ type: 'ClaimsAmended', data: { disputeId: context.disputeId, amendmentId, amendedOn, summary, amendedAt: context.now } }, ...decided.restart];
}
