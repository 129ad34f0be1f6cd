import type { DisputeFact } from './dispute-state.js';

const yuan = (fen: unknown) => (typeof fen === 'number' ? `${(fen / 100).toLocaleString('en-US', { maximumFractionDigits: 2 })} yuan` : 'an unstated amount');

/** One sentence per fact, for the case history a court liaison reads. Never includes personal data. */
const sentences: Partial<Record<string, (d: Record<string, unknown>) => string>> = {
  DisputeRegistered: (d) => `Dispute registered with ${(d['claims'] as unknown[]).length} claim(s) via ${String(d['channel'])}`,
  MediationOpened: (d) => `Mediation opened at ${String(d['bodyId'])} with mediator ${String(d['mediatorId'])}`,
  MediationSessionRecorded: (d) => `Mediation session on ${String(d['heldOn'])}: ${String(d['outcome'])}`,
  MediationAgreementReached: (d) => `Mediation agreement for ${yuan(d['agreedFen'])}, to be performed by ${String(d['performanceDueOn'])}`,
  MediationAgreementPerformed: (d) => `Agreement performed on ${String(d['performedOn'])}: ${yuan(d['recoveredFen'])} recovered`,
  MediationAgreementBreached: (d) => `Agreement breached on ${String(d['breachedOn'])}`,
  MediationFailed: (d) => `Mediation failed on ${String(d['failedOn'])}`,
  MediationWindowExpired: () => 'The 15-day mediation window expired',
  ArbitrationApplied: (d) => `Arbitration applied for at ${String(d['commissionId'])} on ${String(d['filedOn'])}`,
  ArbitrationAccepted: (d) => `Arbitration accepted as ${String(d['caseNumber'])} on ${String(d['acceptedOn'])}`,
  ArbitrationRefused: (d) => `Arbitration refused (${String(d['reason'])}) on ${String(d['refusedOn'])}`,
  TribunalComposed: (d) => `Tribunal composed (${String(d['form'])})`,
  HearingScheduled: (d) => `Hearing scheduled for ${String(d['hearingOn'])}`,
  ArbitrationSuspended: (d) => `Arbitration suspended on ${String(d['suspendedOn'])} (${String(d['ground'])})`,
  ArbitrationResumed: (d) => `Arbitration resumed on ${String(d['resumedOn'])}`,
  AwardDeadlineExtended: (d) => `Award period extended by ${String(d['extensionDays'])} days`,
  AwardIssued: (d) => `Award issued on ${String(d['awardedOn'])} for ${yuan(d['awardedFen'])}`,
  AwardReceived: (d) => `Award received by ${String(d['partyId'])} on ${String(d['receivedOn'])}`,
  SuitFiled: (d) => `Suit filed at ${String(d['courtId'])} by ${String(d['partyId'])} (${String(d['basis'])})`,
  CourtCaseRegistered: (d) => `Court case ${String(d['caseNumber'])} registered`,
  JudgmentIssued: (d) => `Judgment (${String(d['outcome'])}) for ${yuan(d['awardedFen'])}`,
  DeadlineSet: (d) => `Deadline ${String(d['rule'])} set, due ${String(d['dueOn'] ?? '(paused)')}`,
  DeadlineMet: (d) => `Deadline ${String(d['deadlineId'])} met`,
  DeadlineExpired: (d) => `Deadline ${String(d['deadlineId'])} expired (was due ${String(d['dueOn'])})`,
  DisputeClosed: (d) => `Case closed: ${String(d['outcome'])}`,
};

const spaced = (type: string) => type.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());

export function summarise(event: DisputeFact): string {
  const sentence = sentences[event.type];
  return sentence ? sentence(event.data as unknown as Record<string, unknown>) : spaced(event.type);
}
