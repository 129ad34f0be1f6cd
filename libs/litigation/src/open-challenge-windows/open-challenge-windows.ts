import { ensure, type LegalDate } from '#domain-core';
import type { LitigationContext } from '../context.js';
import type { AwardReceipt, ChallengeWindowsOpened, LitigationFact } from '../events.js';
import { litigationRules } from '../rules.js';
import { awardKindOf } from '../shared/award.js';
import { ensureNotClosed } from '../shared/closure.js';
import { ensureStatedDate } from '../shared/dates.js';
import { roleOf } from '../shared/parties.js';
import { challengePeriodFor, partyWindowId, setDeadline } from '../shared/windows.js';
import type { LitigationState } from '../state.js';

/**
 * Records who received the award and when: each receipt opens that party's window (LDMAL 48–50). Receipts may arrive
 * over several commands; a receipt already recorded with the same date changes nothing.
 */
export interface OpenChallengeWindows {
  readonly type: 'OpenChallengeWindows';
  readonly data: {
    readonly awardId: string;
    readonly receipts: readonly { readonly partyId: string; readonly receivedOn: LegalDate }[];
  };
}

export function openChallengeWindows(command: OpenChallengeWindows, state: LitigationState, context: LitigationContext): readonly LitigationFact[] {
  const { awardId, receipts } = command.data;
  const { arbitration } = context;
  ensure(
    arbitration.kind === 'awarded' && arbitration.awardId === awardId && arbitration.items.length > 0,
    litigationRules.challengeNeedsAnAward,
    `award ${awardId} is not the award arbitration made in dispute ${context.disputeId}`,
    'awardId',
  );
  ensure(!state.award || state.award.awardId === awardId, litigationRules.oneAwardUnderChallenge, `award ${state.award?.awardId} is already under challenge`, 'awardId');

  const recorded = [...(state.award?.receipts ?? [])];
  const fresh: AwardReceipt[] = [];
  receipts.forEach(({ partyId, receivedOn }, i) => {
    ensureStatedDate(receivedOn, `receipts[${i}].receivedOn`, context.today);
    const role = roleOf(context, partyId, `receipts[${i}].partyId`);
    const known = [...recorded, ...fresh].find((r) => r.partyId === partyId);
    if (known) {
      ensure(known.receivedOn === receivedOn, litigationRules.awardReceiptAlreadyRecorded, `party ${partyId} received the award on ${known.receivedOn}`, `receipts[${i}].receivedOn`);
      return;
    }
    fresh.push({ partyId, role, receivedOn });
  });
  if (fresh.length === 0) return [];
  ensureNotClosed(state, context);
  ensure(
    (state.award?.standing ?? 'challengeable') === 'challengeable',
    litigationRules.challengeNeedsAnAward,
    `award ${awardId} can no longer be challenged (${state.award?.standing})`,
    'awardId',
  );

  const awardKind = awardKindOf(arbitration.items);
  // A mixed award is challenged as a non-final one (Interp. I 20, verify).
  const track = awardKind === 'final' ? 'final' : 'non_final';
  const opened: ChallengeWindowsOpened = {
    type: 'ChallengeWindowsOpened',
    data: { disputeId: context.disputeId, awardId, awardKind, track, receipts: fresh, recordedAt: context.now },
  };
  const windows = fresh.map(({ partyId, role, receivedOn }) => {
    const period = challengePeriodFor(track, role);
    return setDeadline(context, partyWindowId(period, partyId), period, receivedOn);
  });
  return [opened, ...windows];
}
