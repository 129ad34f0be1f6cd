import { D, context, given, NOW } from '../testing/given.js';
import { agreed, opened } from '../testing/history.js';

const expire = (dueOn = '2026-03-16') => ({ type: 'ExpireDeadline' as const, data: { deadlineId: 'mediationWindowIsFifteenDays', dueOn } });

describe('ExpireDeadline', () => {
  it('the 15-day window running out without agreement makes arbitration available (LDMAL 14)', () => {
    given(...opened).when(expire()).then(
      { type: 'DeadlineExpired', data: { disputeId: D, deadlineId: 'mediationWindowIsFifteenDays', dueOn: '2026-03-16', expiredAt: NOW } },
      { type: 'MediationWindowExpired', data: { disputeId: D, expiredOn: '2026-03-20', expiredAt: NOW } },
    );
  });
  it('ignores stale timers: a moved due date, or a window already met', () => {
    given(...opened).when(expire('2026-03-15')).thenNothing();
    given(...agreed).when(expire()).thenNothing();
  });
  it('refuses to expire a deadline on or before its last day', () => {
    given(...opened).when(expire(), context({ today: '2026-03-16' })).thenRefuses('deadlineExpiresOnlyAfterItsLastDay');
  });
});
