import { ensure, type Fen, type LegalDate } from '#domain-core';
import type { LitigationContext } from '../context.js';
import type { FirstInstanceOutcome, JudgmentIssued, LitigationFact } from '../events.js';
import { litigationRules } from '../rules.js';
import { ensureNotClosed } from '../shared/closure.js';
import { ensureNotBefore, ensureStatedDate, ensureWholeFen } from '../shared/dates.js';
import { litigationPeriods, setDeadline } from '../shared/windows.js';
import type { LitigationState } from '../state.js';

/** 一审判决, served on the parties: the appeal window runs from service (CPL 171). */
export interface RecordJudgment {
  readonly type: 'RecordJudgment';
  readonly data: {
    readonly caseNumber: string;
    readonly outcome: FirstInstanceOutcome;
    /** What the judgment gives the worker. */
    readonly awardedFen: Fen;
    readonly judgedOn: LegalDate;
    readonly servedOn: LegalDate;
  };
}

export function recordJudgment(command: RecordJudgment, state: LitigationState, context: LitigationContext): readonly LitigationFact[] {
  const { caseNumber, outcome, awardedFen, judgedOn, servedOn } = command.data;
  const courtCase = state.courtCases.first_instance;
  ensure(courtCase?.caseNumber === caseNumber, litigationRules.judgmentNeedsRegisteredCourtCase, `no first-instance case ${caseNumber} is registered`, 'caseNumber');
  const { judgment } = state;
  if (judgment) {
    const same = judgment.outcome === outcome && judgment.awardedFen === awardedFen && judgment.judgedOn === judgedOn && judgment.servedOn === servedOn;
    ensure(same, litigationRules.judgmentAlreadyRecorded, `case ${caseNumber} gave judgment on ${judgment.judgedOn}`);
    return [];
  }
  ensureNotClosed(state, context);
  ensureStatedDate(judgedOn, 'judgedOn', context.today);
  ensureStatedDate(servedOn, 'servedOn', context.today);
  ensureNotBefore(judgedOn, courtCase.registeredOn, 'judgedOn', 'the registration of');
  ensureNotBefore(servedOn, judgedOn, 'servedOn', 'the judgment of');
  ensureWholeFen(awardedFen, 'awardedFen');

  const issued: JudgmentIssued = {
    type: 'JudgmentIssued',
    data: { disputeId: context.disputeId, caseNumber, outcome, awardedFen, judgedOn, servedOn, recordedAt: context.now },
  };
  return [issued, setDeadline(context, litigationPeriods.appeal, litigationPeriods.appeal, servedOn)];
}
