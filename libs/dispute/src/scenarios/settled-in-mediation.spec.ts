import { caseFile, registration } from '../testing/case-file.js';
import { agreement, apply, openMediation, session } from './steps.js';

describe('a wage claim settled in mediation and performed', () => {
  const dispute = caseFile();

  it('registers, opens mediation with its 15-day window, records the session and the agreement', () => {
    dispute.on('2026-03-02', registration('2026-03-02'), 'mediator');
    dispute.on('2026-03-02', openMediation('2026-03-02'), 'mediator');
    // 15 days from the day after receipt (LDMAL 14): 2026-03-17.
    expect(dispute.deadline('mediationWindowIsFifteenDays')).toMatchObject({ dueOn: '2026-03-17', status: 'running' });
    dispute.on('2026-03-05', session('s1', '2026-03-05', 'agreement'), 'mediator');
    dispute.on('2026-03-05', agreement('2026-03-05', '2026-03-20'), 'mediator');
    expect(dispute.state.mediation.status).toBe('agreement_pending');
  });

  it('arbitration is not open while the agreement awaits performance', () => {
    expect(dispute.refusal('2026-03-06', apply('2026-03-06'), 'arbitration-clerk')).toBe('arbitrationAfterMediationEndsOrExpires');
  });

  it('performance closes the case as settled, with the amount, and leaves no clock running', () => {
    const closing = dispute.on('2026-03-18', { type: 'RecordAgreementPerformed', data: { performedOn: '2026-03-18', recoveredFen: 1_000_000 } }, 'mediator');
    expect(closing.at(-1)).toMatchObject({ type: 'DisputeClosed', data: { outcome: 'settled_in_mediation' } });
    expect(dispute.state).toMatchObject({ status: 'closed', outcome: 'settled_in_mediation' });
    expect(dispute.liveDeadlines()).toEqual([]);
  });

  it('a closed case takes no new fact, and a repeated performance changes nothing', () => {
    expect(dispute.refusal('2026-03-19', { type: 'RecordLimitationInterruption', data: { ground: 'claim_to_other_party', interruptedOn: '2026-03-19' } })).toBe(
      'nothingButEnforcementAfterClosure',
    );
    expect(dispute.on('2026-03-19', { type: 'RecordAgreementPerformed', data: { performedOn: '2026-03-18', recoveredFen: 1_000_000 } }, 'mediator')).toEqual([]);
  });
});
