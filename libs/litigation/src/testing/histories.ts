import type { LitigationFact } from '../events.js';
import { deadlineExpired, deadlineMet, deadlineSet, fact } from './facts.js';
import { AWARD, basicCourt, EMPLOYER, intermediateCourt, WORKER } from './fixtures.js';

/** Ready-made pasts, each one a list of facts as the decider would have emitted them. */

export const RECEIVED_ON = '2026-06-01';
export const WORKER_FINAL_WINDOW = `workerSuitAfterFinalAwardFifteenDays:${WORKER}`;
export const EMPLOYER_ANNULMENT_WINDOW = `employerAnnulmentThirtyDays:${EMPLOYER}`;
export const WORKER_NON_FINAL_WINDOW = `suitAfterNonFinalAwardFifteenDays:${WORKER}`;
export const EMPLOYER_NON_FINAL_WINDOW = `suitAfterNonFinalAwardFifteenDays:${EMPLOYER}`;

export const finalAwardReceived: readonly LitigationFact[] = [
  fact('ChallengeWindowsOpened', {
    awardId: AWARD,
    awardKind: 'final',
    track: 'final',
    receipts: [
      { partyId: WORKER, role: 'worker', receivedOn: RECEIVED_ON },
      { partyId: EMPLOYER, role: 'employer', receivedOn: RECEIVED_ON },
    ],
  }),
  deadlineSet(WORKER_FINAL_WINDOW, 'workerSuitAfterFinalAwardFifteenDays', RECEIVED_ON, '2026-06-16'),
  deadlineSet(EMPLOYER_ANNULMENT_WINDOW, 'employerAnnulmentThirtyDays', RECEIVED_ON, '2026-07-01'),
];

export const nonFinalAwardReceived: readonly LitigationFact[] = [
  fact('ChallengeWindowsOpened', {
    awardId: AWARD,
    awardKind: 'non_final',
    track: 'non_final',
    receipts: [
      { partyId: WORKER, role: 'worker', receivedOn: RECEIVED_ON },
      { partyId: EMPLOYER, role: 'employer', receivedOn: RECEIVED_ON },
    ],
  }),
  deadlineSet(WORKER_NON_FINAL_WINDOW, 'suitAfterNonFinalAwardFifteenDays', RECEIVED_ON, '2026-06-16'),
  deadlineSet(EMPLOYER_NON_FINAL_WINDOW, 'suitAfterNonFinalAwardFifteenDays', RECEIVED_ON, '2026-06-16'),
];

/** The worker sued on the final award on 2026-06-10. */
export const workerSued: readonly LitigationFact[] = [
  ...finalAwardReceived,
  fact('SuitFiled', { suitId: 'suit-1', partyId: WORKER, role: 'worker', courtId: basicCourt.courtId, courtLevel: 'basic', basis: 'after_final_award', filedOn: '2026-06-10' }),
  deadlineMet(WORKER_FINAL_WINDOW, '2026-06-10'),
];

export const FIRST_INSTANCE = '(2026)浙0106民初1234号';
export const SECOND_INSTANCE = '(2026)浙01民终567号';

export const firstInstanceRegistered: readonly LitigationFact[] = [
  ...workerSued,
  fact('CourtCaseRegistered', { proceeding: 'first_instance', courtId: basicCourt.courtId, courtLevel: 'basic', caseNumber: FIRST_INSTANCE, registeredOn: '2026-06-12' }),
];

/** Judgment given 2026-08-01, served 2026-08-03: the appeal window runs to 2026-08-18. */
export const judgmentServed: readonly LitigationFact[] = [
  ...firstInstanceRegistered,
  deadlineExpired(EMPLOYER_ANNULMENT_WINDOW, '2026-07-01'),
  fact('JudgmentIssued', { caseNumber: FIRST_INSTANCE, outcome: 'claims_partly_upheld', awardedFen: 900_000, judgedOn: '2026-08-01', servedOn: '2026-08-03' }),
  deadlineSet('appealFifteenDays', 'appealFifteenDays', '2026-08-03', '2026-08-18'),
];

export const employerAppealed: readonly LitigationFact[] = [
  ...judgmentServed,
  fact('AppealFiled', { partyId: EMPLOYER, role: 'employer', filedOn: '2026-08-10' }),
  deadlineMet('appealFifteenDays', '2026-08-10'),
];

export const secondInstanceRegistered: readonly LitigationFact[] = [
  ...employerAppealed,
  fact('CourtCaseRegistered', { proceeding: 'second_instance', courtId: intermediateCourt.courtId, courtLevel: 'intermediate', caseNumber: SECOND_INSTANCE, registeredOn: '2026-08-20' }),
];

/** The employer applied to annul the final award on 2026-06-20. */
export const annulmentApplied: readonly LitigationFact[] = [
  ...finalAwardReceived,
  fact('AnnulmentApplied', { awardId: AWARD, partyId: EMPLOYER, courtId: intermediateCourt.courtId, appliedOn: '2026-06-20' }),
  deadlineMet(EMPLOYER_ANNULMENT_WINDOW, '2026-06-20'),
];
