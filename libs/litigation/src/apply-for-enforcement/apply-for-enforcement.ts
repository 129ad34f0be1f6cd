import { assertNever, ensure, type LegalDate } from '#domain-core';
import type { LitigationContext } from '../context.js';
import type { EnforcementApplied, EnforcementTitle, LitigationFact } from '../events.js';
import { litigationRules } from '../rules.js';
import { awardIsEnforceable } from '../shared/award.js';
import type { Court } from '../shared/court.js';
import { ensureStatedDate } from '../shared/dates.js';
import { roleOf } from '../shared/parties.js';
import type { LitigationState } from '../state.js';

/** 申请执行 of an effective award, 调解书 or judgment (LDMAL 51). Accepted after closure: the one exception. */
export interface ApplyForEnforcement {
  readonly type: 'ApplyForEnforcement';
  readonly data: { readonly partyId: string; readonly court: Court; readonly title: EnforcementTitle; readonly appliedOn: LegalDate };
}

function titleProblem(title: EnforcementTitle, state: LitigationState, context: LitigationContext): string | undefined {
  switch (title) {
    case 'award':
      return awardIsEnforceable(state) ? undefined : 'no award is in effect (not yet effective, challenged or annulled)';
    case 'mediation_statement':
      return context.arbitration.kind === 'mediation_statement_effective' ? undefined : 'no 调解书 has taken effect';
    case 'judgment':
      return state.effectiveJudgment ? undefined : 'no judgment has become effective';
    default:
      return assertNever(title, 'enforcement title');
  }
}

export function applyForEnforcement(command: ApplyForEnforcement, state: LitigationState, context: LitigationContext): readonly LitigationFact[] {
  const { partyId, court, title, appliedOn } = command.data;
  const same = Object.values(state.enforcements).some(
    (e) => e.partyId === partyId && e.courtId === court.courtId && e.title === title && e.appliedOn === appliedOn,
  );
  if (same) return [];
  ensureStatedDate(appliedOn, 'appliedOn', context.today);
  roleOf(context, partyId);
  const problem = titleProblem(title, state, context);
  ensure(problem === undefined, litigationRules.enforcementNeedsEffectiveTitle, problem ?? '', 'title');

  const applied: EnforcementApplied = {
    type: 'EnforcementApplied',
    data: { disputeId: context.disputeId, enforcementId: context.newId(), partyId, courtId: court.courtId, title, appliedOn, recordedAt: context.now },
  };
  return [applied];
}
