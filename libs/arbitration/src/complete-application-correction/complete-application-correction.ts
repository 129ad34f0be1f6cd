import { ensure, refuse, type DeadlineRestarted } from '#domain-core';
import type { CompleteApplicationCorrection } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { ApplicationCorrected } from '../events.js';
import { ACCEPTANCE, arbitrationRules as rules } from '../rules.js';
import { notInFuture, restartDeadline } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/** The corrected file counts as received on the day of correction: the 5 days to decide start afresh (Rules 29, 46). */
export function completeApplicationCorrection(
  command: CompleteApplicationCorrection,
  state: ArbitrationState,
  context: ArbitrationContext,
): readonly (ApplicationCorrected | DeadlineRestarted)[] {
  const { correctedOn } = command.data;
  if (state.status !== 'applied') return refuse(rules.correctionWhileAwaitingDecision, `the application is ${state.status}`);
  const correction = state.correction;
  if (correction === undefined) return refuse(rules.correctionMustBeNoticed, 'no correction was asked for');
  if (correction.correctedOn === correctedOn) return [];
  ensure(correction.correctedOn === undefined, rules.correctionMustBeNoticed, `already corrected on ${correction.correctedOn}`);
  ensure(correctedOn >= correction.noticedOn, rules.correctionAfterNotice, `noticed on ${correction.noticedOn}`, 'correctedOn');
  notInFuture(correctedOn, context, 'correctedOn');
  return [
    { type: 'ApplicationCorrected', data: { disputeId: context.disputeId, correctedOn, correctedAt: context.now } },
    ...restartDeadline(state, context, ACCEPTANCE, correctedOn, 'correction_completed'),
  ];
}
