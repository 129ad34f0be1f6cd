import { ensure, type Fen, type LegalDate } from '#domain-core';
import type { LitigationContext } from '../context.js';
import type { FinalJudgmentIssued, LitigationFact, SecondInstanceOutcome } from '../events.js';
import { litigationRules } from '../rules.js';
import { closeDispute, ensureNotClosed } from '../shared/closure.js';
import { ensureNotBefore, ensureStatedDate, ensureWholeFen } from '../shared/dates.js';
import { evolveLitigation, type LitigationState } from '../state.js';

/** 终审判决 of the appeal court: final when given, so the dispute closes. */
export interface RecordFinalJudgment {
  readonly type: 'RecordFinalJudgment';
  readonly data: { readonly caseNumber: string; readonly outcome: SecondInstanceOutcome; readonly awardedFen: Fen; readonly judgedOn: LegalDate };
}

export function recordFinalJudgment(command: RecordFinalJudgment, state: LitigationState, context: LitigationContext): readonly LitigationFact[] {
  const { caseNumber, outcome, awardedFen, judgedOn } = command.data;
  const courtCase = state.courtCases.second_instance;
  ensure(courtCase?.caseNumber === caseNumber, litigationRules.judgmentNeedsRegisteredCourtCase, `no second-instance case ${caseNumber} is registered`, 'caseNumber');
  const { finalJudgment } = state;
  if (finalJudgment) {
    const same = finalJudgment.outcome === outcome && finalJudgment.awardedFen === awardedFen && finalJudgment.judgedOn === judgedOn;
    ensure(same, litigationRules.judgmentAlreadyRecorded, `case ${caseNumber} gave judgment on ${finalJudgment.judgedOn}`);
    return [];
  }
  ensureNotClosed(state, context);
  ensureStatedDate(judgedOn, 'judgedOn', context.today);
  ensureNotBefore(judgedOn, courtCase.registeredOn, 'judgedOn', 'the registration of');
  ensureWholeFen(awardedFen, 'awardedFen');

  const issued: FinalJudgmentIssued = {
    type: 'FinalJudgmentIssued',
    data: { disputeId: context.disputeId, caseNumber, outcome, awardedFen, judgedOn, recordedAt: context.now },
  };
  return [issued, ...closeDispute(evolveLitigation(state, issued), context, 'judgment_final', { awarded: awardedFen })];
}
