import { assertNever, ensure, isLive, type DeadlineExpired, type LegalDate } from '#domain-core';
import type { LitigationContext } from '../context.js';
import type { JudgmentTookEffect, LitigationFact } from '../events.js';
import { litigationRules } from '../rules.js';
import { settleAward } from '../shared/award.js';
import { closeDispute, isClosed } from '../shared/closure.js';
import { isLitigationPeriod, litigationPeriods, type LitigationPeriod } from '../shared/windows.js';
import { evolveLitigation, type LitigationState } from '../state.js';

/** A timer's report that a deadline's last day has passed; `dueOn` is the date the timer was set for. */
export interface ExpireDeadline {
  readonly type: 'ExpireDeadline';
  readonly data: { readonly deadlineId: string; readonly dueOn: LegalDate };
}

export function expireDeadline(command: ExpireDeadline, state: LitigationState, context: LitigationContext): readonly LitigationFact[] {
  const { deadlineId, dueOn } = command.data;
  const deadline = state.deadlines[deadlineId];
  // Stale: met, cancelled, moved or already expired; and a closed case keeps its facts to enforcement.
  if (!isLive(deadline) || deadline.dueOn !== dueOn || isClosed(state, context)) return [];
  ensure(dueOn < context.today, litigationRules.deadlineExpiresOnlyAfterItsLastDay, `${deadlineId} runs to the end of ${dueOn}; today is ${context.today}`, 'dueOn');

  const expired: DeadlineExpired = {
    type: 'DeadlineExpired',
    data: { disputeId: context.disputeId, deadlineId, dueOn, expiredAt: context.now },
  };
  const after = evolveLitigation(state, expired);
  return isLitigationPeriod(deadline.rule) ? [expired, ...consequence(deadline.rule, after, context)] : [expired];
}

function consequence(rule: LitigationPeriod, state: LitigationState, context: LitigationContext): readonly LitigationFact[] {
  switch (rule) {
    case litigationPeriods.workerSuitAfterFinalAward:
    case litigationPeriods.employerAnnulment:
    case litigationPeriods.suitAfterNonFinalAward:
      return settleAward(state, context);
    case litigationPeriods.suitAfterAnnulment:
      // The award is gone and nobody went to court: nothing remains to decide.
      return state.suits.some((suit) => suit.basis === 'after_annulment') ? [] : closeDispute(state, context, 'not_pursued');
    case litigationPeriods.appeal: {
      const { judgment } = state;
      if (!judgment || state.appeals.length > 0) return [];
      const tookEffect: JudgmentTookEffect = {
        type: 'JudgmentTookEffect',
        data: { disputeId: context.disputeId, caseNumber: judgment.caseNumber, awardedFen: judgment.awardedFen, recordedAt: context.now },
      };
      return [tookEffect, ...closeDispute(evolveLitigation(state, tookEffect), context, 'judgment_final', { awarded: judgment.awardedFen })];
    }
    default:
      return assertNever(rule, 'litigation period');
  }
}
