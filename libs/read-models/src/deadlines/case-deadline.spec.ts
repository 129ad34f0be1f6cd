import { caseFile, registration } from '../../../dispute/src/testing/case-file.js';
import { accept, apply, composeSole } from '../../../dispute/src/scenarios/steps.js';
import { recorded, replay } from '../testing/recorded.js';
import { caseDeadlineProjection } from './case-deadline.projection.js';

const D = '22222222-2222-4222-8222-222222222222';

describe('the case deadlines projection', () => {
  const dispute = caseFile(D);
  dispute.on('2026-03-02', registration('2026-03-02'), 'arbitration-clerk');
  dispute.on('2026-03-02', apply('2026-03-02'), 'arbitration-clerk');
  dispute.on('2026-03-03', accept('2026-03-03'), 'arbitration-clerk');
  dispute.on('2026-03-04', composeSole('2026-03-04'), 'arbitration-clerk');
  dispute.on('2026-03-10', { type: 'SuspendArbitration', data: { ground: 'force_majeure', suspendedOn: '2026-03-10' } }, 'arbitrator');
  const whileSuspended = dispute.facts.length;
  dispute.on('2026-03-20', { type: 'ResumeArbitration', data: { resumedOn: '2026-03-20' } }, 'arbitrator');
  const events = recorded(D, dispute.facts);
  const projection = caseDeadlineProjection();
  const rows = (n: number) => new Map([...replay(projection, new Map(), events.slice(0, n))].map(([k, v]) => [k.split('/')[1], v.row]));

  it('keeps one row per deadline with its status as the facts leave it', () => {
    const now = rows(events.length);
    expect(now.get('acceptanceWithinFiveDays')).toMatchObject({ status: 'met', rule: 'acceptanceWithinFiveDays' });
    expect(now.get('awardWithinFortyFiveDays')).toMatchObject({ status: 'running', due_version: 3 });
    expect(rows(whileSuspended).get('awardWithinFortyFiveDays')).toMatchObject({ status: 'paused', due_on: null, due_version: 2 });
    expect(now.get('awardWithinFortyFiveDays')!.due_on! > '2026-04-17').toBe(true);
  });

  it('ends identical when replayed', () => {
    const once = replay(projection, new Map(), events);
    expect(replay(projection, once, events)).toEqual(once);
  });
});
