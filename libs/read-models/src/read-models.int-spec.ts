import { generateDisputes } from '#demo-data';
import { createDataSource, testDatabaseUrl } from '#database';
import { disputeStream, PostgresEventStore } from '#event-store';
import { ProjectionRunner, projectionStatus, rebuildProjection, type ProjectionDefinition } from '#projections';
import type { DataSource } from 'typeorm';
import { caseSummaryProjection } from './case-summary/case-summary.projection.js';
import { caseDeadlineProjection } from './deadlines/case-deadline.projection.js';
import { listCases } from './queries/case-list.js';

const until = async (check: () => Promise<boolean>, timeoutMs = 30_000) => {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('the dispute read models on real PostgreSQL, over a mixed set of 300 generated cases', () => {
  let store: PostgresEventStore;
  let db: DataSource;
  const ids: string[] = [];
  const outcomes = new Map<string, string>();
  const definitions = [caseSummaryProjection(), caseDeadlineProjection()] as unknown as ProjectionDefinition[];
  let runners: ProjectionRunner[] = [];

  beforeAll(async () => {
    store = PostgresEventStore.connect(testDatabaseUrl());
    db = createDataSource({ url: testDatabaseUrl(), poolSize: 4 });
    await db.initialize();
    for await (const dispute of generateDisputes({ count: 300, seed: Date.now() % 1_000_000_000 })) {
      await store.append(disputeStream(dispute.disputeId), dispute.events, { expected: 'no_stream' });
      ids.push(dispute.disputeId);
      outcomes.set(dispute.disputeId, dispute.state.status === 'closed' ? dispute.state.outcome : 'open');
    }
    runners = definitions.map((d) => new ProjectionRunner(store, db, d, { log: () => undefined }));
    for (const runner of runners) runner.start();
    await until(async () => (await Promise.all(definitions.map((d) => projectionStatus(store, db, d)))).every((s) => s.eventsBehind === 0 && s.active));
  });
  afterAll(async () => {
    await Promise.all(runners.map((r) => r.stop()));
    await store.close();
    await db.destroy();
  });

  const contents = (table: string, key: string) => db.query(`SELECT to_jsonb(t) AS row FROM ${table} t WHERE t.dispute_id = ANY($1::uuid[]) ORDER BY t.${key}`, [ids]);

  it('has one summary per case with the outcome the decider reached', async () => {
    const rows: { dispute_id: string; outcome: string | null }[] = await db.query('SELECT dispute_id, outcome FROM case_summaries WHERE dispute_id = ANY($1::uuid[])', [ids]);
    expect(rows).toHaveLength(300);
    for (const row of rows) expect(row.outcome ?? 'open').toBe(outcomes.get(row.dispute_id));
  });

  it('rebuilt from zero, each projection equals the live one, row for row', async () => {
    for (const [definition, key] of [[definitions[0]!, 'dispute_id'], [definitions[1]!, 'deadline_key']] as const) {
      const live = await contents(definition.table, key);
      await rebuildProjection(store, db, definition);
      expect(await contents(definition.table, key)).toEqual(live);
    }
  });

  it('pages a scope newest first with its keyset cursor: every case once, in order, across days many cases share', async () => {
    const scope = { kind: 'mediation_body', organisationId: 'body_xihu' } as const;
    const seen: { dispute_id: string; registered_on: string | null }[] = [];
    let cursor: string | undefined;
    do {
      const page = await listCases(db, scope, { limit: 40, ...(cursor ? { cursor } : {}) });
      seen.push(...(page.items as { dispute_id: string; registered_on: string | null }[]));
      cursor = page.next ?? undefined;
    } while (cursor);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM case_summaries WHERE mediation_body_id = 'body_xihu'`);
    expect(seen).toHaveLength(n);
    expect(new Set(seen.map((row) => row.dispute_id)).size).toBe(n);
    // Newest first, no date last, ties broken by id descending: each row sorts strictly after the one before.
    const key = (row: { dispute_id: string; registered_on: string | null }) => [row.registered_on ?? '', row.dispute_id] as const;
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [key(seen[i - 1]!), key(seen[i]!)];
      expect(a[0] > b[0] || (a[0] === b[0] && a[1] > b[1])).toBe(true);
    }
    const days = new Set(seen.map((row) => row.registered_on));
    expect(days.size).toBeLessThan(seen.length);
    const ours: { dispute_id: string }[] = await db.query(`SELECT dispute_id FROM case_summaries WHERE mediation_body_id = 'body_xihu' AND dispute_id = ANY($1::uuid[])`, [ids]);
    const listed = new Set(seen.map((row) => row.dispute_id));
    for (const { dispute_id } of ours) expect(listed.has(dispute_id)).toBe(true);
  });

  it('keeps no running deadline on a closed case', async () => {
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM case_deadlines d JOIN case_summaries c USING (dispute_id)
       WHERE c.dispute_id = ANY($1::uuid[]) AND c.stage = 'closed' AND d.status IN ('running', 'paused')`,
      [ids],
    );
    expect(n).toBe(0);
  });
});
