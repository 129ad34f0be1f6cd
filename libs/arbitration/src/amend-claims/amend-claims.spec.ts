import type { DeadlineRestarted, RestartReason } from '#domain-core';
import type { AnyArbitrationCommand } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import { context, D, due, given, history, NOW } from '../testing/given.js';
import { accept, apply, compose, suspend } from '../testing/steps.js';

const amend = { type: 'AmendClaims' as const, data: { amendmentId: 'am1', amendedOn: '2026-03-20', summary: '增加加班费请求' } };
const counterclaim = { type: 'RecordCounterclaim' as const, data: { counterclaimId: 'cc1', filedOn: '2026-03-20', summary: '要求返还培训费' } };
const addParty = { type: 'AddParty' as const, data: { partyId: 'e2', addedOn: '2026-03-20', capacity: '共同被申请人' } };
const extend = [{ type: 'ExtendAwardDeadline' as const, data: { extensionDays: 10, approvedBy: 'chair-1', approvalRef: '延期审批〔2026〕7号', partiesNotifiedOn: '2026-03-18' } }, context({ actorRole: 'commission-chair' })] as [AnyArbitrationCommand, ArbitrationContext];
const award = { type: 'IssueAward' as const, data: { awardId: 'aw1', awardedOn: '2026-04-15', items: [{ claimId: 'c3', decision: '补缴社会保险' }] } };
const restarted = (reason: RestartReason, extra = {}): DeadlineRestarted => ({
  type: 'DeadlineRestarted',
  data: { disputeId: D, deadlineId: 'awardWithinFortyFiveDays', trigger: '2026-03-20', reason, ...due('awardWithinFortyFiveDays', '2026-03-20', extra), restartedAt: NOW },
});

describe('What counts the 45 days afresh (Rules 46): amended claims, counterclaims, added parties', () => {
  it('records each and restarts the award clock from its day', () => {
    // 20 Mar + 45 = Mon 4 May, inside Labour Day (1–5 May) → Wed 6 May.
    expect(due('awardWithinFortyFiveDays', '2026-03-20').dueOn).toBe('2026-05-06');
    given(...history([apply], [accept])).when(amend).then(
      { type: 'ClaimsAmended', data: { disputeId: D, amendmentId: 'am1', amendedOn: '2026-03-20', summary: '增加加班费请求', amendedAt: NOW } },
      restarted('claim_amended'),
    );
    given(...history([apply], [accept])).when(counterclaim).then(
      { type: 'CounterclaimFiled', data: { disputeId: D, counterclaimId: 'cc1', filedOn: '2026-03-20', summary: '要求返还培训费', filedAt: NOW } },
      restarted('counterclaim'),
    );
    given(...history([apply], [accept])).when(addParty).then(
      { type: 'PartyAdded', data: { disputeId: D, partyId: 'e2', addedOn: '2026-03-20', capacity: '共同被申请人', addedAt: NOW } },
      restarted('party_added'),
    );
  });
  it('keeps an approved extension in the new count', () => {
    const [, restart] = given(...history([apply], [accept], extend)).when(amend).decide();
    expect(restart).toEqual(restarted('claim_amended', { extensionDays: 10 }));
  });
  it('changes nothing when repeated', () => {
    given(...history([apply], [accept], [amend])).when(amend).thenNothing();
    given(...history([apply], [accept], [counterclaim])).when(counterclaim).thenNothing();
    given(...history([apply], [accept], [addParty])).when(addParty).thenNothing();
  });
  it('refuses after the award, while suspended, or dated before acceptance', () => {
    given(...history([apply], [accept], [compose], [award])).when(amend).thenRefuses('caseMustBeAccepted');
    given(...history([apply], [accept], [suspend])).when(counterclaim).thenRefuses('notWhileSuspended');
    given(...history([apply], [accept])).when({ ...addParty, data: { ...addParty.data, addedOn: '2026-03-04' } }).thenRefuses('restartAfterAcceptance', 'addedOn');
  });
});
