import { ensure, isLive, type LegalDate } from '#domain-core';
import type { LitigationContext } from '../context.js';
import type { AppealFiled, LitigationFact } from '../events.js';
import { litigationRules } from '../rules.js';
import { ensureNotClosed } from '../shared/closure.js';
import { ensureStatedDate } from '../shared/dates.js';
import { roleOf } from '../shared/parties.js';
import { deadlineMet, litigationPeriods, windowAdmits } from '../shared/windows.js';
import type { LitigationState } from '../state.js';

/** 上诉 against the first-instance judgment (CPL 171). Either party may appeal; each once. */
export interface FileAppeal {
  readonly type: 'FileAppeal';
  readonly data: { readonly partyId: string; readonly filedOn: LegalDate };
}

export function fileAppeal(command: FileAppeal, state: LitigationState, context: LitigationContext): readonly LitigationFact[] {
  const { partyId, filedOn } = command.data;
  const earlier = state.appeals.find((appeal) => appeal.partyId === partyId);
  if (earlier) {
    ensure(earlier.filedOn === filedOn, litigationRules.appealAlreadyFiled, `party ${partyId} appealed on ${earlier.filedOn}`);
    return [];
  }
  ensureNotClosed(state, context);
  ensureStatedDate(filedOn, 'filedOn', context.today);
  const role = roleOf(context, partyId);
  ensure(state.judgment !== undefined, litigationRules.appealNeedsJudgment, 'no first-instance judgment is recorded');
  const window = state.deadlines[litigationPeriods.appeal];
  ensure(window !== undefined && windowAdmits(window, filedOn), litigationRules.appealWithinFifteenDays, `the appeal window ended on ${window?.dueOn}`, 'filedOn');

  const filed: AppealFiled = { type: 'AppealFiled', data: { disputeId: context.disputeId, partyId, role, filedOn, recordedAt: context.now } };
  return isLive(window) ? [filed, deadlineMet(context, window.id, filedOn)] : [filed];
}
