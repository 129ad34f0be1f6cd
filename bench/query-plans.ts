import pg from 'pg';
import { arbitrationDashboard, courtCoversCase, courtDashboard, listCases, mediationDashboard, statistics, type Queryable } from '#read-models';
import type { DataSource } from 'typeorm';

interface PlanNode {
  readonly 'Node Type': string;
  readonly 'Relation Name'?: string;
  readonly 'Index Name'?: string;
  readonly 'Actual Loops'?: number;
  readonly Plans?: readonly PlanNode[];
}

export interface CheckedPlan {
  readonly query: string;
  /** Each scan once, in plan order, with how many times it appears: the plan's shape. */
  readonly shape: string;
  readonly executionMs: number;
  readonly sharedHitBlocks: number;
  readonly sharedReadBlocks: number;
  /** Sequential scans over the two big read-model tables: each one needs an index or a reason. */
  readonly seqScans: readonly string[];
}

const bigTables = new Set(['case_summaries', 'case_deadlines']);

function scans(node: PlanNode, into: string[]): string[] {
  if (node['Node Type'].includes('Scan')) {
    const target = node['Index Name'] ? `${node['Relation Name'] ?? ''} (${node['Index Name']})` : (node['Relation Name'] ?? '');
    into.push(`${node['Node Type']} ${target}`.trim());
  }
  for (const child of node.Plans ?? []) scans(child, into);
  return into;
}

/** Runs every statement a query function sends under EXPLAIN (ANALYZE, BUFFERS), then for real (its callers need rows). */
class Explaining implements Queryable {
  readonly plans: { sql: string; plan: { Plan: PlanNode; 'Execution Time': number; Planning?: unknown } & Record<string, unknown> }[] = [];
  constructor(private readonly client: pg.Client) {}
  async query<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    const { rows } = await this.client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, parameters);
    this.plans.push({ sql, plan: (rows[0] as { 'QUERY PLAN': [never] })['QUERY PLAN'][0] });
    return (await this.client.query(sql, parameters)).rows as T[];
  }
}

function summarise(query: string, explained: Explaining['plans']): CheckedPlan {
  const all = explained.flatMap(({ plan }) => scans(plan.Plan, []));
  const counted = new Map<string, number>();
  for (const scan of all) counted.set(scan, (counted.get(scan) ?? 0) + 1);
  const blocks = (key: string) =>
    explained.reduce((sum, { plan }) => sum + Number(((plan.Plan as unknown as Record<string, unknown>)[key] as number | undefined) ?? 0), 0);
  return {
    query,
    shape: [...counted.entries()].map(([scan, n]) => (n > 1 ? `${scan} ×${n}` : scan)).join('; '),
    executionMs: explained.reduce((sum, { plan }) => sum + plan['Execution Time'], 0),
    sharedHitBlocks: blocks('Shared Hit Blocks'),
    sharedReadBlocks: blocks('Shared Read Blocks'),
    seqScans: [...new Set(all.filter((scan) => scan.startsWith('Seq Scan') && bigTables.has(scan.slice('Seq Scan '.length))))],
  };
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of every list, dashboard and statistics query of libs/read-models/src/queries, with the
 * scopes and filters the API passes, on the benchmark's data. `today` as the app would use it.
 */
export async function checkQueryPlans(url: string, today: string): Promise<CheckedPlan[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('ANALYZE case_summaries, case_deadlines, court_jurisdictions');
    const sample = (await client.query<{ dispute_id: string; mediator_id: string | null; arbitrator: string | null; employer: string | null; registered_on: string }>(
      `SELECT dispute_id, mediator_id, arbitrator_ids[1] AS arbitrator, employer_name AS employer, registered_on::text
         FROM case_summaries WHERE mediation_body_id = 'body_xihu' AND cardinality(arbitrator_ids) > 0 AND mediator_id IS NOT NULL LIMIT 1`,
    )).rows[0];
    const body = { kind: 'mediation_body', organisationId: 'body_xihu' } as const;
    const commission = { kind: 'arbitration_commission', organisationId: 'hz_commission' } as const;
    const court = { kind: 'court', organisationId: 'court_xihu' } as const;
    const all = { kind: 'all' } as const;
    const page = { limit: 50 };
    const checks: [string, (db: Explaining) => Promise<unknown>][] = [
      ['list: mediation body, newest first', (db) => listCases(db, body, page)],
      ['list: body, stage + status', (db) => listCases(db, body, { ...page, stage: 'mediation', status: 'open' })],
      ['list: body, assignee', (db) => listCases(db, body, { ...page, assignee: sample?.mediator_id ?? 'mediator-1' })],
      ['list: commission, claim type', (db) => listCases(db, commission, { ...page, claimType: 'overtime' })],
      ['list: commission, employer contains', (db) => listCases(db, commission, { ...page, employer: (sample?.employer ?? '公司').slice(2, 5) })],
      ['list: body, q (search text)', (db) => listCases(db, body, { ...page, q: 'demo' })],
      ['list: body, registered in a month', (db) => listCases(db, body, { ...page, registeredFrom: '2026-03-01', registeredTo: '2026-03-31' })],
      ['list: court', (db) => listCases(db, court, page)],
      ['list: all (admin), second page', async (db) => {
        const first = await listCases(db, all, page);
        return listCases(db, all, { ...page, cursor: first.next ?? undefined });
      }],
      ['dashboard: mediation (body)', (db) => mediationDashboard(db, body, today)],
      ['dashboard: mediation (one mediator)', (db) => mediationDashboard(db, body, today, sample?.mediator_id ?? 'mediator-1')],
      ['dashboard: arbitration (commission)', (db) => arbitrationDashboard(db, commission, today)],
      ['dashboard: arbitration (one arbitrator)', (db) => arbitrationDashboard(db, commission, today, sample?.arbitrator ?? 'arbitrator-1')],
      ['dashboard: court (court)', (db) => courtDashboard(db, court, today)],
      ['dashboard: court (admin, all)', (db) => courtDashboard(db, all, today)],
      ['statistics: 18 months, all regions', (db) => statistics(db, { from: '2025-03-01', to: '2026-09-30' })],
      ['statistics: one quarter, one district', (db) => statistics(db, { from: '2026-04-01', to: '2026-06-30', region: '330106' })],
      ['case read: court jurisdiction covers case', (db) => courtCoversCase(db as unknown as DataSource, 'court_xihu', sample?.dispute_id ?? '00000000-0000-4000-8000-000000000000', today)],
    ];
    const results: CheckedPlan[] = [];
    for (const [name, run] of checks) {
      const db = new Explaining(client);
      await run(db);
      results.push(summarise(name, db.plans));
    }
    return results;
  } finally {
    await client.end();
  }
}
