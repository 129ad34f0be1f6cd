import { workingCalendar } from '#calendar';
import { leadsFor, parseLeadDays, parseLeadDaysByRule, planReminders, reminderDay } from './reminder-leads.js';

const calendar = workingCalendar();

describe('reminder lead times', () => {
  it('count working days back from the due date, skipping weekends and holidays and counting make-up working days', () => {
    // Thursday 2026-06-18: one working day before is Wednesday.
    expect(reminderDay('2026-06-18', 1, calendar)).toBe('2026-06-17');
    // Monday 2026-06-22 (after the Dragon Boat holiday, 19–21 June): the working day before is Thursday the 18th.
    expect(reminderDay('2026-06-22', 1, calendar)).toBe('2026-06-18');
    expect(reminderDay('2026-06-22', 3, calendar)).toBe('2026-06-16');
    // Monday 2026-10-12: Saturday 10 October is a make-up working day, the National Day holiday (1–7) is not counted.
    expect(reminderDay('2026-10-12', 1, calendar)).toBe('2026-10-10');
    expect(reminderDay('2026-10-12', 3, calendar)).toBe('2026-10-08');
    expect(reminderDay('2026-10-12', 4, calendar)).toBe('2026-09-30');
  });

  it('plan each reminder at the start of its legal day in Asia/Shanghai, dropping those whose day has passed', () => {
    const now = new Date('2026-06-16T03:00:00Z'); // 11:00 in Shanghai on the 16th
    const planned = planReminders('2026-06-22', [3, 1], now, calendar, 'Asia/Shanghai');
    expect(planned.map((p) => [p.lead, p.on])).toEqual([
      [3, '2026-06-16'],
      [1, '2026-06-18'],
    ]);
    expect(planned[0]!.delayMs).toBe(0);
    // 2026-06-18 00:00 in Shanghai is 2026-06-17T16:00Z.
    expect(planned[1]!.delayMs).toBe(Date.parse('2026-06-17T16:00:00Z') - now.getTime());
    expect(planReminders('2026-06-22', [5], now, calendar, 'Asia/Shanghai')).toEqual([]);
  });

  it('parse the settings, and let a rule override the defaults or switch reminders off', () => {
    expect(parseLeadDays('1, 3,3')).toEqual([3, 1]);
    expect(() => parseLeadDays('3;1')).toThrow(/working days/);
    expect(() => parseLeadDays('0')).toThrow(/at least 1/);
    const byRule = parseLeadDaysByRule('awardWithinFortyFiveDays=5,1; acceptanceWithinFiveDays=');
    expect(byRule).toEqual({ awardWithinFortyFiveDays: [5, 1], acceptanceWithinFiveDays: [] });
    const leads = { defaults: [3, 1], byRule };
    expect(leadsFor(leads, 'awardWithinFortyFiveDays')).toEqual([5, 1]);
    expect(leadsFor(leads, 'acceptanceWithinFiveDays')).toEqual([]);
    expect(leadsFor(leads, 'mediationWindowIsFifteenDays')).toEqual([3, 1]);
    expect(() => parseLeadDaysByRule('nonsense')).toThrow(/<rule>=/);
  });
});
