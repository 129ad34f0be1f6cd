import type { HolidayYear } from '../holiday-year.js';

export const holidays2025: HolidayYear = {
  year: 2025,
  source: {
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    number: '国办发明电〔2024〕12号',
    issuedOn: '2024-11-12',
    publishedBy: '国务院办公厅 (released by 新华社 on 2024-11-12)',
    url: 'https://www.gov.cn/zhengce/content/202411/content_6986382.htm',
    verified: true,
    checkedAgainst:
      "Xinhua's full text of 2024-11-12 as republished by 光明网 (m.gmw.cn/2024-11/12/content_1303894933.htm), and a " +
      'reprint carrying the document number; first year under the 2024 revision of 全国年节及纪念日放假办法 (春节 and 劳动节 +1 day each)',
  },
  holidays: [
    { name: '元旦', nameEn: "New Year's Day", from: '2025-01-01', to: '2025-01-01', days: 1, makeUpWorkdays: [] },
    { name: '春节', nameEn: 'Spring Festival', from: '2025-01-28', to: '2025-02-04', days: 8, makeUpWorkdays: ['2025-01-26', '2025-02-08'] },
    { name: '清明节', nameEn: 'Qingming Festival', from: '2025-04-04', to: '2025-04-06', days: 3, makeUpWorkdays: [] },
    { name: '劳动节', nameEn: 'Labour Day', from: '2025-05-01', to: '2025-05-05', days: 5, makeUpWorkdays: ['2025-04-27'] },
    { name: '端午节', nameEn: 'Dragon Boat Festival', from: '2025-05-31', to: '2025-06-02', days: 3, makeUpWorkdays: [] },
    {
      name: '国庆节、中秋节',
      nameEn: 'National Day and Mid-Autumn Festival',
      from: '2025-10-01',
      to: '2025-10-08',
      days: 8,
      makeUpWorkdays: ['2025-09-28', '2025-10-11'],
    },
  ],
};
