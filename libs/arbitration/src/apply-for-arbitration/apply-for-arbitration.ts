import { addYears, daysBetween } from '#calendar';
import { ensure, refuse, type DeadlineSet } from '#domain-core';
import type { ApplyForArbitration } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { ArbitrationApplied, LimitationWarning } from '../events.js';
import { ACCEPTANCE, arbitrationRules as rules, LIMITATION } from '../rules.js';
import { deadlineSet, notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

const WAGE_CLAIMS = ['wages', 'overtime'];

/**
 * The 1-year limitation (LDMAL 27) is warned about, never enforced here. Wage arrears during employment are not
 * limited while the employment lasts, and run one year from its end.
 */
function limitationWarning(filedOn: string, context: ArbitrationContext): LimitationWarning | undefined {
  const { claims, limitationRunsFrom, employmentEndedOn } = context.dispute;
  const onlyWages = claims.length > 0 && claims.every((c) => WAGE_CLAIMS.includes(c.type));
  if (onlyWages && employmentEndedOn === undefined) return undefined;
  const from = onlyWages && employmentEndedOn! > limitationRunsFrom ? employmentEndedOn! : limitationRunsFrom;
  // The end only ever moves later than the anniversary (off a rest day): within it, no warning and no need for a
  // holiday calendar that may not be published yet.
  if (filedOn <= addYears(from, 1)) return undefined;
  const { dueOn } = context.clock.compute({ rule: LIMITATION, trigger: from });
  if (dueOn === null || filedOn <= dueOn) return undefined;
  return { limitationRunsFrom: from, limitationEndsOn: dueOn, daysLate: daysBetween(dueOn, filedOn) };
}

export function applyForArbitration(command: ApplyForArbitration, state: ArbitrationState, context: ArbitrationContext): readonly (ArbitrationApplied | DeadlineSet)[] {
  const { commissionId, filedOn } = command.data;
  if (state.status !== 'not_applied') {
    if ('commissionId' in state && state.commissionId === commissionId && state.filedOn === filedOn) return [];
    refuse(rules.applicationOnce, `already filed with ${'commissionId' in state ? state.commissionId : '?'}`);
  }
  ensure(context.dispute.registered, rules.disputeMustBeRegistered, 'register the dispute first');
  ensure(
    ['not_started', 'failed', 'expired', 'agreement_breached'].includes(context.mediation),
    rules.arbitrationAfterMediationEndsOrExpires,
    `mediation is ${context.mediation}`,
  );
  notInFuture(filedOn, context, 'filedOn');
  const warning = limitationWarning(filedOn, context);
  return [
    {
      type: 'ArbitrationApplied',
      data: {
        disputeId: context.disputeId,
        commissionId,
        filedOn,
        route: context.mediation === 'not_started' ? 'direct' : 'handed_off_from_mediation',
        ...(warning ? { limitationWarning: warning } : {}),
        appliedAt: context.now,
      },
    },
    deadlineSet(context, ACCEPTANCE, filedOn),
  ];
}
