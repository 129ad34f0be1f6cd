import { assertNever } from '#domain-core';
import { acceptArbitration } from './accept-arbitration/accept-arbitration.js';
import { applyForArbitration } from './apply-for-arbitration/apply-for-arbitration.js';
import type { ArbitrationCommand } from './commands.js';
import { composeTribunal } from './compose-tribunal/compose-tribunal.js';
import type { ArbitrationContext } from './context.js';
import { expireDeadline } from './expire-deadline/expire-deadline.js';
import { extendAwardDeadline } from './extend-award-deadline/extend-award-deadline.js';
import { issueAward } from './issue-award/issue-award.js';
import { recordAwardReceived } from './record-award-received/record-award-received.js';
import { refuseArbitration } from './refuse-arbitration/refuse-arbitration.js';
import { resumeArbitration } from './resume-arbitration/resume-arbitration.js';
import { scheduleHearing } from './schedule-hearing/schedule-hearing.js';
import type { ArbitrationFact, ArbitrationState } from './state.js';
import { suspendArbitration } from './suspend-arbitration/suspend-arbitration.js';
import { withdrawApplication } from './withdraw-application/withdraw-application.js';

/** Throws RuleViolation to refuse; an empty answer means the command changes nothing. */
export function decideArbitration(command: ArbitrationCommand, state: ArbitrationState, context: ArbitrationContext): readonly ArbitrationFact[] {
  switch (command.type) {
    case 'ApplyForArbitration':
      return applyForArbitration(command, state, context);
    case 'AcceptArbitration':
      return acceptArbitration(command, state, context);
    case 'RefuseArbitration':
      return refuseArbitration(command, state, context);
    case 'ExpireDeadline':
      return expireDeadline(command, state, context);
    case 'ComposeTribunal':
      return composeTribunal(command, state, context);
    case 'ScheduleHearing':
      return scheduleHearing(command, state, context);
    case 'SuspendArbitration':
      return suspendArbitration(command, state, context);
    case 'ResumeArbitration':
      return resumeArbitration(command, state, context);
    case 'ExtendAwardDeadline':
      return extendAwardDeadline(command, state, context);
    case 'IssueAward':
      return issueAward(command, state, context);
    case 'RecordAwardReceived':
      return recordAwardReceived(command, state, context);
    case 'WithdrawApplication':
      return withdrawApplication(command, state, context);
    default:
      return assertNever(command, 'arbitration command');
  }
}
