import { ensure } from '#domain-core';
import type { PostponeHearing } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { HearingPostponed } from '../events.js';
import { arbitrationRules as rules, HEARING_NOTICE } from '../rules.js';
import { activeCase, notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/** 延期开庭 (LDMAL 35; Rules 38): the new date needs its own notice, at least five days before it. */
export function postponeHearing(command: PostponeHearing, state: ArbitrationState, context: ArbitrationContext): readonly HearingPostponed[] {
  const { hearingId, newHearingOn, noticeServedOn, reason } = command.data;
  const running = activeCase(state);
  const current = running.hearings[hearingId];
  if (current === newHearingOn) return [];
  ensure(current !== undefined && running.held?.[hearingId] === undefined, rules.hearingMustBeScheduled, `no pending hearing ${hearingId}`, 'hearingId');
  notInFuture(noticeServedOn, context, 'noticeServedOn');
  const { dueOn: latestNotice } = context.clock.compute({ rule: HEARING_NOTICE, trigger: newHearingOn });
  ensure(
    latestNotice !== null && noticeServedOn <= latestNotice,
    rules.hearingNoticeAtLeastFiveDays,
    `a hearing on ${newHearingOn} needs notice by ${latestNotice}; served ${noticeServedOn}`,
    'noticeServedOn',
  );
  return [
    {
      type: 'HearingPostponed',
      data: { disputeId: context.disputeId, hearingId, previousHearingOn: current, newHearingOn, noticeServedOn, reason, postponedAt: context.now },
    },
  ];
}
