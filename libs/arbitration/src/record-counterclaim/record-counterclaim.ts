import type { DeadlineRestarted } from '#domain-core';
import { restartAward } from '../amend-claims/restart-award.js';
import type { RecordCounterclaim } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { CounterclaimFiled } from '../events.js';
import type { ArbitrationState } from '../state.js';

/** 反申请 (counterclaim): heard with the application, the 45 days counted afresh from its filing (Rules 46). */
export function recordCounterclaim(command: RecordCounterclaim, state: ArbitrationState, context: ArbitrationContext): readonly (CounterclaimFiled | DeadlineRestarted)[] {
  const { counterclaimId, filedOn, summary } = command.data;
  const decided = restartAward(state, context, `counterclaim:${counterclaimId}`, filedOn, 'filedOn', 'counterclaim');
  if (decided === undefined) return [];
  return [{ type: 'CounterclaimFiled', data: { disputeId: context.disputeId, counterclaimId, filedOn, summary, filedAt: context.now } }, ...decided.restart];
}
