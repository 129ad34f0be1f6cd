import { assertNever } from '#domain-core';
import { acceptArbitration } from './accept-arbitration/accept-arbitration.js';
import { applyForArbitration } from './apply-for-arbitration/apply-for-arbitration.js';
import type { AnyArbitrationCommand } from './commands.js';
import { noticeApplicationCorrection } from './notice-application-correction/notice-application-correction.js';
import { completeApplicationCorrection } from './complete-application-correction/complete-application-correction.js';
import { referApplication } from './refer-application/refer-application.js';
import { recordApplicationServed } from './record-application-served/record-application-served.js';
import { recordDefenceFiled } from './record-defence-filed/record-defence-filed.js';
import { recordDefenceServed } from './record-defence-served/record-defence-served.js';
import { recordServiceByPublication } from './record-service-by-publication/record-service-by-publication.js';
import { decideRecusal } from './decide-recusal/decide-recusal.js';
import { postponeHearing } from './postpone-hearing/postpone-hearing.js';
import { recordHearingHeld } from './record-hearing-held/record-hearing-held.js';
import { recordNoShow } from './record-no-show/record-no-show.js';
import { amendClaims } from './amend-claims/amend-claims.js';
import { recordCounterclaim } from './record-counterclaim/record-counterclaim.js';
import { addParty } from './add-party/add-party.js';
import { recordSettlement } from './record-settlement/record-settlement.js';
import { issueMediationStatement } from './issue-mediation-statement/issue-mediation-statement.js';
import { recordMediationStatementSigned } from './record-mediation-statement-signed/record-mediation-statement-signed.js';
import { recordMediationStatementRepudiated } from './record-mediation-statement-repudiated/record-mediation-statement-repudiated.js';
import { issuePartialAward } from './issue-partial-award/issue-partial-award.js';
import { grantAdvanceExecution } from './grant-advance-execution/grant-advance-execution.js';
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
export function decideArbitration(command: AnyArbitrationCommand, state: ArbitrationState, context: ArbitrationContext): readonly ArbitrationFact[] {
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
    case 'NoticeApplicationCorrection':
      return noticeApplicationCorrection(command, state, context);
    case 'CompleteApplicationCorrection':
      return completeApplicationCorrection(command, state, context);
    case 'ReferApplication':
      return referApplication(command, state, context);
    case 'RecordApplicationServed':
      return recordApplicationServed(command, state, context);
    case 'RecordDefenceFiled':
      return recordDefenceFiled(command, state, context);
    case 'RecordDefenceServed':
      return recordDefenceServed(command, state, context);
    case 'RecordServiceByPublication':
      return recordServiceByPublication(command, state, context);
    case 'DecideRecusal':
      return decideRecusal(command, state, context);
    case 'PostponeHearing':
      return postponeHearing(command, state, context);
    case 'RecordHearingHeld':
      return recordHearingHeld(command, state, context);
    case 'RecordNoShow':
      return recordNoShow(command, state, context);
    case 'AmendClaims':
      return amendClaims(command, state, context);
    case 'RecordCounterclaim':
      return recordCounterclaim(command, state, context);
    case 'AddParty':
      return addParty(command, state, context);
    case 'RecordSettlement':
      return recordSettlement(command, state, context);
    case 'IssueMediationStatement':
      return issueMediationStatement(command, state, context);
    case 'RecordMediationStatementSigned':
      return recordMediationStatementSigned(command, state, context);
    case 'RecordMediationStatementRepudiated':
      return recordMediationStatementRepudiated(command, state, context);
    case 'IssuePartialAward':
      return issuePartialAward(command, state, context);
    case 'GrantAdvanceExecution':
      return grantAdvanceExecution(command, state, context);
    default:
      return assertNever(command, 'arbitration command');
  }
}
