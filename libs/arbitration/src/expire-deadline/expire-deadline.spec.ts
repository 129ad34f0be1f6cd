import { context, D, given, history, NOW } from '../testing/given.js';
import { accept, apply } from '../testing/steps.js';

const expire = (deadlineId: string, dueOn: string) => ({ type: 'ExpireDeadline' as const, data: { deadlineId, dueOn } });

describe('ExpireDeadline', () => {
  it('silence past the 5 days: acceptance overdue, the applicant may sue (LDMAL 29)', () => {
    given(...history([apply])).when(expire('acceptanceWithinFiveDays', '2026-03-09'), context({ today: '2026-03-10' })).then(
      { type: 'DeadlineExpired', data: { disputeId: D, deadlineId: 'acceptanceWithinFiveDays', dueOn: '2026-03-09', expiredAt: NOW } },
      { type: 'ArbitrationAcceptanceOverdue', data: { disputeId: D, dueOn: '2026-03-09', recordedAt: NOW } },
    );
  });
  it('no award in 45 days: award overdue, the case stays open (LDMAL 43)', () => {
    given(...history([apply], [accept])).when(expire('awardWithinFortyFiveDays', '2026-04-20')).then(
      { type: 'DeadlineExpired', data: { disputeId: D, deadlineId: 'awardWithinFortyFiveDays', dueOn: '2026-04-20', expiredAt: NOW } },
      { type: 'AwardOverdue', data: { disputeId: D, dueOn: '2026-04-20', recordedAt: NOW } },
    );
  });
  it('ignores stale timers and refuses to expire on the last day itself', () => {
    given(...history([apply], [accept])).when(expire('awardWithinFortyFiveDays', '2026-04-19')).thenNothing();
    given(...history([apply], [accept])).when(expire('acceptanceWithinFiveDays', '2026-03-09')).thenNothing();
    given(...history([apply])).when(expire('acceptanceWithinFiveDays', '2026-03-09'), context({ today: '2026-03-09' })).thenRefuses('deadlineExpiresOnlyAfterItsLastDay');
  });
});
