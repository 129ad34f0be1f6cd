import { z } from 'zod';
import { route } from '../command-route.js';
import { awardBody } from './arbitration.routes.js';
import { commissionId, fen, id, legalDate, positiveFen, text } from '../schemas.js';

/** The procedure inside a running arbitration case (`ArbitrationProcedureCommand`): correction to advance execution. */
export const arbitrationProcedureRoutes = [
  route({
    command: 'NoticeApplicationCorrection',
    path: '/arbitration/correction-notice',
    summary: 'Ask the applicant once, in one notice listing everything missing, to correct the application (补正, Rules 29); the acceptance clock waits',
    body: z.object({ noticedOn: legalDate, missing: z.array(text(500)).min(1).max(50) }).strict(),
    example: { noticedOn: '2026-03-03', missing: ['劳动者身份证号码', '用人单位的住所'] },
  }),
  route({
    command: 'CompleteApplicationCorrection',
    path: '/arbitration/correction',
    summary: 'Record that the noticed correction was made (补正, Rules 29): the 5-day acceptance clock counts afresh from that day',
    body: z.object({ correctedOn: legalDate }).strict(),
    example: { correctedOn: '2026-03-10' },
  }),
  route({
    command: 'ReferApplication',
    path: '/arbitration/referral',
    summary: 'Refer the application to another, competent commission (移送, LDMAL 21): the acceptance clock here is cancelled',
    body: z.object({ toCommissionId: commissionId, reason: text(1000), referredOn: legalDate }).strict(),
    example: { toCommissionId: 'xh_commission', reason: '劳动合同履行地在西湖区', referredOn: '2026-03-04' },
  }),
  route({
    command: 'RecordApplicationServed',
    path: '/arbitration/service',
    summary: 'Record service of the application on the respondent (送达, LDMAL 30), due within 5 days of acceptance; late service is recorded as late',
    body: z.object({ partyId: id, servedOn: legalDate }).strict(),
    example: { partyId: 'e1', servedOn: '2026-03-24' },
  }),
  route({
    command: 'RecordDefenceFiled',
    path: '/arbitration/defence',
    summary: 'Record the respondent\'s defence (答辩书, LDMAL 30), due within 10 days of service; a late defence is recorded, never refused',
    body: z.object({ partyId: id, filedOn: legalDate }).strict(),
    example: { partyId: 'e1', filedOn: '2026-04-01' },
  }),
  route({
    command: 'RecordDefenceServed',
    path: '/arbitration/defence/service',
    summary: 'Record service of the filed defence on the applicant (答辩书副本送达, LDMAL 30), due within 5 days of filing',
    body: z.object({ servedOn: legalDate }).strict(),
    example: { servedOn: '2026-04-03' },
  }),
  route({
    command: 'RecordServiceByPublication',
    path: '/arbitration/service-by-publication',
    summary: 'Record service by publication (公告送达, Rules 46): the award clock pauses from `from` and resumes after `to`',
    body: z.object({ from: legalDate, to: legalDate.optional() }).strict(),
    example: { from: '2026-03-10', to: '2026-04-09' },
  }),
  route({
    command: 'DecideRecusal',
    path: '/arbitration/recusals',
    summary: 'Decide a recusal application against an arbitrator of the tribunal (回避, LDMAL 33); a granted recusal names the replacement',
    body: z.object({ arbitratorId: id, granted: z.boolean(), replacementId: id.optional(), decidedOn: legalDate }).strict(),
    example: { arbitratorId: 'arbitrator-wang', granted: true, replacementId: 'arbitrator-li', decidedOn: '2026-03-26' },
  }),
  route({
    command: 'PostponeHearing',
    path: '/arbitration/hearings/postponements',
    summary: 'Postpone a scheduled hearing (延期开庭, LDMAL 35): the new date needs its own notice at least 5 days before',
    body: z.object({ hearingId: id, newHearingOn: legalDate, noticeServedOn: legalDate, reason: text(1000) }).strict(),
    example: { hearingId: 'h1', newHearingOn: '2026-04-20', noticeServedOn: '2026-04-07', reason: '被申请人因病申请延期开庭' },
  }),
  route({
    command: 'RecordHearingHeld',
    path: '/arbitration/hearings/held',
    summary: 'Record that a hearing was held on the day noticed (开庭, LDMAL 35); another day is a postponement first',
    body: z.object({ hearingId: id, heldOn: legalDate }).strict(),
    example: { hearingId: 'h1', heldOn: '2026-04-08' },
  }),
  route({
    command: 'RecordNoShow',
    path: '/arbitration/no-shows',
    summary: 'Record a party staying away from a hearing without good reason (LDMAL 36): the applicant\'s application is 视为撤回申请; against the respondent, 缺席裁决',
    body: z.object({ hearingId: id, partyId: id, side: z.enum(['applicant', 'respondent']), goodReason: z.boolean() }).strict(),
    example: { hearingId: 'h1', partyId: 'e1', side: 'respondent', goodReason: false },
  }),
  route({
    command: 'AmendClaims',
    path: '/arbitration/claims/amendments',
    summary: 'Record an amendment of the claims (变更仲裁请求, Rules 46): the 45-day award period counts afresh from it',
    body: z.object({ amendmentId: id, amendedOn: legalDate, summary: text(2000) }).strict(),
    example: { amendmentId: 'am1', amendedOn: '2026-03-27', summary: '增加加班费请求 8,000 元' },
  }),
  route({
    command: 'RecordCounterclaim',
    path: '/arbitration/counterclaims',
    summary: 'Record a counterclaim by the respondent (反申请, Rules 46): the 45-day award period counts afresh from it',
    body: z.object({ counterclaimId: id, filedOn: legalDate, summary: text(2000) }).strict(),
    example: { counterclaimId: 'cc1', filedOn: '2026-03-30', summary: '要求返还培训费 5,000 元' },
  }),
  route({
    command: 'AddParty',
    path: '/arbitration/parties',
    summary: 'Add a party, e.g. a co-respondent or third party (追加当事人, Rules 46): the 45-day award period counts afresh from it',
    body: z.object({ partyId: id, addedOn: legalDate, capacity: text(200) }).strict(),
    example: { partyId: 'e2', addedOn: '2026-03-27', capacity: '共同被申请人' },
  }),
  route({
    command: 'RecordSettlement',
    path: '/arbitration/settlement',
    summary: 'Record that the parties settled by themselves and the application is withdrawn (自行和解, LDMAL 41): closes the case',
    body: z.object({ settledOn: legalDate, terms: text(4000) }).strict(),
    example: { settledOn: '2026-04-02', terms: '被申请人于 2026-04-10 前支付工资 12,000 元' },
  }),
  route({
    command: 'IssueMediationStatement',
    path: '/arbitration/mediation-statement',
    summary: 'Issue the tribunal\'s mediation statement (仲裁调解书, LDMAL 42); it binds once every party has signed for it',
    body: z.object({ statementId: id, terms: text(4000), agreedFen: fen, issuedOn: legalDate }).strict(),
    example: { statementId: 'ms1', terms: '被申请人支付工资 10,000 元', agreedFen: 1_000_000, issuedOn: '2026-04-08' },
  }),
  route({
    command: 'RecordMediationStatementSigned',
    path: '/arbitration/mediation-statement/signatures',
    summary: "Record a party's signature for the mediation statement (签收, LDMAL 42); the last signature makes it effective and closes the case",
    body: z.object({ statementId: id, partyId: id, signedOn: legalDate }).strict(),
    example: { statementId: 'ms1', partyId: 'w1', signedOn: '2026-04-09' },
  }),
  route({
    command: 'RecordMediationStatementRepudiated',
    path: '/arbitration/mediation-statement/repudiation',
    summary: 'Record a party backing out before signing for the mediation statement (反悔, LDMAL 42): the tribunal must award promptly',
    body: z.object({ statementId: id, partyId: id, repudiatedOn: legalDate }).strict(),
    example: { statementId: 'ms1', partyId: 'e1', repudiatedOn: '2026-04-09' },
  }),
  route({
    command: 'IssuePartialAward',
    path: '/arbitration/partial-awards',
    summary: 'Award first the claims whose facts are clear (部分裁决, LDMAL 43); each item is classified final or not by LDMAL 47',
    body: awardBody,
    example: { awardId: 'pa1', awardedOn: '2026-04-15', items: [{ claimId: 'c1', awardedFen: 1_200_000, decision: '被申请人支付拖欠工资 12,000 元' }] },
  }),
  route({
    command: 'GrantAdvanceExecution',
    path: '/arbitration/advance-execution',
    summary: 'Grant advance execution of wages, work-injury medical costs, compensation or damages (先予执行, LDMAL 44): rights clear and serious hardship without it',
    body: z
      .object({
        grantId: id,
        claimIds: z.array(id).min(1).max(100),
        amountFen: positiveFen,
        grantedOn: legalDate,
        rightsAndObligationsClear: z.boolean(),
        seriousHardshipWithout: z.boolean(),
      })
      .strict(),
    example: { grantId: 'ae1', claimIds: ['c1'], amountFen: 1_200_000, grantedOn: '2026-03-31', rightsAndObligationsClear: true, seriousHardshipWithout: true },
  }),
];
