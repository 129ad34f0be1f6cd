import { assertNever } from '#domain-core';
import { assignMediator } from './assign-mediator/assign-mediator.js';
import type { MediationCommand } from './commands.js';
import type { MediationContext } from './context.js';
import { expireDeadline } from './expire-deadline/expire-deadline.js';
import { openMediation } from './open-mediation/open-mediation.js';
import { recordAgreementBreached } from './record-agreement-breached/record-agreement-breached.js';
import { recordAgreementPerformed } from './record-agreement-performed/record-agreement-performed.js';
import { recordAgreement } from './record-agreement/record-agreement.js';
import { recordMediationFailed } from './record-mediation-failed/record-mediation-failed.js';
import { recordSession } from './record-session/record-session.js';
import { requestAgreementReview } from './request-agreement-review/request-agreement-review.js';
import type { MediationFact, MediationState } from './state.js';

/** Throws RuleViolation to refuse; an empty answer means the command changes nothing. */
export function decideMediation(command: MediationCommand, state: MediationState, context: MediationContext): readonly MediationFact[] {
  switch (command.type) {
    case 'OpenMediation':
      return openMediation(command, state, context);
    case 'AssignMediator':
      return assignMediator(command, state, context);
    case 'RecordMediationSession':
      return recordSession(command, state, context);
    case 'RecordMediationAgreement':
      return recordAgreement(command, state, context);
    case 'RecordAgreementPerformed':
      return recordAgreementPerformed(command, state, context);
    case 'RecordAgreementBreached':
      return recordAgreementBreached(command, state, context);
    case 'RecordMediationFailed':
      return recordMediationFailed(command, state, context);
    case 'ExpireDeadline':
      return expireDeadline(command, state, context);
    case 'RequestAgreementReview':
      return requestAgreementReview(command, state, context);
    default:
      return assertNever(command, 'mediation command');
  }
}
