import { ensure, refuse, type DeadlineMet } from '#domain-core';
import type { RefuseArbitration } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { ArbitrationRefused } from '../events.js';
import { ACCEPTANCE, arbitrationRules as rules } from '../rules.js';
import { notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/** Refused in writing with reasons: the applicant may sue (LDMAL 29). */
export function refuseArbitration(command: RefuseArbitration, state: ArbitrationState, context: ArbitrationContext): readonly (ArbitrationRefused | DeadlineMet)[] {
  if (state.status === 'refused') return [];
  if (state.status !== 'applied') return refuse(rules.applicationMustAwaitDecision, `the application is ${state.status}`);
  const { reason, writtenReasons, refusedOn } = command.data;
  ensure(writtenReasons.trim().length > 0, rules.applicationMustAwaitDecision, 'a refusal states its reasons in writing', 'writtenReasons');
  ensure(refusedOn >= state.filedOn, rules.decisionAfterFiling, `filed ${state.filedOn}`, 'refusedOn');
  notInFuture(refusedOn, context, 'refusedOn');
  return [
    { type: 'ArbitrationRefused', data: { disputeId: context.disputeId, reason, writtenReasons, refusedOn, refusedAt: context.now } },
    { type: 'DeadlineMet', data: { disputeId: context.disputeId, deadlineId: ACCEPTANCE, metOn: refusedOn, metAt: context.now } },
  ];
}
