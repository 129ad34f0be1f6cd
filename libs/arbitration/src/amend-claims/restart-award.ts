import { ensure, type DeadlineRestarted, type LegalDate, type RestartReason } from '#domain-core';
import type { ArbitrationContext } from '../context.js';
import { arbitrationRules as rules, AWARD } from '../rules.js';
import { activeCase, notInFuture, restartDeadline } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/**
 * Shared by AmendClaims, RecordCounterclaim and AddParty: each counts the 45 days afresh from its own day (Rules 46),
 * which only a running, unsuspended case before its award can do. `undefined` means already recorded.
 */
export function restartAward(
  state: ArbitrationState,
  context: ArbitrationContext,
  key: string,
  on: LegalDate,
  field: string,
  reason: RestartReason,
): { readonly restart: readonly DeadlineRestarted[] } | undefined {
  if ('restarts' in state && state.restarts?.[key] !== undefined) return undefined;
  const running = activeCase(state);
  ensure(on >= running.acceptedOn, rules.restartAfterAcceptance, `accepted on ${running.acceptedOn}`, field);
  notInFuture(on, context, field);
  return { restart: restartDeadline(running, context, AWARD, on, reason) };
}
