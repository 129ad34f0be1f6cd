import { D, due, given, history, NOW } from '../testing/given.js';
import { accept, apply, completeCorrection, noticeCorrection } from '../testing/steps.js';

describe('Correction (补正, Rules 29) and referral (移送, LDMAL 21)', () => {
  it('records one correction notice; the acceptance clock does not expire while it is awaited', () => {
    given(...history([apply])).when(noticeCorrection).then({
      type: 'ApplicationCorrectionNoticed',
      data: { disputeId: D, noticedOn: '2026-03-03', missing: ['劳动者身份证号码'], noticedAt: NOW },
    });
    given(...history([apply], [noticeCorrection])).when(noticeCorrection).thenNothing();
    given(...history([apply], [noticeCorrection])).when({ type: 'NoticeApplicationCorrection', data: { noticedOn: '2026-03-04', missing: ['证据'] } }).thenRefuses('correctionNoticeOnce');
    given(...history([apply], [accept])).when(noticeCorrection).thenRefuses('correctionWhileAwaitingDecision');
    given(...history([apply])).when({ type: 'NoticeApplicationCorrection', data: { noticedOn: '2026-03-03', missing: [] } }).thenRefuses('correctionWhileAwaitingDecision', 'missing');
    // Filed Mon 2 Mar: decision due Mon 9 Mar; awaiting the correction that timer changes nothing.
    given(...history([apply], [noticeCorrection])).when({ type: 'ExpireDeadline', data: { deadlineId: 'acceptanceWithinFiveDays', dueOn: '2026-03-09' } }).thenNothing();
  });
  it('restarts the five days to decide from the completed correction', () => {
    // Corrected Tue 10 Mar: five working days → Tue 17 Mar.
    expect(due('acceptanceWithinFiveDays', '2026-03-10').dueOn).toBe('2026-03-17');
    given(...history([apply], [noticeCorrection])).when(completeCorrection).then(
      { type: 'ApplicationCorrected', data: { disputeId: D, correctedOn: '2026-03-10', correctedAt: NOW } },
      {
        type: 'DeadlineRestarted',
        data: { disputeId: D, deadlineId: 'acceptanceWithinFiveDays', trigger: '2026-03-10', reason: 'correction_completed', ...due('acceptanceWithinFiveDays', '2026-03-10'), restartedAt: NOW },
      },
    );
    const corrected = given(...history([apply], [noticeCorrection], [completeCorrection]));
    expect(corrected.state.deadlines['acceptanceWithinFiveDays']).toMatchObject({ trigger: '2026-03-10', dueOn: '2026-03-17', status: 'running' });
    corrected.when(completeCorrection).thenNothing();
  });
  it('refuses a correction never asked for, or completed before its notice', () => {
    given(...history([apply])).when(completeCorrection).thenRefuses('correctionMustBeNoticed');
    given(...history([apply], [noticeCorrection])).when({ type: 'CompleteApplicationCorrection', data: { correctedOn: '2026-03-02' } }).thenRefuses('correctionAfterNotice', 'correctedOn');
    given(...history([apply], [noticeCorrection], [completeCorrection])).when({ type: 'CompleteApplicationCorrection', data: { correctedOn: '2026-03-11' } }).thenRefuses('correctionMustBeNoticed');
  });

  const refer = { type: 'ReferApplication' as const, data: { toCommissionId: 'xh-ac', reason: '劳动合同履行地在西湖区', referredOn: '2026-03-04' } };
  it('refers the application to the competent commission: it ends here, its clock with it', () => {
    given(...history([apply])).when(refer).then(
      { type: 'ApplicationReferred', data: { disputeId: D, toCommissionId: 'xh-ac', reason: '劳动合同履行地在西湖区', referredOn: '2026-03-04', referredAt: NOW } },
      { type: 'DeadlineCancelled', data: { disputeId: D, deadlineId: 'acceptanceWithinFiveDays', reason: 'referred to xh-ac', cancelledAt: NOW } },
    );
    const referred = given(...history([apply], [refer]));
    expect(referred.state).toMatchObject({ status: 'referred', referredTo: 'xh-ac', referredOn: '2026-03-04' });
    referred.when(refer).thenNothing();
    referred.when(accept).thenRefuses('applicationMustAwaitDecision');
  });
  it('refuses a referral to the same commission or of an accepted case', () => {
    given(...history([apply])).when({ ...refer, data: { ...refer.data, toCommissionId: 'hz-ac' } }).thenRefuses('referralToAnotherCommission', 'toCommissionId');
    given(...history([apply], [accept])).when(refer).thenRefuses('applicationMustAwaitDecision');
  });
});
