import { assertNever, ensure, isLive, refuse, type LegalDate } from '#domain-core';
import type { LitigationContext, PartyRole } from '../context.js';
import type { LitigationFact, SuitBasis, SuitFiled } from '../events.js';
import { litigationRules, underArticle } from '../rules.js';
import { ensureNotClosed } from '../shared/closure.js';
import type { Court } from '../shared/court.js';
import { ensureStatedDate } from '../shared/dates.js';
import { roleOf } from '../shared/parties.js';
import { deadlineMet, suitWindowOf, windowAdmits } from '../shared/windows.js';
import type { LitigationState } from '../state.js';

export interface FileSuit {
  readonly type: 'FileSuit';
  readonly data: { readonly partyId: string; readonly court: Court; readonly basis: SuitBasis; readonly filedOn: LegalDate };
}

const notOpen = (article: string, detail: string): never => refuse(underArticle(litigationRules.suitBasisNotOpen, article), detail, 'basis');

/** Refuses unless arbitration (or an annulment) has opened the way to court on this basis for this party. */
function ensureBasisOpen(basis: SuitBasis, role: PartyRole, state: LitigationState, context: LitigationContext): void {
  const { award } = state;
  switch (basis) {
    case 'after_final_award':
    case 'after_non_final_award': {
      const article = basis === 'after_final_award' ? 'LDMAL 48' : 'LDMAL 50';
      if (!award) return notOpen(article, 'no award is under challenge');
      if (award.standing === 'annulled') return notOpen('LDMAL 49', 'the award was annulled: sue on after_annulment');
      // 终局裁决: the employer's only remedy is annulment at the intermediate court (LDMAL 49).
      ensure(!(award.track === 'final' && role === 'employer'), litigationRules.employerCannotSueOnFinalAward, `award ${award.awardId} is final: the employer may apply to annul it`, 'basis');
      const wanted = basis === 'after_final_award' ? 'final' : 'non_final';
      if (award.track !== wanted) return notOpen(article, `award ${award.awardId} is challenged as ${award.track.replace('_', '-')}`);
      return;
    }
    case 'after_annulment':
      if (award?.standing !== 'annulled') notOpen('LDMAL 49', 'no award has been annulled');
      return;
    case 'after_refusal':
      if (context.arbitration.kind !== 'refused') notOpen('LDMAL 29', 'arbitration did not refuse the application');
      return;
    case 'after_acceptance_overdue':
      if (context.arbitration.kind !== 'acceptance_overdue') notOpen('LDMAL 29', 'the commission has not let the 5 days for acceptance pass');
      return;
    case 'after_award_overdue':
      if (context.arbitration.kind !== 'award_overdue') notOpen('LDMAL 43', 'the award is not overdue');
      return;
    default:
      assertNever(basis, 'suit basis');
  }
}

export function fileSuit(command: FileSuit, state: LitigationState, context: LitigationContext): readonly LitigationFact[] {
  const { partyId, court, basis, filedOn } = command.data;
  const earlier = state.suits.find((suit) => suit.partyId === partyId && suit.basis === basis);
  if (earlier) {
    const same = earlier.courtId === court.courtId && earlier.courtLevel === court.level && earlier.filedOn === filedOn;
    ensure(same, litigationRules.suitAlreadyFiled, `party ${partyId} already sued on ${basis} on ${earlier.filedOn}`);
    return [];
  }
  ensureNotClosed(state, context);
  ensureStatedDate(filedOn, 'filedOn', context.today);
  const role = roleOf(context, partyId);
  ensureBasisOpen(basis, role, state, context);

  const window = suitWindowOf(basis, partyId);
  const deadline = window && state.deadlines[window.deadlineId];
  if (window) {
    ensure(deadline !== undefined, underArticle(litigationRules.suitBasisNotOpen, window.article), `no receipt by party ${partyId} is recorded: its window has not started`, 'partyId');
    ensure(
      windowAdmits(deadline, filedOn),
      underArticle(litigationRules.suitWindowClosed, window.article),
      `the window ${window.deadlineId} closed on ${deadline.dueOn} (${deadline.status})`,
      'filedOn',
    );
  }
  const filed: SuitFiled = {
    type: 'SuitFiled',
    data: { disputeId: context.disputeId, suitId: context.newId(), partyId, role, courtId: court.courtId, courtLevel: court.level, basis, filedOn, recordedAt: context.now },
  };
  return isLive(deadline) ? [filed, deadlineMet(context, deadline.id, filedOn)] : [filed];
}
