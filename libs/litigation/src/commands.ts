import type { ApplyForAnnulment } from './apply-for-annulment/apply-for-annulment.js';
import type { ApplyForEnforcement } from './apply-for-enforcement/apply-for-enforcement.js';
import type { ApplyForPaymentOrder } from './apply-for-payment-order/apply-for-payment-order.js';
import type { ExpireDeadline } from './expire-deadline/expire-deadline.js';
import type { FileAppeal } from './file-appeal/file-appeal.js';
import type { FileSuit } from './file-suit/file-suit.js';
import type { OpenChallengeWindows } from './open-challenge-windows/open-challenge-windows.js';
import type { RecordAnnulmentRuling } from './record-annulment-ruling/record-annulment-ruling.js';
import type { RecordEnforcementConcluded } from './record-enforcement-concluded/record-enforcement-concluded.js';
import type { RecordFinalJudgment } from './record-final-judgment/record-final-judgment.js';
import type { RecordJudgment } from './record-judgment/record-judgment.js';
import type { RecordPaymentOrderIssued } from './record-payment-order-issued/record-payment-order-issued.js';
import type { RecordPaymentOrderOutcome } from './record-payment-order-outcome/record-payment-order-outcome.js';
import type { RegisterCourtCase } from './register-court-case/register-court-case.js';

export type {
  ApplyForAnnulment,
  ApplyForEnforcement,
  ApplyForPaymentOrder,
  ExpireDeadline,
  FileAppeal,
  FileSuit,
  OpenChallengeWindows,
  RecordAnnulmentRuling,
  RecordEnforcementConcluded,
  RecordFinalJudgment,
  RecordJudgment,
  RecordPaymentOrderIssued,
  RecordPaymentOrderOutcome,
  RegisterCourtCase,
};

export type LitigationCommand =
  | OpenChallengeWindows
  | FileSuit
  | ApplyForAnnulment
  | RecordAnnulmentRuling
  | ExpireDeadline
  | RegisterCourtCase
  | RecordJudgment
  | FileAppeal
  | RecordFinalJudgment
  | ApplyForEnforcement
  | RecordEnforcementConcluded
  | ApplyForPaymentOrder
  | RecordPaymentOrderIssued
  | RecordPaymentOrderOutcome;
