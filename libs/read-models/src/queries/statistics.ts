import type { Queryable } from './row-scope.js';

/** Bumped whenever a definition in docs/statistics.md changes, so a published figure names how it was computed. */
export const STATISTICS_VERSION = '2';

export interface StatisticsFilter {
  readonly from: string;
  readonly to: string;
  /** Administrative division prefix: '33' Zhejiang, '3301' Hangzhou. */
  readonly region?: string;
}

const arbitrationOutcomes = `('withdrawn', 'deemed_withdrawn', 'arbitration_mediation_statement_effective', 'award_effective', 'final_award_unchallenged')`;
const courtOutcomes = `('judgment_final', 'payment_order_concluded', 'enforcement_concluded', 'not_pursued')`;

/**
 * Every figure of docs/statistics.md (version 2), over the cases registered in [from, to] (and in the region).
 * Amounts are in fen. Durations are in calendar days.
 */
export async function statistics(db: Queryable, filter: StatisticsFilter) {
  const parameters: unknown[] = [filter.from, filter.to, `${filter.region ?? ''}%`];
  // Only the columns the figures read (not the folded state), materialised once; the scalar figures then come from
  // one pass over it with FILTER, and the breakdowns from one grouping of it: 3 scans of the cohort where there were 19.
  const cohort = `SELECT registered_on, closed_on, outcome, mediation_opened_on, mediation_ended_on, arbitration_applied_on, awarded_on,
      court_filed_on, claim_types, industry, region_code, claimed_fen, agreed_fen, awarded_fen, recovered_fen, collective, worker_count
    FROM case_summaries WHERE registered_on BETWEEN $1::date AND $2::date AND coalesce(region_code, '') LIKE $3`;
  const spread = (days: string) => `json_build_object('median', percentile_cont(0.5) WITHIN GROUP (ORDER BY ${days}),
      'p90', percentile_cont(0.9) WITHIN GROUP (ORDER BY ${days}), 'n', count(${days}))`;
  const [row] = await db.query<Record<string, unknown>>(
    `WITH cohort AS MATERIALIZED (${cohort}),
     totals AS (SELECT
       count(*)::int AS "casesOpened",
       count(*) FILTER (WHERE closed_on IS NOT NULL)::int AS "casesClosed",
       count(*) FILTER (WHERE mediation_opened_on IS NOT NULL AND (mediation_ended_on IS NOT NULL OR outcome = 'settled_in_mediation'))::int AS "mediationsConcluded",
       count(*) FILTER (WHERE outcome = 'settled_in_mediation')::int AS "settledInMediation",
       count(*) FILTER (WHERE outcome IN ${arbitrationOutcomes})::int AS "closedInArbitration",
       count(*) FILTER (WHERE outcome IN ${courtOutcomes})::int AS "closedInCourt",
       ${spread('mediation_ended_on - mediation_opened_on')} AS "mediationDays",
       ${spread('awarded_on - arbitration_applied_on')} AS "arbitrationDays",
       ${spread('closed_on - court_filed_on')} AS "courtDays",
       ${spread('closed_on - registered_on')} AS "daysToClosure",
       json_build_object('claimed', coalesce(sum(claimed_fen), 0)::float8, 'agreed', coalesce(sum(agreed_fen), 0)::float8,
                         'awarded', coalesce(sum(awarded_fen), 0)::float8, 'recovered', coalesce(sum(recovered_fen), 0)::float8) AS "amountsFen",
       count(*) FILTER (WHERE collective)::int AS "collectiveDisputes",
       coalesce(sum(worker_count) FILTER (WHERE collective), 0)::int AS "workersInCollectiveDisputes",
       coalesce(sum(worker_count), 0)::int AS "workersInvolved"
       FROM cohort),
     -- Every breakdown but the claim types rolls up from one grouping of the cohort; months are named after grouping.
     cells AS (SELECT date_trunc('month', registered_on) AS opened, date_trunc('month', closed_on) AS closed, industry, left(region_code, 4) AS city,
                      count(*)::int AS n, count(closed_on)::int AS closed_n
                 FROM cohort GROUP BY 1, 2, 3, 4)
     SELECT totals.*,
       (SELECT coalesce(json_agg(m ORDER BY m.month), '[]') FROM (
          SELECT to_char(opened, 'YYYY-MM') AS month, sum(n)::int AS opened, sum(closed_n)::int AS "closedOfThese" FROM cells GROUP BY opened) m) AS "openedPerMonth",
       (SELECT coalesce(json_agg(m ORDER BY m.month), '[]') FROM (
          SELECT to_char(closed, 'YYYY-MM') AS month, sum(n)::int AS closed FROM cells WHERE closed IS NOT NULL GROUP BY closed) m) AS "closedPerMonth",
       (SELECT coalesce(json_object_agg(t, n), '{}') FROM (SELECT unnest(claim_types) AS t, count(*)::int AS n FROM cohort GROUP BY 1) x) AS "casesByClaimType",
       (SELECT coalesce(json_object_agg(coalesce(industry, 'unknown'), n), '{}') FROM (SELECT industry, sum(n)::int AS n FROM cells GROUP BY 1) x) AS "casesByIndustry",
       (SELECT coalesce(json_object_agg(coalesce(city, 'unknown'), n), '{}') FROM (SELECT city, sum(n)::int AS n FROM cells GROUP BY 1) x) AS "casesByCity"
     FROM totals`,
    parameters,
  );
  const r = row!;
  const ratio = (a: unknown, b: unknown) => (Number(b) > 0 ? Number(a) / Number(b) : null);
  return {
    version: STATISTICS_VERSION,
    filter,
    ...r,
    closureRate: ratio(r['casesClosed'], r['casesOpened']),
    mediationSuccessRate: ratio(r['settledInMediation'], r['mediationsConcluded']),
    shareSettledAt: {
      mediation: ratio(r['settledInMediation'], r['casesClosed']),
      arbitration: ratio(r['closedInArbitration'], r['casesClosed']),
      court: ratio(r['closedInCourt'], r['casesClosed']),
    },
  };
}
