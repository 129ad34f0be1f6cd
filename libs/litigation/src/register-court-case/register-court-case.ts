import { assertNever, ensure, type LegalDate } from '#domain-core';
import type { LitigationContext } from '../context.js';
import type { CourtCaseRegistered, LitigationFact } from '../events.js';
import { litigationRules } from '../rules.js';
import { ensureNotClosed } from '../shared/closure.js';
import { courtCaseNumberProblem, type Court, type CourtLevel, type Proceeding } from '../shared/court.js';
import { ensureNotBefore, ensureStatedDate } from '../shared/dates.js';
import type { LitigationState } from '../state.js';

/** 立案: the court gives the filing a case number, e.g. `(2026)浙0106民初1234号`. */
export interface RegisterCourtCase {
  readonly type: 'RegisterCourtCase';
  readonly data: { readonly proceeding: Proceeding; readonly court: Court; readonly caseNumber: string; readonly registeredOn: LegalDate };
}

const levelsFor: Record<Proceeding, readonly CourtLevel[]> = {
  first_instance: ['basic', 'intermediate'],
  second_instance: ['intermediate', 'higher'], // one level above the first instance (CPL 171)
  annulment: ['intermediate'], // LDMAL 49
};

/** The date of what the court registers: the earliest suit, appeal or annulment application. */
function filedOn(proceeding: Proceeding, state: LitigationState): LegalDate | undefined {
  switch (proceeding) {
    case 'first_instance':
      return state.suits.map((suit) => suit.filedOn).sort()[0];
    case 'second_instance':
      return state.appeals.map((appeal) => appeal.filedOn).sort()[0];
    case 'annulment':
      return state.annulment?.appliedOn;
    default:
      return assertNever(proceeding, 'proceeding');
  }
}

export function registerCourtCase(command: RegisterCourtCase, state: LitigationState, context: LitigationContext): readonly LitigationFact[] {
  const { proceeding, court, caseNumber, registeredOn } = command.data;
  const registered = state.courtCases[proceeding];
  if (registered) {
    const same = registered.caseNumber === caseNumber && registered.courtId === court.courtId && registered.registeredOn === registeredOn;
    ensure(same, litigationRules.courtCaseAlreadyRegistered, `${proceeding} is registered as ${registered.caseNumber}`, 'caseNumber');
    return [];
  }
  ensureNotClosed(state, context);
  ensureStatedDate(registeredOn, 'registeredOn', context.today);
  const filed = filedOn(proceeding, state);
  ensure(filed !== undefined, litigationRules.courtCaseNeedsItsFiling, `nothing was filed that opens the ${proceeding.replace('_', ' ')} proceeding`, 'proceeding');
  ensureNotBefore(registeredOn, filed, 'registeredOn', 'the filing of');
  ensure(levelsFor[proceeding].includes(court.level), litigationRules.courtLevelFitsProceeding, `a ${court.level} court does not hear ${proceeding.replace('_', ' ')}`, 'court');
  const problem = courtCaseNumberProblem(caseNumber, { proceeding, level: court.level, registeredOn });
  ensure(problem === undefined, litigationRules.courtCaseNumberWellFormed, problem ?? '', 'caseNumber');

  const event: CourtCaseRegistered = {
    type: 'CourtCaseRegistered',
    data: { disputeId: context.disputeId, proceeding, courtId: court.courtId, courtLevel: court.level, caseNumber, registeredOn, recordedAt: context.now },
  };
  return [event];
}
