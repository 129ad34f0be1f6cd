import { ensure, type Fen, type LegalDate } from '#domain-core';
import type { LitigationContext } from '../context.js';
import type { EnforcementConcluded, LitigationFact } from '../events.js';
import { litigationRules } from '../rules.js';
import { closeDispute } from '../shared/closure.js';
import { ensureNotBefore, ensureStatedDate, ensureWholeFen } from '../shared/dates.js';
import { evolveLitigation, type LitigationState } from '../state.js';

/** 执行终结/完毕 with what was recovered for the worker; closes the dispute if nothing else has (LDMAL 51). */
export interface RecordEnforcementConcluded {
  readonly type: 'RecordEnforcementConcluded';
  readonly data: { readonly enforcementId: string; readonly recoveredFen: Fen; readonly concludedOn: LegalDate };
}

export function recordEnforcementConcluded(
  command: RecordEnforcementConcluded,
  state: LitigationState,
  context: LitigationContext,
): readonly LitigationFact[] {
  const { enforcementId, recoveredFen, concludedOn } = command.data;
  const enforcement = state.enforcements[enforcementId];
  ensure(enforcement !== undefined, litigationRules.enforcementMustBeApplied, `no enforcement ${enforcementId} was applied for`, 'enforcementId');
  if (enforcement.concluded) {
    const { recoveredFen: recovered, concludedOn: on } = enforcement.concluded;
    ensure(recovered === recoveredFen && on === concludedOn, litigationRules.enforcementAlreadyConcluded, `enforcement ${enforcementId} concluded on ${on}`);
    return [];
  }
  ensureStatedDate(concludedOn, 'concludedOn', context.today);
  ensureNotBefore(concludedOn, enforcement.appliedOn, 'concludedOn', 'the application of');
  ensureWholeFen(recoveredFen, 'recoveredFen');

  const concluded: EnforcementConcluded = {
    type: 'EnforcementConcluded',
    data: { disputeId: context.disputeId, enforcementId, recoveredFen, concludedOn, recordedAt: context.now },
  };
  return [concluded, ...closeDispute(evolveLitigation(state, concluded), context, 'enforcement_concluded', { recovered: recoveredFen })];
}
