import type { Queryable, RowScope } from './row-scope.js';
import { scopeCondition } from './row-scope.js';

/** Monday to Sunday of the legal week holding `today`. */
export function weekOf(today: string): { from: string; to: string } {
  const day = new Date(`${today}T00:00:00Z`);
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return { from: monday.toISOString().slice(0, 10), to: sunday.toISOString().slice(0, 10) };
}

const item = `json_build_object('disputeId', c.dispute_id, 'caseNumber', c.case_number, 'employer', c.employer_name, 'status', c.status,
  'nextDeadline', c.next_deadline_rule, 'nextDeadlineOn', c.next_deadline_on, 'mediatorId', c.mediator_id, 'arbitratorIds', c.arbitrator_ids)`;

/** Each tile: how many cases, and the first 20 of them (soonest deadline first). */
async function tiles(db: Queryable, scope: RowScope, extra: string | undefined, extraValue: string | undefined, conditions: Record<string, string>, values: unknown[]) {
  const parameters: unknown[] = [...values];
  const base = [scopeCondition(scope, parameters)];
  if (extra && extraValue) {
    parameters.push(extraValue);
    base.push(extra.replaceAll('$X', `$${parameters.length}`));
  }
  const selects = Object.entries(conditions).map(
    ([name, condition]) => `(SELECT json_build_object('count', count(*), 'cases', coalesce((SELECT json_agg(x) FROM (SELECT ${item} AS x FROM case_summaries c
        WHERE ${base.join(' AND ')} AND (${condition}) ORDER BY c.next_deadline_on NULLS LAST, c.dispute_id LIMIT 20) s), '[]'::json))
      FROM case_summaries c WHERE ${base.join(' AND ')} AND (${condition})) AS "${name}"`,
  );
  const [row] = await db.query<Record<string, { count: number; cases: unknown[] }>>(`SELECT ${selects.join(',\n')}`, parameters);
  return row!;
}

const runningDeadline = (rule: string, window: string) =>
  `EXISTS (SELECT 1 FROM case_deadlines d WHERE d.dispute_id = c.dispute_id AND d.rule = '${rule}' AND d.status = 'running' AND ${window})`;

/** For a mediation body (optionally one mediator). $1.. are: today, week start, week end. */
export function mediationDashboard(db: Queryable, scope: RowScope, today: string, mediatorId?: string) {
  const week = weekOf(today);
  return tiles(db, scope, 'c.mediator_id = $X', mediatorId, {
    openCases: `c.stage = 'mediation' AND c.status = 'open'`,
    sessionsThisWeek: `c.next_session_on BETWEEN $2::date AND $3::date`,
    windowsClosingWithinThreeDays: runningDeadline('mediationWindowIsFifteenDays', `d.due_on BETWEEN $1::date AND $1::date + 3`),
    expiredNotHandedOff: `c.stage = 'mediation' AND c.status IN ('expired', 'failed') AND c.arbitration_applied_on IS NULL`,
    agreementsAwaitingPerformance: `c.stage = 'mediation' AND c.status = 'agreement_pending'`,
    breachedAgreements: `c.state->'mediation'->>'status' = 'breached' AND c.stage <> 'closed'`,
  }, [today, week.from, week.to]);
}

/** For a commission (optionally one arbitrator). */
export function arbitrationDashboard(db: Queryable, scope: RowScope, today: string, arbitratorId?: string) {
  const week = weekOf(today);
  return tiles(db, scope, '$X = ANY(c.arbitrator_ids)', arbitratorId, {
    awaitingAcceptance: `c.stage = 'arbitration' AND c.status = 'applied'`,
    awaitingDefence: `c.stage = 'arbitration' AND c.status = 'accepted' AND c.state->'arbitration'->'defence' IS NULL`,
    tribunalsToCompose: `c.stage = 'arbitration' AND c.status = 'accepted' AND cardinality(c.arbitrator_ids) = 0`,
    hearingsThisWeek: `c.stage = 'arbitration' AND EXISTS (SELECT 1 FROM unnest(c.hearing_dates) h WHERE h BETWEEN $2::date AND $3::date)`,
    awardsDueWithinSevenDays: runningDeadline('awardWithinFortyFiveDays', `d.due_on BETWEEN $1::date AND $1::date + 7`),
    overdueAwards: `c.stage = 'arbitration' AND c.award_overdue`,
    suspended: `c.stage = 'arbitration' AND c.suspended_on IS NOT NULL`,
    // Still the commission's: once the award is out, the extension is history, not work.
    extensionsGranted: `c.stage = 'arbitration' AND c.extension_days IS NOT NULL`,
    handedOverThisWeek: `c.handed_over AND c.arbitration_applied_on BETWEEN $2::date AND $3::date`,
  }, [today, week.from, week.to]);
}

const challengeRules = `('workerSuitAfterFinalAwardFifteenDays', 'employerAnnulmentThirtyDays', 'suitAfterNonFinalAwardFifteenDays')`;

/** For a court: what was filed there and what it may have to enforce. */
export function courtDashboard(db: Queryable, scope: RowScope, today: string) {
  return tiles(db, scope, undefined, undefined, {
    awardsInChallengeWindows: `EXISTS (SELECT 1 FROM case_deadlines d WHERE d.dispute_id = c.dispute_id AND d.rule IN ${challengeRules} AND d.status = 'running' AND d.due_on >= $1::date)`,
    suitsReceived: `jsonb_array_length(c.state->'litigation'->'suits') > 0`,
    annulmentApplications: `c.state->'litigation'->'annulment' IS NOT NULL`,
    awardsEffective: `c.outcome IN ('award_effective', 'final_award_unchallenged')`,
    enforcementApplications: `c.state->'litigation'->'enforcements' <> '{}'::jsonb`,
    paymentOrders: `c.state->'litigation'->'paymentOrder' IS NOT NULL`,
  }, [today]);
}
