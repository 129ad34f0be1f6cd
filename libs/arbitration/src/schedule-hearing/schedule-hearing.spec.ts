import { D, due, given, history, NOW } from '../testing/given.js';
import { accept, apply, compose } from '../testing/steps.js';

const hearing = (hearingOn: string, noticeServedOn: string) => ({ type: 'ScheduleHearing' as const, data: { hearingId: 'h1', hearingOn, noticeServedOn } });

describe('ScheduleHearing (LDMAL 35)', () => {
  it('needs notice at least five working days before the hearing', () => {
    // Hearing Mon 23 Mar 2026: five working days before are 16–20 Mar, so notice by Mon 16 Mar at the latest.
    expect(due('hearingNoticeAtLeastFiveDays', '2026-03-23').dueOn).toBe('2026-03-16');
    given(...history([apply], [accept], [compose])).when(hearing('2026-03-23', '2026-03-16')).then({
      type: 'HearingScheduled',
      data: { disputeId: D, hearingId: 'h1', hearingOn: '2026-03-23', noticeServedOn: '2026-03-16', scheduledAt: NOW },
    });
    given(...history([apply], [accept], [compose])).when(hearing('2026-03-23', '2026-03-17')).thenRefuses('hearingNoticeAtLeastFiveDays', 'noticeServedOn');
  });
  it('needs a composed tribunal', () => {
    given(...history([apply], [accept])).when(hearing('2026-03-23', '2026-03-16')).thenRefuses('tribunalBeforeHearing');
  });
});
