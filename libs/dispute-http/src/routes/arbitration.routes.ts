import { z } from 'zod';
import { refusalReasons, suspensionGrounds } from '#arbitration';
import { route } from '../command-route.js';
import { commissionId, fen, id, legalDate, text } from '../schemas.js';

/** An award, whole or partial (LDMAL 43): the items it decides; finality per item is the decider's (LDMAL 47). */
export const awardBody = z
  .object({
    awardId: id,
    awardedOn: legalDate,
    items: z.array(z.object({ claimId: id, awardedFen: fen.optional(), decision: text(4000) }).strict()).min(1).max(100),
  })
  .strict();

export const arbitrationRoutes = [
  route({
    command: 'ApplyForArbitration',
    path: '/arbitration/application',
    summary: 'File the arbitration application at a commission (handoff from mediation, or direct); starts the 5-day acceptance clock (LDMAL 29)',
    body: z.object({ commissionId, filedOn: legalDate }).strict(),
    example: { commissionId: 'hz_commission', filedOn: '2026-03-18' },
  }),
  route<'AcceptArbitration', { acceptedOn: string }>({
    command: 'AcceptArbitration',
    path: '/arbitration/acceptance',
    summary: "Accept the application; the case number is taken from the commission's counter (LDMAL 29)",
    body: z.object({ acceptedOn: legalDate }).strict(),
    example: { acceptedOn: '2026-03-20' },
    completes: 'caseNumber',
  }),
  route({
    command: 'RefuseArbitration',
    path: '/arbitration/refusal',
    summary: 'Refuse the application in writing with the reason (不予受理, LDMAL 29): the applicant may sue',
    body: z.object({ reason: z.enum(refusalReasons), writtenReasons: text(4000), refusedOn: legalDate }).strict(),
    example: { reason: 'out_of_scope', writtenReasons: 'the claim is not a labour dispute under LDMAL 2', refusedOn: '2026-03-20' },
  }),
  route({
    command: 'ComposeTribunal',
    path: '/arbitration/tribunal',
    summary: 'Compose the tribunal: a sole arbitrator or three, one presiding (LDMAL 31)',
    body: z
      .object({ form: z.enum(['sole', 'three']), arbitratorIds: z.array(id).min(1).max(3), presidingId: id, composedOn: legalDate })
      .strict(),
    example: { form: 'sole', arbitratorIds: ['arbitrator-wang'], presidingId: 'arbitrator-wang', composedOn: '2026-03-23' },
  }),
  route({
    command: 'ScheduleHearing',
    path: '/arbitration/hearings',
    summary: 'Schedule a hearing; the notice must be served at least 5 days before (LDMAL 35)',
    body: z.object({ hearingId: id, hearingOn: legalDate, noticeServedOn: legalDate }).strict(),
    example: { hearingId: 'h1', hearingOn: '2026-04-08', noticeServedOn: '2026-03-25' },
  }),
  route({
    command: 'SuspendArbitration',
    path: '/arbitration/suspension',
    summary: 'Suspend the case on a statutory ground (中止, Rules 47): the award clock stops',
    body: z.object({ ground: z.enum(suspensionGrounds), suspendedOn: legalDate }).strict(),
    example: { ground: 'awaiting_work_injury_determination', suspendedOn: '2026-03-30' },
  }),
  route({
    command: 'ResumeArbitration',
    path: '/arbitration/resumption',
    summary: 'Resume a suspended case: the award clock runs again with the paused days added',
    body: z.object({ resumedOn: legalDate }).strict(),
    example: { resumedOn: '2026-04-10' },
  }),
  route({
    command: 'ExtendAwardDeadline',
    path: '/arbitration/extension',
    summary: 'Extend the award period once, by at most 15 days, with the chair\'s written approval (LDMAL 43)',
    body: z.object({ extensionDays: z.int().min(1).max(365), approvedBy: id, approvalRef: text(200), partiesNotifiedOn: legalDate }).strict(),
    example: { extensionDays: 15, approvedBy: 'chair-zhao', approvalRef: 'HZ-EXT-2026-7', partiesNotifiedOn: '2026-04-20' },
  }),
  route({
    command: 'IssueAward',
    path: '/arbitration/award',
    summary: 'Issue the award; each item is classified final or non-final by LDMAL 47 against the regional minimum wage',
    body: awardBody,
    example: { awardId: 'award-1', awardedOn: '2026-04-28', items: [{ claimId: 'c1', awardedFen: 1_200_000, decision: 'the employer pays 12,000 yuan of arrears' }] },
  }),
  route({
    command: 'RecordAwardReceived',
    path: '/arbitration/award/receipts',
    summary: "Record a party's receipt of the award: opens that party's window to go to court (LDMAL 48-50)",
    body: z.object({ partyId: id, receivedOn: legalDate }).strict(),
    example: { partyId: 'w1', receivedOn: '2026-04-30' },
  }),
  route({
    command: 'WithdrawApplication',
    path: '/arbitration/withdrawal',
    summary: 'Withdraw the application before the award (撤回, LDMAL 41): closes the case',
    body: z.object({ withdrawnOn: legalDate, reason: text(1000) }).strict(),
    example: { withdrawnOn: '2026-04-01', reason: 'settled with the employer' },
  }),
];
