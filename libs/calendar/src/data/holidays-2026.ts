import type { HolidayYear } from '../holiday-year.js';

export const holidays2026: HolidayYear = {
  year: 2026,
  source: {
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    number: '国办发明电〔2025〕7号',
    issuedOn: '2025-11-04',
    publishedBy: '国务院办公厅 (released by 新华社 on 2025-11-04)',
    url: 'https://www.gov.cn/zhengce/content/202511/content_7047090.htm',
    verified: true,
    checkedAgainst:
      "dates: Xinhua's full text of 2025-11-04 as republished by 光明网 (politics.gmw.cn/2025-11/04/content_38391083.htm); " +
      'document number: not in the texts read, taken from several independent references to the notice (verify on gov.cn)',
  },
  holidays: [
    { name: '元旦', nameEn: "New Year's Day", from: '2026-01-01', to: '2026-01-03', days: 3, makeUpWorkdays: ['2026-01-04'] },
    { name: '春节', nameEn: 'Spring Festival', from: '2026-02-15', to: '2026-02-23', days: 9, makeUpWorkdays: ['2026-02-14', '2026-02-28'] },
    { name: '清明节', nameEn: 'Qingming Festival', from: '2026-04-04', to: '2026-04-06', days: 3, makeUpWorkdays: [] },
    { name: '劳动节', nameEn: 'Labour Day', from: '2026-05-01', to: '2026-05-05', days: 5, makeUpWorkdays: ['2026-05-09'] },
    { name: '端午节', nameEn: 'Dragon Boat Festival', from: '2026-06-19', to: '2026-06-21', days: 3, makeUpWorkdays: [] },
    { name: '中秋节', nameEn: 'Mid-Autumn Festival', from: '2026-09-25', to: '2026-09-27', days: 3, makeUpWorkdays: [] },
    { name: '国庆节', nameEn: 'National Day', from: '2026-10-01', to: '2026-10-07', days: 7, makeUpWorkdays: ['2026-09-20', '2026-10-10'] },
  ],
};
