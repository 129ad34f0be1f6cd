import { RuleViolation, isLive, type LegalDate, type Role } from '#domain-core';
import { minimumWageTable } from '#minimum-wage';
import type { DisputeCommand } from '../dispute-commands.js';
import type { DisputeContext } from '../dispute-context.js';
import { decideDispute } from '../dispute-decider.js';
import { evolveDispute, initialDisputeState, type DisputeFact, type DisputeState } from '../dispute-state.js';
import { statutoryClock } from '../statutory-clock.js';

const clock = statutoryClock();
const minimumWage = minimumWageTable();

export const contextOn = (disputeId: string, today: LegalDate, actorRole: Role, newId: () => string): DisputeContext => ({
  disputeId,
  today,
  // 10:00 in Shanghai: the legal day and the instant agree.
  now: `${today}T02:00:00.000Z`,
  newId,
  clock,
  actorRole,
  minimumWage,
});

/**
 * A case walked command by command through the composed decider with the real calendar and minimum-wage table, as
 * the application would run it: each decision sees the state folded from every fact before it.
 */
export function caseFile(disputeId = 'dispute-0001') {
  let state: DisputeState = initialDisputeState();
  const facts: DisputeFact[] = [];
  let ids = 0;
  const newId = () => `${disputeId}-id-${++ids}`;
  return {
    get state() {
      return state;
    },
    facts,
    /** Decides and appends; returns the new facts. */
    on(today: LegalDate, command: DisputeCommand, role: Role = 'system'): readonly DisputeFact[] {
      const decided = decideDispute(command, state, contextOn(disputeId, today, role, newId));
      facts.push(...decided);
      state = decided.reduce(evolveDispute, state);
      return decided;
    },
    /** The rule a command is refused with (fails the test if it is accepted). */
    refusal(today: LegalDate, command: DisputeCommand, role: Role = 'system'): string {
      try {
        decideDispute(command, state, contextOn(disputeId, today, role, newId));
      } catch (error) {
        if (error instanceof RuleViolation) return error.rule.name;
        throw error;
      }
      throw new Error(`${command.type} was accepted on ${today}`);
    },
    types: () => facts.map((f) => f.type),
    deadline: (id: string) => ({ ...state.mediation.deadlines, ...state.arbitration.deadlines, ...state.litigation.deadlines })[id],
    liveDeadlines: () =>
      [state.mediation.deadlines, state.arbitration.deadlines, state.litigation.deadlines].flatMap((d) => Object.values(d)).filter(isLive),
    /** Fires the expiry of a deadline as the timer would: the day after its last day. */
    expire(id: string, firedOn?: LegalDate): readonly DisputeFact[] {
      const deadline = this.deadline(id);
      if (!deadline?.dueOn) throw new Error(`deadline ${id} has no due date`);
      return this.on(firedOn ?? nextDay(deadline.dueOn), { type: 'ExpireDeadline', data: { deadlineId: id, dueOn: deadline.dueOn } });
    },
  };
}

export const nextDay = (date: LegalDate): LegalDate => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
};

export const WORKER = 'w1';
export const EMPLOYER = 'e1';

/** 张三 v. a Hangzhou (西湖区) employer: unpaid wages (final by LDMAL 47 under 12 × 2,490 yuan) and compensation (not). */
export const registration = (registeredOn: LegalDate, overrides: Partial<Extract<DisputeCommand, { type: 'RegisterDispute' }>['data']> = {}): DisputeCommand => ({
  type: 'RegisterDispute',
  data: {
    parties: [
      { partyId: WORKER, kind: 'worker', displayName: '张三', personId: 'person-w1', maskedIdNumber: '3301**********1234' },
      { partyId: EMPLOYER, kind: 'employer', displayName: '杭州示例科技有限公司', creditCode: '91330106MA2XXXXX0X' },
    ],
    claims: [
      { claimId: 'c1', type: 'wages', amountFen: 1_200_000, description: '2025-10 to 2025-12 unpaid wages', period: { from: '2025-10-01', to: '2025-12-31' } },
      { claimId: 'c2', type: 'economic_compensation', amountFen: 5_000_000, description: 'compensation for unlawful termination' },
    ],
    channel: 'walk_in',
    regionCode: '330106',
    knewOfInfringementOn: '2026-01-10',
    employmentEndedOn: '2026-01-10',
    registeredOn,
    ...overrides,
  },
});
