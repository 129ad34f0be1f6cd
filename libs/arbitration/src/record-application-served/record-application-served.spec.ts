import { D, due, given, history, NOW } from '../testing/given.js';
import { accept, apply, defend, serve } from '../testing/steps.js';

describe('Service and defence (送达, 答辩, LDMAL 30)', () => {
  it('records service on the respondent and meets the five-day service deadline', () => {
    // Accepted Thu 5 Mar: service due Thu 12 Mar.
    expect(due('serviceOfApplicationWithinFiveDays', '2026-03-05').dueOn).toBe('2026-03-12');
    given(...history([apply], [accept])).when(serve).then(
      { type: 'ApplicationServed', data: { disputeId: D, partyId: 'e1', servedOn: '2026-03-09', late: false, servedAt: NOW } },
      { type: 'DeadlineMet', data: { disputeId: D, deadlineId: 'serviceOfApplicationWithinFiveDays', metOn: '2026-03-09', metAt: NOW } },
    );
    const [late] = given(...history([apply], [accept])).when({ type: 'RecordApplicationServed', data: { partyId: 'e1', servedOn: '2026-03-13' } }).decide();
    expect(late!.data).toMatchObject({ late: true });
    given(...history([apply], [accept], [serve])).when(serve).thenNothing();
  });
  it('refuses service before acceptance, twice, or on a stranger', () => {
    given(...history([apply])).when(serve).thenRefuses('caseMustBeAccepted');
    given(...history([apply], [accept], [serve])).when({ type: 'RecordApplicationServed', data: { partyId: 'e1', servedOn: '2026-03-10' } }).thenRefuses('serviceAfterAcceptance');
    given(...history([apply], [accept])).when({ type: 'RecordApplicationServed', data: { partyId: 'x', servedOn: '2026-03-09' } }).thenRefuses('serviceAfterAcceptance', 'partyId');
  });
  it('records the defence, late when past ten days of service, never refused for lateness', () => {
    const { dueOn } = due('defenceWithinTenDays', '2026-03-09');
    expect(dueOn).toBe('2026-03-23');
    given(...history([apply], [accept], [serve])).when(defend).then({
      type: 'DefenceFiled',
      data: { disputeId: D, partyId: 'e1', filedOn: '2026-03-19', dueOn, late: false, filedAt: NOW },
    });
    const [late] = given(...history([apply], [accept], [serve])).when({ type: 'RecordDefenceFiled', data: { partyId: 'e1', filedOn: '2026-03-24' } }).decide();
    expect(late!.data).toMatchObject({ late: true, dueOn: '2026-03-23' });
    given(...history([apply], [accept], [serve], [defend])).when(defend).thenNothing();
  });
  it('refuses a defence before service, or a second one', () => {
    given(...history([apply], [accept])).when(defend).thenRefuses('defenceAfterService');
    given(...history([apply], [accept], [serve], [defend])).when({ type: 'RecordDefenceFiled', data: { partyId: 'e1', filedOn: '2026-03-20' } }).thenRefuses('defenceAfterService');
  });
  const serveDefence = { type: 'RecordDefenceServed' as const, data: { servedOn: '2026-03-20' } };
  it('serves the defence on the applicant within five days of its receipt', () => {
    given(...history([apply], [accept], [serve], [defend])).when(serveDefence).then({
      type: 'DefenceServed',
      data: { disputeId: D, servedOn: '2026-03-20', ...{ dueOn: due('serviceOfDefenceWithinFiveDays', '2026-03-19').dueOn }, late: false, servedAt: NOW },
    });
    given(...history([apply], [accept], [serve], [defend], [serveDefence])).when(serveDefence).thenNothing();
    given(...history([apply], [accept], [serve])).when(serveDefence).thenRefuses('defenceMustBeFiled');
    given(...history([apply], [accept], [serve], [defend])).when({ type: 'RecordDefenceServed', data: { servedOn: '2026-03-18' } }).thenRefuses('defenceMustBeFiled', 'servedOn');
  });
});
