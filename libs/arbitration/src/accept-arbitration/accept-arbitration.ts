import { ensure, refuse, type DeadlineMet, type DeadlineSet } from '#domain-core';
import type { AcceptArbitration } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { ArbitrationAccepted } from '../events.js';
import { ACCEPTANCE, arbitrationRules as rules, AWARD, SERVICE_OF_APPLICATION, TRIBUNAL_NOTICE } from '../rules.js';
import { deadlineSet, notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/** Accepted with its case number (allocated outside, see #case-numbers): the 45 days start (LDMAL 43). */
export function acceptArbitration(command: AcceptArbitration, state: ArbitrationState, context: ArbitrationContext): readonly (ArbitrationAccepted | DeadlineMet | DeadlineSet)[] {
  const { caseNumber, acceptedOn } = command.data;
  if ('caseNumber' in state && state.caseNumber === caseNumber) return [];
  if (state.status !== 'applied') return refuse(rules.applicationMustAwaitDecision, `the application is ${state.status}`);
  ensure(caseNumber.trim().length > 0, rules.caseNumberRequired, 'no case number', 'caseNumber');
  ensure(acceptedOn >= state.filedOn, rules.decisionAfterFiling, `filed ${state.filedOn}`, 'acceptedOn');
  notInFuture(acceptedOn, context, 'acceptedOn');
  return [
    { type: 'ArbitrationAccepted', data: { disputeId: context.disputeId, caseNumber, acceptedOn, acceptedAt: context.now } },
    { type: 'DeadlineMet', data: { disputeId: context.disputeId, deadlineId: ACCEPTANCE, metOn: acceptedOn, metAt: context.now } },
    deadlineSet(context, SERVICE_OF_APPLICATION, acceptedOn),
    deadlineSet(context, TRIBUNAL_NOTICE, acceptedOn),
    deadlineSet(context, AWARD, acceptedOn),
  ];
}
