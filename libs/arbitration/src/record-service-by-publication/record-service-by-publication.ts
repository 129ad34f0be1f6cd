import { endPauses, ensure, type DeadlinePaused, type DeadlineResumed } from '#domain-core';
import type { RecordServiceByPublication } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { ServiceByPublicationRecorded } from '../events.js';
import { arbitrationRules as rules, AWARD } from '../rules.js';
import { activeCase, notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/**
 * 公告送达: the days of publication do not count towards the 45 (Rules 46). Recorded when it starts (the award clock
 * pauses) and again with its end (the clock resumes, its new end computed without the publication days), or at once
 * with both.
 */
export function recordServiceByPublication(
  command: RecordServiceByPublication,
  state: ArbitrationState,
  context: ArbitrationContext,
): readonly (ServiceByPublicationRecorded | DeadlinePaused | DeadlineResumed)[] {
  const { from, to } = command.data;
  const running = activeCase(state);
  const latest = running.publication;
  if (latest?.from === from && latest.to === to) return [];
  const continuing = latest?.from === from && latest.to === undefined;
  if (!continuing) {
    ensure(latest === undefined || (latest.to !== undefined && from >= latest.to), rules.publicationPeriodOrdered, `a publication runs from ${latest?.from}`, 'from');
    ensure(from >= running.acceptedOn, rules.publicationPeriodOrdered, `accepted on ${running.acceptedOn}`, 'from');
  }
  ensure(to === undefined || to >= from, rules.publicationPeriodOrdered, `starts on ${from}`, 'to');
  notInFuture(to ?? from, context, to === undefined ? 'from' : 'to');
  const award = running.deadlines[AWARD];
  const pause: DeadlinePaused[] =
    !continuing && award?.status === 'running'
      ? [{ type: 'DeadlinePaused', data: { disputeId: context.disputeId, deadlineId: AWARD, pausedOn: from, reason: 'service_by_publication', pausedAt: context.now } }]
      : [];
  const paused = pause.length > 0 || (continuing && award?.status === 'paused');
  const pauses = award === undefined ? [] : pause.length > 0 ? [...award.pauses, { from, reason: 'service_by_publication' as const }] : award.pauses;
  const resume: DeadlineResumed[] =
    award !== undefined && paused && to !== undefined
      ? [
          {
            type: 'DeadlineResumed',
            data: {
              disputeId: context.disputeId,
              deadlineId: AWARD,
              resumedOn: to,
              reason: 'service_by_publication',
              ...context.clock.compute({
                rule: AWARD,
                trigger: award.trigger,
                pauses: endPauses(pauses, to, 'service_by_publication'),
                ...(award.extensionDays > 0 ? { extensionDays: award.extensionDays } : {}),
              }),
              resumedAt: context.now,
            },
          },
        ]
      : [];
  return [{ type: 'ServiceByPublicationRecorded', data: { disputeId: context.disputeId, from, ...(to === undefined ? {} : { to }), recordedAt: context.now } }, ...pause, ...resume];
}
