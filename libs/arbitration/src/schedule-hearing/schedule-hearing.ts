import { ensure } from '#domain-core';
import type { ScheduleHearing } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { HearingScheduled } from '../events.js';
import { arbitrationRules as rules, HEARING_NOTICE } from '../rules.js';
import { activeCase, notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/** Notice in writing at least five days before the hearing (LDMAL 35): the clock gives the latest day to serve it. */
export function scheduleHearing(command: ScheduleHearing, state: ArbitrationState, context: ArbitrationContext): readonly HearingScheduled[] {
  const { hearingId, hearingOn, noticeServedOn } = command.data;
  const running = activeCase(state);
  if (running.hearings[hearingId] === hearingOn) return [];
  ensure(running.tribunal !== undefined, rules.tribunalBeforeHearing, 'compose the tribunal first');
  notInFuture(noticeServedOn, context, 'noticeServedOn');
  const { dueOn: latestNotice } = context.clock.compute({ rule: HEARING_NOTICE, trigger: hearingOn });
  ensure(
    latestNotice !== null && noticeServedOn <= latestNotice,
    rules.hearingNoticeAtLeastFiveDays,
    `a hearing on ${hearingOn} needs notice by ${latestNotice}; served ${noticeServedOn}`,
    'noticeServedOn',
  );
  return [{ type: 'HearingScheduled', data: { disputeId: context.disputeId, hearingId, hearingOn, noticeServedOn, scheduledAt: context.now } }];
}
