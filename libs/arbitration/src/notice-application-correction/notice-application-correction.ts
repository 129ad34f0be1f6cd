import { ensure, refuse } from '#domain-core';
import type { NoticeApplicationCorrection } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { ApplicationCorrectionNoticed } from '../events.js';
import { arbitrationRules as rules } from '../rules.js';
import { notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/** 补正通知 (LDMAL 28; Rules 29): one notice, listing everything the application lacks; the decision waits for it. */
export function noticeApplicationCorrection(command: NoticeApplicationCorrection, state: ArbitrationState, context: ArbitrationContext): readonly ApplicationCorrectionNoticed[] {
  const { noticedOn, missing } = command.data;
  if (state.status !== 'applied') return refuse(rules.correctionWhileAwaitingDecision, `the application is ${state.status}`);
  if (state.correction?.noticedOn === noticedOn && sameItems(state.correction.missing, missing)) return [];
  ensure(state.correction === undefined, rules.correctionNoticeOnce, `a correction was noticed on ${state.correction?.noticedOn}`);
  ensure(missing.length > 0 && missing.every((m) => m.trim().length > 0), rules.correctionWhileAwaitingDecision, 'say what is missing', 'missing');
  ensure(noticedOn >= state.filedOn, rules.decisionAfterFiling, `filed ${state.filedOn}`, 'noticedOn');
  notInFuture(noticedOn, context, 'noticedOn');
  return [{ type: 'ApplicationCorrectionNoticed', data: { disputeId: context.disputeId, noticedOn, missing, noticedAt: context.now } }];
}

const sameItems = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
