import type { ArbitrationCommand } from '../commands.js';

/** The ordinary steps of a case: filed Mon 2 Mar 2026, accepted Thu 5 Mar. */
export const apply: ArbitrationCommand = { type: 'ApplyForArbitration', data: { commissionId: 'hz-ac', filedOn: '2026-03-02' } };
export const accept: ArbitrationCommand = { type: 'AcceptArbitration', data: { caseNumber: '杭劳人仲案字〔2026〕第123号', acceptedOn: '2026-03-05' } };
export const compose: ArbitrationCommand = { type: 'ComposeTribunal', data: { form: 'three', arbitratorIds: ['a1', 'a2', 'a3'], presidingId: 'a1', composedOn: '2026-03-06' } };
export const suspend: ArbitrationCommand = { type: 'SuspendArbitration', data: { ground: 'awaiting_work_injury_determination', suspendedOn: '2026-03-10' } };
export const resume: ArbitrationCommand = { type: 'ResumeArbitration', data: { resumedOn: '2026-03-22' } };
