import type { AnyArbitrationCommand } from '../commands.js';
import { context, D, due, given, history, NOW } from '../testing/given.js';
import { accept, apply, compose, schedule } from '../testing/steps.js';

const postpone = (newHearingOn: string, noticeServedOn: string) => ({
  type: 'PostponeHearing' as const,
  data: { hearingId: 'h1', newHearingOn, noticeServedOn, reason: '申请人因病申请延期' },
});
const held = (heldOn = '2026-03-23') => ({ type: 'RecordHearingHeld' as const, data: { hearingId: 'h1', heldOn } });
const noShow = (partyId: string, side: 'applicant' | 'respondent', goodReason = false) => ({ type: 'RecordNoShow' as const, data: { hearingId: 'h1', partyId, side, goodReason } });
const scheduled = (...more: [AnyArbitrationCommand][]) => history([apply], [accept], [compose], [schedule], ...more);

describe('Hearings: postponement, holding, no-shows (LDMAL 35, 36)', () => {
  it('postpones with fresh notice at least five working days before the new date', () => {
    // New hearing Mon 30 Mar: notice by Mon 23 Mar.
    expect(due('hearingNoticeAtLeastFiveDays', '2026-03-30').dueOn).toBe('2026-03-23');
    given(...scheduled()).when(postpone('2026-03-30', '2026-03-23')).then({
      type: 'HearingPostponed',
      data: { disputeId: D, hearingId: 'h1', previousHearingOn: '2026-03-23', newHearingOn: '2026-03-30', noticeServedOn: '2026-03-23', reason: '申请人因病申请延期', postponedAt: NOW },
    });
    given(...scheduled([postpone('2026-03-30', '2026-03-23')])).when(postpone('2026-03-30', '2026-03-23')).thenNothing();
    given(...scheduled()).when(postpone('2026-03-30', '2026-03-24')).thenRefuses('hearingNoticeAtLeastFiveDays', 'noticeServedOn');
    given(...history([apply], [accept], [compose])).when(postpone('2026-03-30', '2026-03-23')).thenRefuses('hearingMustBeScheduled', 'hearingId');
    given(...scheduled([held()])).when(postpone('2026-03-30', '2026-03-23')).thenRefuses('hearingMustBeScheduled', 'hearingId');
  });
  it('records a hearing held on its day, once', () => {
    given(...scheduled()).when(held()).then({ type: 'HearingHeld', data: { disputeId: D, hearingId: 'h1', heldOn: '2026-03-23', heldAt: NOW } });
    given(...scheduled([held()])).when(held()).thenNothing();
    given(...scheduled()).when(held('2026-03-24')).thenRefuses('hearingHeldOnItsDay', 'heldOn');
  });
  it('deems the application withdrawn when the applicant stays away without good reason (视为撤回), closing the case', () => {
    const facts = given(...scheduled()).when(noShow('w1', 'applicant')).decide();
    expect(facts[0]).toEqual({ type: 'ApplicationDeemedWithdrawn', data: { disputeId: D, hearingId: 'h1', partyId: 'w1', hearingOn: '2026-03-23', deemedAt: NOW } });
    expect(facts.filter((f) => f.type === 'DeadlineCancelled').map((f) => (f.data as { deadlineId: string }).deadlineId)).toContain('awardWithinFortyFiveDays');
    expect(facts.at(-1)).toEqual({ type: 'DisputeClosed', data: { disputeId: D, outcome: 'deemed_withdrawn', closedAt: NOW } });
    const closed = given(...scheduled([noShow('w1', 'applicant')]));
    expect(closed.state.status).toBe('deemed_withdrawn');
    closed.when(noShow('w1', 'applicant')).thenNothing();
  });
  it('lets the case go on by default (缺席裁决) when the respondent stays away', () => {
    given(...scheduled()).when(noShow('e1', 'respondent')).then({
      type: 'DefaultHearingAllowed',
      data: { disputeId: D, hearingId: 'h1', partyId: 'e1', hearingOn: '2026-03-23', allowedAt: NOW },
    });
    const after = given(...scheduled([noShow('e1', 'respondent')]));
    expect(after.state.status).toBe('accepted');
    after.when(noShow('e1', 'respondent')).thenNothing();
  });
  it('refuses a no-show with good reason, of a stranger, or before the hearing day', () => {
    given(...scheduled()).when(noShow('w1', 'applicant', true)).thenRefuses('noShowOfAPartyWithoutGoodReason', 'goodReason');
    given(...scheduled()).when(noShow('x', 'respondent')).thenRefuses('noShowOfAPartyWithoutGoodReason', 'partyId');
    given(...scheduled()).when(noShow('e1', 'respondent'), context({ today: '2026-03-20' })).thenRefuses('noShowOfAPartyWithoutGoodReason', 'hearingId');
  });
});
