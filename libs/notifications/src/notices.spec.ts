import { disputeStream, type RecordedEvent } from '#event-store';
import { evolveNotificationCase, organisationsOf, type NotificationCaseRow } from './notification-case.projection.js';
import { noticeOf } from './notices.js';

const disputeId = 'c0ffee00-0000-4000-8000-000000000001';
let revision = 0;
const event = (type: string, data: Record<string, unknown>): RecordedEvent => ({
  id: `e-${revision}`,
  type,
  stream: disputeStream(disputeId),
  revision: revision++,
  position: String(revision).padStart(12, '0') as RecordedEvent['position'],
  data,
  metadata: {},
  recordedAt: new Date('2026-06-01T02:00:00Z'),
});
const fold = (events: readonly RecordedEvent[]) => events.reduce<NotificationCaseRow | null>((row, e) => evolveNotificationCase(row, e), null)!;
const explanation = { summary: 'x' };

describe('notification cases and the notices their facts call for', () => {
  const opened = event('MediationOpened', { body: 'peoples_mediation', bodyId: 'body_xihu', mediatorId: 'm-1', receivedOn: '2026-06-01' });
  const window = event('DeadlineSet', { deadlineId: 'mediationWindowIsFifteenDays', rule: 'mediationWindowIsFifteenDays', trigger: '2026-06-01', dueOn: '2026-06-16', explanation });
  const handedOff = event('ArbitrationApplied', { commissionId: 'hz_commission', filedOn: '2026-06-17', route: 'handed_off_from_mediation', appliedAt: 'x' });
  const direct = event('ArbitrationApplied', { commissionId: 'hz_commission', filedOn: '2026-06-17', route: 'direct', appliedAt: 'x' });
  const extended = event('DeadlineExtended', { deadlineId: 'mediationWindowIsFifteenDays', extensionDays: 2, dueOn: '2026-06-18', explanation });
  const expired = event('DeadlineExpired', { deadlineId: 'mediationWindowIsFifteenDays', dueOn: '2026-06-18', expiredAt: 'x' });
  const suit = event('SuitFiled', { courtId: 'court_xihu', filedOn: '2026-08-01' });

  it('folds the organisations of the case and each deadline with the due version case_deadlines gives it', () => {
    const row = fold([opened, window, extended, handedOff, suit, suit]);
    expect(organisationsOf(row)).toEqual(['body_xihu', 'hz_commission', 'court_xihu']);
    expect(row.deadlines['mediationWindowIsFifteenDays']).toEqual({ rule: 'mediationWindowIsFifteenDays', due_on: '2026-06-18', status: 'running', due_version: 2 });
    expect(fold([opened, window, expired]).deadlines['mediationWindowIsFifteenDays']!.status).toBe('expired');
  });

  it('tells a handoff from mediation to arbitration to the body and the commission, but not a direct application', () => {
    const row = fold([opened, window, handedOff]);
    expect(noticeOf(handedOff, row)).toMatchObject({
      payload: { kind: 'handoff', disputeId, eventId: handedOff.id, detail: { from: 'mediation', to: 'arbitration', organisationId: 'hz_commission', on: '2026-06-17' } },
      organisations: ['body_xihu', 'hz_commission'],
    });
    expect(noticeOf(direct, row)).toBeNull();
  });

  it('tells the court a suit brings the case to, even before the row knows it, and every organisation of an expiry', () => {
    const beforeSuit = fold([opened, handedOff]);
    expect(noticeOf(suit, beforeSuit)!.organisations).toEqual(['body_xihu', 'hz_commission', 'court_xihu']);
    const row = fold([opened, window, expired]);
    expect(noticeOf(expired, row)).toMatchObject({ payload: { kind: 'expiry', detail: { deadlineId: 'mediationWindowIsFifteenDays', rule: 'mediationWindowIsFifteenDays', dueOn: '2026-06-18' } }, organisations: ['body_xihu'] });
    expect(noticeOf(window, row)).toBeNull();
  });
});
