import type { DisputeState } from '#dispute';
import { isLive, type Deadline } from '#domain-core';
import type { Stage } from './case-summary.row.js';

export function stageOf(state: DisputeState): Stage {
  if (state.status === 'closed') return 'closed';
  if (state.litigation.status !== 'idle') return 'litigation';
  if (state.arbitration.status !== 'not_applied') return 'arbitration';
  if (state.mediation.status !== 'not_started') return 'mediation';
  return 'intake';
}

export function statusOf(state: DisputeState, stage: Stage): string {
  switch (stage) {
    case 'closed':
      return state.status === 'closed' ? state.outcome : 'closed';
    case 'litigation':
      return state.litigation.finalJudgment ? 'final_judgment' : state.litigation.judgment ? 'judged' : state.litigation.suits.length ? 'in_court' : state.litigation.award ? 'challenge_window' : state.litigation.paymentOrder ? 'payment_order' : 'open';
    case 'arbitration':
      return state.arbitration.status;
    case 'mediation':
      return state.mediation.status;
    case 'intake':
      return state.intake.status;
    default: {
      const never: never = stage;
      return never;
    }
  }
}

export const liveDeadlines = (state: DisputeState): Deadline[] =>
  [state.mediation.deadlines, state.arbitration.deadlines, state.litigation.deadlines].flatMap((d) => Object.values(d)).filter((d) => isLive(d));

/** The live deadline due soonest; ties broken by id (the state comes back from jsonb with its keys reordered). */
export const nextDeadlineOf = (state: DisputeState): Deadline | undefined =>
  liveDeadlines(state)
    .filter((d) => d.dueOn !== null)
    .sort((a, b) => a.dueOn!.localeCompare(b.dueOn!) || a.id.localeCompare(b.id))[0];

/** Where a case stands, as lists and dashboards show it: for `GET /disputes/{id}`, now or `asOf` a day. */
export function caseOverview(state: DisputeState) {
  const stage = stageOf(state);
  const next = nextDeadlineOf(state);
  return {
    stage,
    status: statusOf(state, stage),
    nextDeadline: next ? { id: next.id, rule: next.rule, dueOn: next.dueOn } : null,
    deadlines: liveDeadlines(state)
      .map(({ id, rule, dueOn, status }) => ({ id, rule, dueOn, status }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}
