import { caseFile, registration, WORKER } from '../testing/case-file.js';
import { apply, basicCourt, openMediation } from './steps.js';

describe('mediation expires, the commission refuses, the worker goes to court (LDMAL 29)', () => {
  const dispute = caseFile();

  it('the 15-day window expires and arbitration becomes available', () => {
    dispute.on('2026-09-21', registration('2026-09-21'), 'mediator');
    dispute.on('2026-09-21', openMediation('2026-09-21'), 'mediator');
    expect(dispute.refusal('2026-09-25', apply('2026-09-25'), 'arbitration-clerk')).toBe('arbitrationAfterMediationEndsOrExpires');
    // 15 calendar days end on 10-06, inside the National Day holiday (10-01 to 10-07): the period runs to 10-08.
    expect(dispute.deadline('mediationWindowIsFifteenDays')?.dueOn).toBe('2026-10-08');
    expect(dispute.refusal('2026-10-08', { type: 'ExpireDeadline', data: { deadlineId: 'mediationWindowIsFifteenDays', dueOn: '2026-10-08' } })).toBe(
      'deadlineExpiresOnlyAfterItsLastDay',
    );
    dispute.expire('mediationWindowIsFifteenDays');
    expect(dispute.state.mediation.status).toBe('expired');
  });

  it('the application is filed and must be decided within 5 working days, after the holiday', () => {
    dispute.on('2026-10-09', apply('2026-10-09'), 'arbitration-clerk');
    // Filed Friday 10-09: working days 10-10 (Saturday, a make-up day), 10-12, 10-13, 10-14, 10-15.
    expect(dispute.deadline('acceptanceWithinFiveDays')?.dueOn).toBe('2026-10-15');
  });

  it('a refusal lets the applicant sue; the suit is registered and judged; no appeal makes the judgment final', () => {
    dispute.on('2026-10-12', { type: 'RefuseArbitration', data: { reason: 'out_of_scope', writtenReasons: 'not within the commission\'s remit', refusedOn: '2026-10-12' } }, 'arbitration-clerk');
    expect(dispute.deadline('acceptanceWithinFiveDays')?.status).not.toBe('running');
    dispute.on('2026-10-20', { type: 'FileSuit', data: { partyId: WORKER, court: basicCourt, basis: 'after_refusal', filedOn: '2026-10-20' } }, 'court-liaison');
    dispute.on('2026-10-22', { type: 'RegisterCourtCase', data: { proceeding: 'first_instance', court: basicCourt, caseNumber: '(2026)浙0106民初4321号', registeredOn: '2026-10-22' } }, 'court-liaison');
    dispute.on('2026-11-10', {
      type: 'RecordJudgment',
      data: { caseNumber: '(2026)浙0106民初4321号', outcome: 'claims_partly_upheld', awardedFen: 1_100_000, judgedOn: '2026-11-09', servedOn: '2026-11-10' },
    }, 'court-liaison');
    expect(dispute.state.status).toBe('open');
    const closing = dispute.expire('appealFifteenDays');
    expect(closing.at(-1)).toMatchObject({ type: 'DisputeClosed', data: { outcome: 'judgment_final', amounts: { awarded: 1_100_000 } } });
    expect(dispute.liveDeadlines()).toEqual([]);
  });
});
