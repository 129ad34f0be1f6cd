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
  const cohort = `SELECT * FROM case_summaries WHERE registered_on BETWEEN $1::date AND $2::date AND coalesce(region_code, '') LIKE $3`;
  const [row] = await db.query<Record<string, unknown>>(
    `WITH cohort AS (${cohort})
     SELECT
       (SELECT count(*) FROM cohort)::int AS "casesOpened",
       (SELECT count(*) FROM cohort WHERE closed_on IS NOT NULL)::int AS "casesClosed",
       (SELECT coalesce(json_agg(m ORDER BY m.month), '[]') FROM (
          SELECT to_char(registered_on, 'YYYY-MM') AS month, count(*)::int AS opened,
                 count(*) FILTER (WHERE closed_on IS NOT NULL)::int AS "closedOfThese" FROM cohort GROUP BY 1) m) AS "openedPerMonth",
       (SELECT coalesce(json_agg(m ORDER BY m.month), '[]') FROM (
          SELECT to_char(closed_on, 'YYYY-MM') AS month, count(*)::int AS closed FROM cohort WHERE closed_on IS NOT NULL GROUP BY 1) m) AS "closedPerMonth",
       (SELECT count(*) FROM cohort WHERE mediation_opened_on IS NOT NULL AND (mediation_ended_on IS NOT NULL OR outcome = 'settled_in_mediation'))::int AS "mediationsConcluded",
       (SELECT count(*) FROM cohort WHERE outcome = 'settled_in_mediation')::int AS "settledInMediation",
       (SELECT count(*) FROM cohort WHERE outcome IN ${arbitrationOutcomes})::int AS "closedInArbitration",
       (SELECT count(*) FROM cohort WHERE outcome IN ${courtOutcomes})::int AS "closedInCourt",
       (SELECT json_build_object('median', percentile_cont(0.5) WITHIN GROUP (ORDER BY mediation_ended_on - mediation_opened_on),
                                 'p90', percentile_cont(0.9) WITHIN GROUP (ORDER BY mediation_ended_on - mediation_opened_on),
                                 'n', count(mediation_ended_on - mediation_opened_on)) FROM cohort) AS "mediationDays",
       (SELECT json_build_object('median', percentile_cont(0.5) WITHIN GROUP (ORDER BY awarded_on - arbitration_applied_on),
                                 'p90', percentile_cont(0.9) WITHIN GROUP (ORDER BY awarded_on - arbitration_applied_on),
                                 'n', count(awarded_on - arbitration_applied_on)) FROM cohort) AS "arbitrationDays",
       (SELECT json_build_object('median', percentile_cont(0.5) WITHIN GROUP (ORDER BY closed_on - court_filed_on),
                                 'p90', percentile_cont(0.9) WITHIN GROUP (ORDER BY closed_on - court_filed_on),
                                 'n', count(closed_on - court_filed_on)) FROM cohort) AS "courtDays",
       (SELECT json_build_object('median', percentile_cont(0.5) WITHIN GROUP (ORDER BY closed_on - registered_on),
                                 'p90', percentile_cont(0.9) WITHIN GROUP (ORDER BY closed_on - registered_on),
                                 'n', count(closed_on - registered_on)) FROM cohort) AS "daysToClosure",
       (SELECT coalesce(json_object_agg(t, n), '{}') FROM (SELECT unnest(claim_types) AS t, count(*)::int AS n FROM cohort GROUP BY 1) x) AS "casesByClaimType",
       (SELECT coalesce(json_object_agg(coalesce(industry, 'unknown'), n), '{}') FROM (SELECT industry, count(*)::int AS n FROM cohort GROUP BY 1) x) AS "casesByIndustry",
       (SELECT coalesce(json_object_agg(coalesce(left(region_code, 4), 'unknown'), n), '{}') FROM (SELECT left(region_code, 4) AS region_code, count(*)::int AS n FROM cohort GROUP BY 1) x) AS "casesByCity",
       (SELECT json_build_object('claimed', coalesce(sum(claimed_fen), 0)::float8, 'agreed', coalesce(sum(agreed_fen), 0)::float8,
                                 'awarded', coalesce(sum(awarded_fen), 0)::float8, 'recovered', coalesce(sum(recovered_fen), 0)::float8) FROM cohort) AS "amountsFen",
       (SELECT count(*) FROM cohort WHERE collective)::int AS "collectiveDisputes",
       (SELECT coalesce(sum(worker_count), 0)::int FROM cohort WHERE collective) AS "workersInCollectiveDisputes",
       (SELECT coalesce(sum(worker_count), 0)::int FROM cohort) AS "workersInvolved"`,
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
