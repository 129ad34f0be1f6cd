import type { ArbitrationCommand } from '../commands.js';

/** The ordinary steps of a case: filed Mon 2 Mar 2026, accepted Thu 5 Mar. */
export const apply: ArbitrationCommand = { type: 'ApplyForArbitration', data: { commissionId: 'hz-ac', filedOn: '2026-03-02' } };
export const accept: ArbitrationCommand = { type: 'AcceptArbitration', data: { caseNumber: '杭劳人仲案字〔2026〕第123号', acceptedOn: '2026-03-05' } };
export const compose: ArbitrationCommand = { type: 'ComposeTribunal', data: { form: 'three', arbitratorIds: ['a1', 'a2', 'a3'], presidingId: 'a1', composedOn: '2026-03-06' } };
export const suspend: ArbitrationCommand = { type: 'SuspendArbitration', data: { ground: 'awaiting_work_injury_determination', suspendedOn: '2026-03-10' } };
export const resume: ArbitrationCommand = { type: 'ResumeArbitration', data: { resumedOn: '2026-03-22' } };

import type { AnyArbitrationCommand } from '../commands.js';

/** Procedure inside the case (correction to advance execution). */
export const noticeCorrection: AnyArbitrationCommand = { type: 'NoticeApplicationCorrection', data: { noticedOn: '2026-03-03', missing: ['劳动者身份证号码'] } };
export const completeCorrection: AnyArbitrationCommand = { type: 'CompleteApplicationCorrection', data: { correctedOn: '2026-03-10' } };
export const serve: AnyArbitrationCommand = { type: 'RecordApplicationServed', data: { partyId: 'e1', servedOn: '2026-03-09' } };
export const defend: AnyArbitrationCommand = { type: 'RecordDefenceFiled', data: { partyId: 'e1', filedOn: '2026-03-19' } };
export const schedule: AnyArbitrationCommand = { type: 'ScheduleHearing', data: { hearingId: 'h1', hearingOn: '2026-03-23', noticeServedOn: '2026-03-16' } };
export const mediationStatement: AnyArbitrationCommand = {
  type: 'IssueMediationStatement',
  data: { statementId: 'ms1', terms: '被申请人支付经济补偿30000元', agreedFen: 3_000_000, issuedOn: '2026-03-20' },
};
export const signedBy = (partyId: string): AnyArbitrationCommand => ({ type: 'RecordMediationStatementSigned', data: { statementId: 'ms1', partyId, signedOn: '2026-03-24' } });
export const repudiatedBy = (partyId: string): AnyArbitrationCommand => ({ type: 'RecordMediationStatementRepudiated', data: { statementId: 'ms1', partyId, repudiatedOn: '2026-03-24' } });
