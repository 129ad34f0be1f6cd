import { ensure, isLive, type LegalDate } from '#domain-core';
import type { LitigationContext } from '../context.js';
import type { AnnulmentApplied, LitigationFact } from '../events.js';
import { litigationRules } from '../rules.js';
import { ensureNotClosed } from '../shared/closure.js';
import type { Court } from '../shared/court.js';
import { ensureStatedDate } from '../shared/dates.js';
import { roleOf } from '../shared/parties.js';
import { deadlineMet, litigationPeriods, partyWindowId, windowAdmits } from '../shared/windows.js';
import type { LitigationState } from '../state.js';

/** 申请撤销仲裁裁决: the employer's remedy against a final award, at the intermediate court (LDMAL 49). */
export interface ApplyForAnnulment {
  readonly type: 'ApplyForAnnulment';
  readonly data: { readonly partyId: string; readonly court: Court; readonly appliedOn: LegalDate };
}

export function applyForAnnulment(command: ApplyForAnnulment, state: LitigationState, context: LitigationContext): readonly LitigationFact[] {
  const { partyId, court, appliedOn } = command.data;
  const { award, annulment } = state;
  if (annulment) {
    const same = annulment.partyId === partyId && annulment.courtId === court.courtId && annulment.appliedOn === appliedOn;
    ensure(same, litigationRules.annulmentAlreadyApplied, `party ${annulment.partyId} applied on ${annulment.appliedOn}`);
    return [];
  }
  ensureNotClosed(state, context);
  ensureStatedDate(appliedOn, 'appliedOn', context.today);
  ensure(roleOf(context, partyId) === 'employer', litigationRules.onlyEmployerMayApplyForAnnulment, `party ${partyId} is not the employer`, 'partyId');
  ensure(award?.track === 'final' && award.standing === 'challengeable', litigationRules.annulmentOnlyForFinalAward, 'no final award is under challenge');
  ensure(court.level === 'intermediate', litigationRules.annulmentAtIntermediateCourt, `court ${court.courtId} is a ${court.level} court`, 'court');
  ensure(
    !state.suits.some((suit) => suit.basis === 'after_final_award'),
    litigationRules.noAnnulmentWhileWorkerSues,
    'the worker has sued on the final award',
  );
  const window = state.deadlines[partyWindowId(litigationPeriods.employerAnnulment, partyId)];
  ensure(window !== undefined, litigationRules.annulmentWithinThirtyDays, `no receipt of the award by ${partyId} is recorded`, 'partyId');
  ensure(windowAdmits(window, appliedOn), litigationRules.annulmentWithinThirtyDays, `the 30 days ended on ${window.dueOn}`, 'appliedOn');

  const applied: AnnulmentApplied = {
    type: 'AnnulmentApplied',
    data: { disputeId: context.disputeId, awardId: award.awardId, partyId, courtId: court.courtId, appliedOn, recordedAt: context.now },
  };
  return isLive(window) ? [applied, deadlineMet(context, window.id, appliedOn)] : [applied];
}
