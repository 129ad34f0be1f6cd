import type { ArbitrationCommand } from '#arbitration';
import type { IntakeCommand } from '#intake';
import type { MediationCommand } from '#mediation';
import type { LitigationCommand } from '#litigation';

export type DisputeCommand = IntakeCommand | MediationCommand | ArbitrationCommand | LitigationCommand;
export type Stage = 'intake' | 'mediation' | 'arbitration' | 'litigation';

/** Which stage decides each command; `ExpireDeadline` goes to whichever stage holds the deadline. */
export const commandStages = {
  RegisterDispute: 'intake',
  RecordLimitationInterruption: 'intake',
  OpenMediation: 'mediation',
  AssignMediator: 'mediation',
  RecordMediationSession: 'mediation',
  RecordMediationAgreement: 'mediation',
  RecordAgreementPerformed: 'mediation',
  RecordAgreementBreached: 'mediation',
  RecordMediationFailed: 'mediation',
  RequestAgreementReview: 'mediation',
  ApplyForArbitration: 'arbitration',
  AcceptArbitration: 'arbitration',
  RefuseArbitration: 'arbitration',
  ComposeTribunal: 'arbitration',
  ScheduleHearing: 'arbitration',
  SuspendArbitration: 'arbitration',
  ResumeArbitration: 'arbitration',
  ExtendAwardDeadline: 'arbitration',
  IssueAward: 'arbitration',
  RecordAwardReceived: 'arbitration',
  WithdrawApplication: 'arbitration',
  OpenChallengeWindows: 'litigation',
  FileSuit: 'litigation',
  ApplyForAnnulment: 'litigation',
  RecordAnnulmentRuling: 'litigation',
  RegisterCourtCase: 'litigation',
  RecordJudgment: 'litigation',
  FileAppeal: 'litigation',
  RecordFinalJudgment: 'litigation',
  ApplyForEnforcement: 'litigation',
  RecordEnforcementConcluded: 'litigation',
  ApplyForPaymentOrder: 'litigation',
  RecordPaymentOrderIssued: 'litigation',
  RecordPaymentOrderOutcome: 'litigation',
} as const satisfies Record<Exclude<DisputeCommand['type'], 'ExpireDeadline'>, Stage>;
