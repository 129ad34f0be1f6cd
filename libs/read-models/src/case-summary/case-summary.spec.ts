import { caseFile, registration, WORKER, EMPLOYER } from '../../../dispute/src/testing/case-file.js';
import { accept, apply, award, composeSole, hearing, openMediation, received, session } from '../../../dispute/src/scenarios/steps.js';
import { recorded, replay } from '../testing/recorded.js';
import { caseSummaryProjection } from './case-summary.projection.js';

const D = '11111111-1111-4111-8111-111111111111';

function aCaseThroughArbitration() {
  const dispute = caseFile(D);
  dispute.on('2026-03-02', registration('2026-03-02'), 'mediator');
  dispute.on('2026-03-02', openMediation('2026-03-02'), 'mediator');
  dispute.on('2026-03-04', session('s1', '2026-03-04', 'adjourned'), 'mediator');
  const inMediation = dispute.facts.length;
  dispute.on('2026-03-04', { type: 'RecordMediationFailed', data: { failedOn: '2026-03-04', reason: 'no agreement' } }, 'mediator');
  dispute.on('2026-03-05', apply('2026-03-05'), 'arbitration-clerk');
  dispute.on('2026-03-06', accept('2026-03-06'), 'arbitration-clerk');
  dispute.on('2026-03-09', composeSole('2026-03-09'), 'arbitration-clerk');
  dispute.on('2026-03-09', hearing('2026-03-09', '2026-03-20'), 'arbitration-clerk');
  const beforeAward = dispute.facts.length;
  dispute.on('2026-04-01', award('2026-04-01', [{ claimId: 'c1', awardedFen: 1_200_000, decision: 'pay' }, { claimId: 'c2', awardedFen: 4_000_000, decision: 'pay' }]), 'arbitrator');
  dispute.on('2026-04-02', received(WORKER, '2026-04-02'), 'arbitration-clerk');
  dispute.on('2026-04-02', received(EMPLOYER, '2026-04-02'), 'arbitration-clerk');
  dispute.expire(`suitAfterNonFinalAwardFifteenDays:${WORKER}`);
  dispute.expire(`suitAfterNonFinalAwardFifteenDays:${EMPLOYER}`);
  return { events: recorded(D, dispute.facts), inMediation, beforeAward };
}

describe('the case summary projection', () => {
  const projection = caseSummaryProjection();
  const { events, inMediation, beforeAward } = aCaseThroughArbitration();
  const rowAfter = (n: number) => replay(projection, new Map(), events.slice(0, n)).get(D)!.row;

  it('shows a case in mediation with its body, mediator, window and next session', () => {
    expect(rowAfter(inMediation)).toMatchObject({
      stage: 'mediation',
      status: 'open',
      mediation_body_id: 'body-xihu',
      mediator_id: 'mediator-li',
      employer_name: '杭州示例科技有限公司',
      worker_count: 1,
      claim_types: ['economic_compensation', 'wages'],
      claimed_fen: 6_200_000,
      next_deadline_rule: 'mediationWindowIsFifteenDays',
      next_deadline_on: '2026-03-17',
    });
    expect(JSON.stringify(rowAfter(inMediation).parties)).toContain('3301**********1234');
  });

  it('shows the handoff, the case number, the tribunal and the nearest deadline while in arbitration', () => {
    expect(rowAfter(beforeAward)).toMatchObject({
      stage: 'arbitration',
      status: 'accepted',
      commission_id: 'commission-hz',
      case_number: '杭劳人仲案字〔2026〕第123号',
      handed_over: true,
      arbitration_applied_on: '2026-03-05',
      arbitrator_ids: ['arbitrator-wang'],
      hearing_dates: ['2026-03-20'],
      next_deadline_rule: 'serviceOfApplicationWithinFiveDays',
      mediation_ended_on: '2026-03-04',
      search_text: '杭州示例科技有限公司 杭劳人仲案字〔2026〕第123号',
    });
  });

  it('closes with the outcome, the awarded amount and the closing day', () => {
    expect(rowAfter(events.length)).toMatchObject({
      stage: 'closed',
      status: 'award_effective',
      outcome: 'award_effective',
      awarded_fen: 5_200_000,
      final_award: false,
      next_deadline_on: null,
    });
  });

  it('ends identical when the same events are applied twice, in one batch or split', () => {
    const once = replay(projection, new Map(), events);
    expect(replay(projection, once, events)).toEqual(once);
    const split = replay(projection, replay(projection, new Map(), events.slice(0, 7)), events.slice(3));
    expect(split).toEqual(once);
  });
});
