import type { Queryable, RowScope } from './row-scope.js';
import { scopeCondition } from './row-scope.js';

/** Monday to Sunday of the legal week holding `today`. */
export function weekOf(today: string): { from: string; to: string } {
  const day = new Date(`${today}T00:00:00Z`);
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return { from: monday.toISOString().slice(0, 10), to: sunday.toISOString().slice(0, 10) };
}

function datesOf(week: { from: string; to: string }): string[] {
  const monday = new Date(`${week.from}T00:00:00Z`).getTime();
  return Array.from({ length: 7 }, (_, i) => new Date(monday + i * 86_400_000).toISOString().slice(0, 10));
}

const item = `json_build_object('disputeId', c.dispute_id, 'caseNumber', c.case_number, 'employer', c.employer_name, 'status', c.status,
  'nextDeadline', c.next_deadline_rule, 'nextDeadlineOn', c.next_deadline_on, 'mediatorId', c.mediator_id, 'arbitratorIds', c.arbitrator_ids)`;

type Tiles = Record<string, { count: number; cases: unknown[] }>;

/**
 * Each tile: how many cases, and the first 20 of them (soonest deadline first). `prepare`: run as a prepared statement
 * where the caller offers one. Planning a dashboard (every sub-select weighed against every partial index) costs more
 * than running it: at 10,000 cases 2.4–3.5 ms of planning against 0.6–1.4 ms of execution. The generic plans of the
 * mediation and arbitration dashboards are as good as the custom ones; the court's is not (its jurisdiction test picks
 * a different plan per court), so it is planned every time.
 */
async function tiles(
  db: Queryable,
  scope: RowScope,
  extra: string | undefined,
  extraValue: string | undefined,
  conditions: Record<string, string>,
  values: unknown[],
  prepare: boolean,
) {
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
  const sql = `SELECT ${selects.join(',\n')}`;
  const [row] = prepare && db.prepared ? await db.prepared<Tiles>(sql, parameters) : await db.query<Tiles>(sql, parameters);
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
  }, [today, week.from, week.to], true);
}

/** For a commission (optionally one arbitrator). */
export function arbitrationDashboard(db: Queryable, scope: RowScope, today: string, arbitratorId?: string) {
  const week = weekOf(today);
  return tiles(db, scope, '$X = ANY(c.arbitrator_ids)', arbitratorId, {
    awaitingAcceptance: `c.stage = 'arbitration' AND c.status = 'applied'`,
    awaitingDefence: `c.stage = 'arbitration' AND c.status = 'accepted' AND c.state->'arbitration'->'defence' IS NULL`,
    tribunalsToCompose: `c.stage = 'arbitration' AND c.status = 'accepted' AND cardinality(c.arbitrator_ids) = 0`,
    hearingsThisWeek: `c.stage = 'arbitration' AND c.hearing_dates && $4::date[]`,
    awardsDueWithinSevenDays: runningDeadline('awardWithinFortyFiveDays', `d.due_on BETWEEN $1::date AND $1::date + 7`),
    overdueAwards: `c.stage = 'arbitration' AND c.award_overdue`,
    suspended: `c.stage = 'arbitration' AND c.suspended_on IS NOT NULL`,
    // Still the commission's: once the award is out, the extension is history, not work.
    extensionsGranted: `c.stage = 'arbitration' AND c.extension_days IS NOT NULL`,
    handedOverThisWeek: `c.handed_over AND c.arbitration_applied_on BETWEEN $2::date AND $3::date`,
  }, [today, week.from, week.to, datesOf(week)], true);
}

const challengeRules = `('workerSuitAfterFinalAwardFifteenDays', 'employerAnnulmentThirtyDays', 'suitAfterNonFinalAwardFifteenDays')`;

/**
 * The court's jurisdiction on `today` ($1) covers the case's region ($2 = the court). The prefixes are read once per
 * statement (an InitPlan), not once per case as a correlated EXISTS was (2.7 s for the court dashboard at 50,000 cases).
 */
const covered = `c.region_code LIKE ANY (ARRAY(SELECT j.region_prefix || '%' FROM court_jurisdictions j WHERE j.court_id = $2
  AND j.valid_from <= $1::date AND (j.valid_to IS NULL OR $1::date < j.valid_to)))`;

/**
 * For a court: what was filed there and what it may have to enforce, and, from the regions its jurisdiction covers,
 * what may come to it before anyone files: awards inside their challenge windows (LDMAL 47–50), and arbitrations
 * refused or not accepted or not decided in time, after which a party may sue directly (LDMAL 29, 43).
 */
export function courtDashboard(db: Queryable, scope: RowScope, today: string) {
  const values: unknown[] = [today];
  let named = 'true';
  let mayCome = 'true';
  if (scope.kind !== 'all') {
    // The permission table grants this view to courts and to admins (all) only.
    if (scope.kind !== 'court') throw new Error(`the court dashboard has no ${scope.kind} scope`);
    values.push(scope.organisationId);
    named = `c.court_ids @> ARRAY[$2]::text[]`;
    mayCome = `(${named} OR ${covered})`;
  }
  return tiles(db, { kind: 'all' }, undefined, undefined, {
    awardsInChallengeWindows: `${mayCome} AND EXISTS (SELECT 1 FROM case_deadlines d WHERE d.dispute_id = c.dispute_id AND d.rule IN ${challengeRules} AND d.status = 'running' AND d.due_on >= $1::date)`,
    refusedOrOverdueArbitrations: `${mayCome} AND c.stage = 'arbitration' AND c.court_filed_on IS NULL
      AND (c.status IN ('refused', 'acceptance_overdue') OR (c.award_overdue AND c.awarded_on IS NULL))`,
    suitsReceived: `${named} AND jsonb_array_length(c.state->'litigation'->'suits') > 0`,
    annulmentApplications: `${named} AND c.state->'litigation'->'annulment' IS NOT NULL`,
    awardsEffective: `${named} AND c.outcome IN ('award_effective', 'final_award_unchallenged')`,
    enforcementApplications: `${named} AND c.state->'litigation'->'enforcements' <> '{}'::jsonb`,
    paymentOrders: `${named} AND c.state->'litigation'->'paymentOrder' IS NOT NULL`,
  }, values, false);
}
