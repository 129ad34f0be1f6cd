import { statutoryClock } from './statutory-clock.js';

describe('the statutory clock given to deciders', () => {
  const clock = statutoryClock();

  it('computes through the calendar and keeps its explanation', () => {
    const due = clock.compute({ rule: 'acceptanceWithinFiveDays', trigger: '2026-02-12' });
    expect(due.dueOn).toBe('2026-02-26');
    expect(due.explanation).toMatchObject({ rule: 'acceptanceWithinFiveDays', article: 'LDMAL 29; Rules 80', dayKind: 'working' });
  });

  it('passes suspensions through, open or resumed', () => {
    const resumed = clock.compute({
      rule: 'awardWithinFortyFiveDays',
      trigger: '2026-03-02',
      pauses: [{ from: '2026-03-10', to: '2026-03-22', reason: 'suspension' }],
    });
    expect(resumed.dueOn).toBe('2026-04-28');
    expect(clock.compute({ rule: 'awardWithinFortyFiveDays', trigger: '2026-03-02', pauses: [{ from: '2026-03-10', reason: 'suspension' }] }).dueOn).toBeNull();
  });

  it('refuses a rule it has no period for', () => {
    expect(() => clock.compute({ rule: 'noSuchRule', trigger: '2026-03-02' })).toThrow(/no statutory period named "noSuchRule"/);
  });
});
