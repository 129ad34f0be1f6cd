import { holidayYears } from './data/holiday-years.js';
import { addDays, compareDates, dayOfWeek } from './legal-date.js';
import { workingCalendar } from './working-calendar.js';

describe('the State Council notices as data', () => {
  it.each(holidayYears.map((y) => [y.year, y] as const))('%i names its source', (year, data) => {
    expect(data.source.title).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`);
    expect(data.source.number).toMatch(new RegExp(`^国办发明电〔${year - 1}〕\\d+号$`));
    expect(data.source.issuedOn.startsWith(String(year - 1))).toBe(true);
    expect(data.source.url).toMatch(/^https:\/\/www\.gov\.cn\//);
    expect(data.source.verified).toBe(true);
  });

  it('holds 2025 as the notice gives it (国办发明电〔2024〕12号)', () => {
    const [y2025] = holidayYears;
    expect(y2025!.holidays.map((h) => [h.name, h.from, h.to, h.days, h.makeUpWorkdays])).toEqual([
      ['元旦', '2025-01-01', '2025-01-01', 1, []],
      ['春节', '2025-01-28', '2025-02-04', 8, ['2025-01-26', '2025-02-08']],
      ['清明节', '2025-04-04', '2025-04-06', 3, []],
      ['劳动节', '2025-05-01', '2025-05-05', 5, ['2025-04-27']],
      ['端午节', '2025-05-31', '2025-06-02', 3, []],
      ['国庆节、中秋节', '2025-10-01', '2025-10-08', 8, ['2025-09-28', '2025-10-11']],
    ]);
  });

  it('holds 2026 as the notice gives it (国办发明电〔2025〕7号)', () => {
    const y2026 = holidayYears[1];
    expect(y2026!.holidays.map((h) => [h.name, h.from, h.to, h.days, h.makeUpWorkdays])).toEqual([
      ['元旦', '2026-01-01', '2026-01-03', 3, ['2026-01-04']],
      ['春节', '2026-02-15', '2026-02-23', 9, ['2026-02-14', '2026-02-28']],
      ['清明节', '2026-04-04', '2026-04-06', 3, []],
      ['劳动节', '2026-05-01', '2026-05-05', 5, ['2026-05-09']],
      ['端午节', '2026-06-19', '2026-06-21', 3, []],
      ['中秋节', '2026-09-25', '2026-09-27', 3, []],
      ['国庆节', '2026-10-01', '2026-10-07', 7, ['2026-09-20', '2026-10-10']],
    ]);
  });

  it('matches the weekdays the notices print', () => {
    // Each pair is a date and the weekday the notice prints beside it (0 = 周日 … 6 = 周六).
    const printed: [string, number][] = [
      ['2025-01-01', 3], ['2025-01-28', 2], ['2025-02-04', 2], ['2025-01-26', 0], ['2025-02-08', 6], ['2025-04-04', 5],
      ['2025-05-01', 4], ['2025-05-05', 1], ['2025-04-27', 0], ['2025-05-31', 6], ['2025-06-02', 1], ['2025-10-01', 3],
      ['2025-10-08', 3], ['2025-09-28', 0], ['2025-10-11', 6],
      ['2026-01-01', 4], ['2026-01-03', 6], ['2026-01-04', 0], ['2026-02-15', 0], ['2026-02-23', 1], ['2026-02-14', 6],
      ['2026-02-28', 6], ['2026-04-04', 6], ['2026-04-06', 1], ['2026-05-01', 5], ['2026-05-05', 2], ['2026-05-09', 6],
      ['2026-06-19', 5], ['2026-06-21', 0], ['2026-09-25', 5], ['2026-09-27', 0], ['2026-10-01', 4], ['2026-10-07', 3],
      ['2026-09-20', 0], ['2026-10-10', 6],
    ];
    for (const [date, weekday] of printed) expect([date, dayOfWeek(date)]).toEqual([date, weekday]);
  });

  it('gives 248 working days in each of 2025 and 2026', () => {
    // 2025: 261 weekdays; weekday holidays 1 (元旦) + 6 (春节) + 1 (清明) + 3 (劳动) + 1 (端午) + 6 (国庆) = 18;
    // 5 make-up days: 261 - 18 + 5 = 248.
    // 2026: 261 weekdays; weekday holidays 2 + 6 + 1 + 3 + 1 + 1 + 5 = 19; 6 make-up days: 261 - 19 + 6 = 248.
    const calendar = workingCalendar();
    for (const year of [2025, 2026]) {
      let working = 0;
      for (let d = `${year}-01-01`; compareDates(d, `${year}-12-31`) <= 0; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) working++;
      expect([year, working]).toEqual([year, 248]);
    }
  });
});
