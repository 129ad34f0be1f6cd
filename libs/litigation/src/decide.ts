import { assertNever } from '#domain-core';
import { applyForAnnulment } from './apply-for-annulment/apply-for-annulment.js';
import { applyForEnforcement } from './apply-for-enforcement/apply-for-enforcement.js';
import { applyForPaymentOrder } from './apply-for-payment-order/apply-for-payment-order.js';
import type { LitigationCommand } from './commands.js';
import type { LitigationContext } from './context.js';
import type { LitigationFact } from './events.js';
import { expireDeadline } from './expire-deadline/expire-deadline.js';
import { fileAppeal } from './file-appeal/file-appeal.js';
import { fileSuit } from './file-suit/file-suit.js';
import { openChallengeWindows } from './open-challenge-windows/open-challenge-windows.js';
import { recordAnnulmentRuling } from './record-annulment-ruling/record-annulment-ruling.js';
import { recordEnforcementConcluded } from './record-enforcement-concluded/record-enforcement-concluded.js';
import { recordFinalJudgment } from './record-final-judgment/record-final-judgment.js';
import { recordJudgment } from './record-judgment/record-judgment.js';
import { recordPaymentOrderIssued } from './record-payment-order-issued/record-payment-order-issued.js';
import { recordPaymentOrderOutcome } from './record-payment-order-outcome/record-payment-order-outcome.js';
import { registerCourtCase } from './register-court-case/register-court-case.js';
import type { LitigationState } from './state.js';

/** Throws RuleViolation to refuse; an empty answer means the command changes nothing. */
export function decideLitigation(command: LitigationCommand, state: LitigationState, context: LitigationContext): readonly LitigationFact[] {
  switch (command.type) {
    case 'OpenChallengeWindows':
      return openChallengeWindows(command, state, context);
    case 'FileSuit':
      return fileSuit(command, state, context);
    case 'ApplyForAnnulment':
      return applyForAnnulment(command, state, context);
    case 'RecordAnnulmentRuling':
      return recordAnnulmentRuling(command, state, context);
    case 'ExpireDeadline':
      return expireDeadline(command, state, context);
    case 'RegisterCourtCase':
      return registerCourtCase(command, state, context);
    case 'RecordJudgment':
      return recordJudgment(command, state, context);
    case 'FileAppeal':
      return fileAppeal(command, state, context);
    case 'RecordFinalJudgment':
      return recordFinalJudgment(command, state, context);
    case 'ApplyForEnforcement':
      return applyForEnforcement(command, state, context);
    case 'RecordEnforcementConcluded':
      return recordEnforcementConcluded(command, state, context);
    case 'ApplyForPaymentOrder':
      return applyForPaymentOrder(command, state, context);
    case 'RecordPaymentOrderIssued':
      return recordPaymentOrderIssued(command, state, context);
    case 'RecordPaymentOrderOutcome':
      return recordPaymentOrderOutcome(command, state, context);
    default:
      return assertNever(command, 'litigation command');
  }
}
