import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import { createDataSource, testDatabaseUrl } from '#database';
import { generateDisputes, type GeneratedDispute } from '#demo-data';
import { disputeStream, PostgresEventStore } from '#event-store';
import { ProjectionRunner, projectionStatus, type ProjectionDefinition } from '#projections';
import { allProjections } from '#read-models';
import { bootApp } from './support/boot-app.js';
import { daysBetween, durations, HandFold } from './support/hand-fold.js';
import { registrationBody } from './support/registration.js';
import { tokenFor } from './support/tokens.js';

const TODAY = '2026-07-15'; // a Wednesday: the week is 07-13 .. 07-19
const WEEK = { from: '2026-07-13', to: '2026-07-19' };
const plus = (day: string, n: number) => new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);
const FROM = '2026-04-01';

/** A scope of its own per run: organisations, region and ids are fresh, so counts are exact whatever the database holds. */
const run = randomUUID().slice(0, 8);
const scope = {
  bodyA: `body_a_${run}`,
  bodyB: `body_b_${run}`,
  commission: `c_${run}`,
  court: `court_${run}`,
  region: `9${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`,
};

/** The generated case moved into the fresh scope: organisations, region codes, dispute and event ids replaced. */
function rescope(dispute: GeneratedDispute): { disputeId: string; path: string; events: { id: string; type: string; data: unknown; metadata: Record<string, unknown> }[] } {
  const disputeId = randomUUID();
  const json = JSON.stringify(dispute.events)
    .replaceAll(dispute.disputeId, disputeId)
    .replaceAll('"body_xihu"', `"${scope.bodyA}"`)
    .replaceAll('"body_binjiang"', `"${scope.bodyB}"`)
    .replaceAll('"hz_commission"', `"${scope.commission}"`)
    .replaceAll('"court_xihu"', `"${scope.court}"`)
    .replaceAll('"330106"', `"${scope.region}6"`)
    .replaceAll('"330108"', `"${scope.region}8"`);
  const events = (JSON.parse(json) as { type: string; data: unknown; metadata: Record<string, unknown> }[]).map((e) => ({ ...e, id: randomUUID() }));
  return { disputeId, path: dispute.path, events };
}

const until = async (check: () => Promise<boolean>, timeoutMs = 60_000) => {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('dashboards and statistics against figures computed by hand from a seeded set over every path', () => {
  let app: NestFastifyApplication;
  let store: PostgresEventStore;
  let db: DataSource;
  let runners: ProjectionRunner[] = [];
  const cases: { disputeId: string; path: string; fold: HandFold }[] = [];
  const definitions = allProjections() as ProjectionDefinition[];

  const call = async (role: Parameters<typeof tokenFor>[0], org: string | undefined, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({ method, url, headers: { authorization: `Bearer ${await tokenFor(role, org)}` }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    // The api alone: no timers fire expiries while the figures are compared; the test runs the projections itself.
    app = await bootApp('api', { NODE_ENV: 'test', TEST_CLOCK: `${TODAY}T04:00:00.000Z` });
    store = PostgresEventStore.connect(testDatabaseUrl());
    db = createDataSource({ url: testDatabaseUrl(), poolSize: 4 });
    await db.initialize();
    for await (const generated of generateDisputes({ count: 90, seed: 20260715, from: FROM, to: TODAY, today: TODAY })) {
      const dispute = rescope(generated);
      await store.append(disputeStream(dispute.disputeId), dispute.events, { expected: 'no_stream' });
      cases.push({ disputeId: dispute.disputeId, path: dispute.path, fold: new HandFold(dispute.events) });
    }
    runners = definitions.map((d) => new ProjectionRunner(store, db, d, { log: () => undefined }));
    for (const runner of runners) runner.start();

    // Two cases the generator never makes, through the API: a suspended arbitration and one with an extended award deadline.
    const clerk = (url: string, body: object) => call('arbitration-clerk', scope.commission, 'POST', url, body);
    for (const last of [
      { role: 'commission-chair', path: 'arbitration/suspension', body: { ground: 'party_died_awaiting_heirs', suspendedOn: TODAY } },
      { role: 'commission-chair', path: 'arbitration/extension', body: { extensionDays: 15, approvedBy: 'chair-1', approvalRef: 'EXT-1', partiesNotifiedOn: TODAY } },
    ] as const) {
      const created = await clerk('/disputes', registrationBody({ registeredOn: '2026-07-01', knewOfInfringementOn: '2026-06-01' }));
      expect(created.statusCode).toBe(201);
      const id = created.json().disputeId as string;
      expect((await clerk(`/disputes/${id}/arbitration/application`, { commissionId: scope.commission, filedOn: '2026-07-01' })).statusCode).toBe(201);
      expect((await clerk(`/disputes/${id}/arbitration/acceptance`, { acceptedOn: '2026-07-03' })).statusCode).toBe(201);
      expect((await call(last.role, scope.commission, 'POST', `/disputes/${id}/${last.path}`, last.body)).statusCode).toBe(201);
      const events = await store.readStream(disputeStream(id));
      cases.push({ disputeId: id, path: `api:${last.path}`, fold: new HandFold(events) });
    }
    await until(async () => (await Promise.all(definitions.map((d) => projectionStatus(store, db, d)))).every((s) => s.eventsBehind === 0));
  }, 120_000);
  afterAll(async () => {
    await Promise.all(runners.map((r) => r.stop()));
    await store.close();
    await db.destroy();
    await app.close();
  });

  const where = (test: (fold: HandFold) => boolean, among = cases) => among.filter((c) => test(c.fold)).map((c) => c.disputeId).sort();
  const tile = (dashboard: Record<string, { count: number; cases: { disputeId: string }[] }>, name: string) => {
    const t = dashboard[name]!;
    expect(t.cases.length).toBe(Math.min(t.count, 20));
    return { count: t.count, ids: t.cases.map((c) => c.disputeId).sort() };
  };
  const expectTile = (dashboard: Record<string, { count: number; cases: { disputeId: string }[] }>, name: string, expected: string[]) =>
    expect({ name, ...tile(dashboard, name) }).toEqual({ name, count: expected.length, ids: expected.length <= 20 ? expected : expect.any(Array) });

  it('covers all 11 paths, cut at today, so every tile has something to count', () => {
    expect(new Set(cases.filter((c) => !c.path.startsWith('api:')).map((c) => c.path)).size).toBe(11);
  });

  it('mediation dashboard: each tile as counted by hand, for the body and for one mediator', async () => {
    const ofBody = cases.filter((c) => c.fold.first('MediationOpened')?.['bodyId'] === scope.bodyA);
    const response = await call('mediator', scope.bodyA, 'GET', '/dashboards/mediation');
    expect(response.statusCode).toBe(200);
    const dashboard = response.json();
    const inMediation = (f: HandFold) => f.stage === 'mediation';
    const expected: Record<string, string[]> = {
      openCases: where((f) => inMediation(f) && f.mediationOpen, ofBody),
      sessionsThisWeek: where((f) => f.mediationOpen && !f.has('ArbitrationApplied') && between(f.last('MediationSessionRecorded')?.['nextSessionOn'], WEEK.from, WEEK.to), ofBody),
      windowsClosingWithinThreeDays: where((f) => f.runningDeadline(['mediationWindowIsFifteenDays'], TODAY, plus(TODAY, 3)), ofBody),
      expiredNotHandedOff: where((f) => inMediation(f) && (f.has('MediationFailed') || f.has('MediationWindowExpired')) && !f.has('ArbitrationApplied'), ofBody),
      agreementsAwaitingPerformance: where((f) => inMediation(f) && f.has('MediationAgreementReached') && !f.has('MediationAgreementPerformed') && !f.has('MediationAgreementBreached'), ofBody),
      breachedAgreements: where((f) => f.has('MediationAgreementBreached') && !f.closed, ofBody),
    };
    for (const [name, ids] of Object.entries(expected)) expectTile(dashboard, name, ids);
    // The seed reaches these states (the set is fixed): a tile at zero would prove nothing.
    expect(Object.values(expected).filter((ids) => ids.length > 0).length).toBeGreaterThanOrEqual(4);

    // The dashboard is a prepared statement: from its sixth run on a connection PostgreSQL may switch to the generic
    // plan, which must count the same.
    for (let i = 0; i < 8; i++) expect((await call('mediator', scope.bodyA, 'GET', '/dashboards/mediation')).json()).toEqual(dashboard);

    const mediator = ofBody.find((c) => c.fold.mediationOpen)!.fold.first('MediationOpened')!['mediatorId'] as string;
    const own = await call('mediator', scope.bodyA, 'GET', `/dashboards/mediation?mediatorId=${mediator}`);
    expectTile(own.json(), 'openCases', where((f) => inMediation(f) && f.mediationOpen && f.first('MediationOpened')!['mediatorId'] === mediator, ofBody));
  });

  it('arbitration dashboard: each tile as counted by hand', async () => {
    const ofCommission = cases.filter((c) => c.fold.first('ArbitrationApplied')?.['commissionId'] === scope.commission);
    const response = await call('arbitration-clerk', scope.commission, 'GET', '/dashboards/arbitration');
    expect(response.statusCode).toBe(200);
    const dashboard = response.json();
    const inArbitration = (f: HandFold) => f.stage === 'arbitration';
    const accepted = (f: HandFold) => inArbitration(f) && f.has('ArbitrationAccepted') && !f.has('AwardIssued') && !f.has('ArbitrationWithdrawn');
    const expected: Record<string, string[]> = {
      awaitingAcceptance: where((f) => inArbitration(f) && !['ArbitrationAccepted', 'ArbitrationRefused', 'ArbitrationWithdrawn', 'ArbitrationAcceptanceOverdue'].some((t) => f.has(t)), ofCommission),
      awaitingDefence: where((f) => accepted(f) && !f.has('DefenceFiled'), ofCommission),
      tribunalsToCompose: where((f) => accepted(f) && !f.has('TribunalComposed'), ofCommission),
      hearingsThisWeek: where((f) => inArbitration(f) && f.all('HearingScheduled').some((h) => between(h['hearingOn'], WEEK.from, WEEK.to)), ofCommission),
      awardsDueWithinSevenDays: where((f) => f.runningDeadline(['awardWithinFortyFiveDays'], TODAY, plus(TODAY, 7)), ofCommission),
      overdueAwards: where((f) => inArbitration(f) && f.has('AwardOverdue') && !f.has('AwardIssued'), ofCommission),
      suspended: where((f) => inArbitration(f) && f.all('ArbitrationSuspended').length > f.all('ArbitrationResumed').length, ofCommission),
      extensionsGranted: where((f) => inArbitration(f) && f.has('AwardDeadlineExtended'), ofCommission),
      handedOverThisWeek: where((f) => f.has('MediationOpened') && between(f.first('ArbitrationApplied')!['filedOn'], WEEK.from, WEEK.to), ofCommission),
    };
    for (const [name, ids] of Object.entries(expected)) expectTile(dashboard, name, ids);
    expect(expected['suspended']).toHaveLength(1);
    expect(expected['extensionsGranted']).toHaveLength(1);
    expect(Object.values(expected).filter((ids) => ids.length > 0).length).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < 8; i++) expect((await call('arbitration-clerk', scope.commission, 'GET', '/dashboards/arbitration')).json()).toEqual(dashboard);
  });

  it('court dashboard: filed cases by name, and awards in their windows or stalled arbitrations by jurisdiction', async () => {
    // The court covers body A's region; its row for body B's region ended today (a jurisdiction changed), so B's
    // cases no longer come to it unless they name it.
    await db.query(`INSERT INTO court_jurisdictions (court_id, region_prefix, valid_from, valid_to, source) VALUES ($1, $2, '2020-01-01', NULL, 'test'), ($1, $3, '2020-01-01', $4, 'test')`,
      [scope.court, `${scope.region}6`, `${scope.region}8`, TODAY]);
    const named = cases.filter((c) => c.fold.courts.has(scope.court));
    const mayCome = cases.filter((c) => c.fold.courts.has(scope.court) || c.fold.registration['regionCode'] === `${scope.region}6`);
    const response = await call('court-liaison', scope.court, 'GET', '/dashboards/court');
    expect(response.statusCode).toBe(200);
    const dashboard = response.json();
    const challengeRules = ['workerSuitAfterFinalAwardFifteenDays', 'employerAnnulmentThirtyDays', 'suitAfterNonFinalAwardFifteenDays'];
    const expected: Record<string, string[]> = {
      awardsInChallengeWindows: where((f) => f.runningDeadline(challengeRules, TODAY, '9999-12-31'), mayCome),
      refusedOrOverdueArbitrations: where(
        (f) => f.stage === 'arbitration' && !f.has('SuitFiled') && (f.has('ArbitrationRefused') || f.has('ArbitrationAcceptanceOverdue') || (f.has('AwardOverdue') && !f.has('AwardIssued'))),
        mayCome,
      ),
      suitsReceived: where((f) => f.has('SuitFiled'), named),
      annulmentApplications: where((f) => f.has('AnnulmentApplied'), named),
      awardsEffective: where((f) => ['award_effective', 'final_award_unchallenged'].includes(f.outcome ?? ''), named),
      enforcementApplications: where((f) => f.has('EnforcementApplied'), named),
      paymentOrders: where((f) => f.has('PaymentOrderApplied'), named),
    };
    for (const [name, ids] of Object.entries(expected)) expectTile(dashboard, name, ids);
    expect(Object.values(expected).filter((ids) => ids.length > 0).length).toBeGreaterThanOrEqual(4);
    // Jurisdiction brings in awards no filing named the court for; the ended row keeps body B's out.
    const byJurisdictionOnly = expected['awardsInChallengeWindows']!.filter((id) => !named.some((c) => c.disputeId === id));
    expect(byJurisdictionOnly.length).toBeGreaterThan(0);
    const ofB = where((f) => f.registration['regionCode'] === `${scope.region}8` && f.runningDeadline(challengeRules, TODAY, '9999-12-31') && !f.courts.has(scope.court));
    expect(ofB.length).toBeGreaterThan(0);
    expect(tile(dashboard, 'awardsInChallengeWindows').ids.filter((id) => ofB.includes(id))).toEqual([]);

    // Another court, with no jurisdiction and no filing, sees none of it.
    const elsewhere = (await call('court-liaison', `court_other_${run}`, 'GET', '/dashboards/court')).json();
    expect(Object.values(elsewhere as Record<string, { count: number }>).map((t) => t.count)).toEqual(Object.keys(expected).map(() => 0));

    // What the dashboard shows by jurisdiction, the court may open (not reveal); another court still finds nothing.
    const [shown] = byJurisdictionOnly;
    expect((await call('court-liaison', scope.court, 'GET', `/disputes/${shown}`)).statusCode).toBe(200);
    expect((await call('court-liaison', scope.court, 'GET', `/disputes/${shown}/history`)).statusCode).toBe(200);
    expect((await call('court-liaison', `court_other_${run}`, 'GET', `/disputes/${shown}`)).statusCode).toBe(404);
    expect((await call('court-liaison', scope.court, 'POST', `/disputes/${shown}/parties/w1/reveal`, { field: 'phone', purpose: 'checking the party' })).statusCode).toBe(404);
  });

  it('statistics: every figure of docs/statistics.md as computed by hand over the cohort', async () => {
    const response = await call('analyst', undefined, 'GET', `/statistics?from=${FROM}&to=${TODAY}&region=${scope.region}`);
    expect(response.statusCode).toBe(200);
    const cohort = cases.filter((c) => (c.fold.registration['regionCode'] as string).startsWith(scope.region)).map((c) => c.fold);
    const closed = cohort.filter((f) => f.closed);
    const count = (test: (f: HandFold) => boolean) => cohort.filter(test).length;
    const settled = count((f) => f.outcome === 'settled_in_mediation');
    const inArbitration = count((f) => ['withdrawn', 'deemed_withdrawn', 'arbitration_mediation_statement_effective', 'award_effective', 'final_award_unchallenged'].includes(f.outcome ?? ''));
    const inCourt = count((f) => ['judgment_final', 'payment_order_concluded', 'enforcement_concluded', 'not_pursued'].includes(f.outcome ?? ''));
    const concluded = count((f) => f.has('MediationOpened') && f.mediationEndedOn !== undefined);
    const months = (list: HandFold[], day: (f: HandFold) => string) => [...new Set(list.map((f) => day(f).slice(0, 7)))].sort();
    const registeredOn = (f: HandFold) => f.registration['registeredOn'] as string;
    const sum = (values: (number | undefined)[]) => values.reduce<number>((s, v) => s + (v ?? 0), 0);
    const tally = (keys: string[]) => keys.reduce<Record<string, number>>((t, k) => ({ ...t, [k]: (t[k] ?? 0) + 1 }), {});
    const firstCourtFiling = (f: HandFold) => (f.first('SuitFiled')?.['filedOn'] ?? f.first('PaymentOrderApplied')?.['appliedOn'] ?? f.first('AnnulmentApplied')?.['appliedOn']) as string | undefined;
    const workers = (f: HandFold) => (f.registration['parties'] as { kind: string }[]).filter((p) => p.kind === 'worker').length;
    const collective = cohort.filter((f) => f.registration['collective'] !== undefined);

    expect(cohort.length).toBeGreaterThan(50);
    expect(response.json()).toEqual({
      version: '2',
      filter: { from: FROM, to: TODAY, region: scope.region },
      casesOpened: cohort.length,
      casesClosed: closed.length,
      openedPerMonth: months(cohort, registeredOn).map((month) => ({
        month,
        opened: count((f) => registeredOn(f).startsWith(month)),
        closedOfThese: count((f) => registeredOn(f).startsWith(month) && f.closed),
      })),
      closedPerMonth: months(closed, (f) => f.closedOn!).map((month) => ({ month, closed: closed.filter((f) => f.closedOn!.startsWith(month)).length })),
      closureRate: closed.length / cohort.length,
      mediationsConcluded: concluded,
      settledInMediation: settled,
      mediationSuccessRate: settled / concluded,
      closedInArbitration: inArbitration,
      closedInCourt: inCourt,
      shareSettledAt: { mediation: settled / closed.length, arbitration: inArbitration / closed.length, court: inCourt / closed.length },
      mediationDays: durations(cohort.filter((f) => f.has('MediationOpened') && f.mediationEndedOn).map((f) => daysBetween(f.first('MediationOpened')!['receivedOn'] as string, f.mediationEndedOn!))),
      arbitrationDays: durations(cohort.filter((f) => f.has('AwardIssued')).map((f) => daysBetween(f.first('ArbitrationApplied')!['filedOn'] as string, f.last('AwardIssued')!['awardedOn'] as string))),
      courtDays: durations(closed.filter((f) => firstCourtFiling(f)).map((f) => daysBetween(firstCourtFiling(f)!, f.closedOn!))),
      daysToClosure: durations(closed.map((f) => daysBetween(registeredOn(f), f.closedOn!))),
      casesByClaimType: tally(cohort.flatMap((f) => [...new Set((f.registration['claims'] as { type: string }[]).map((c) => c.type))])),
      casesByIndustry: tally(cohort.map((f) => (f.registration['industry'] as string | undefined) ?? 'unknown')),
      casesByCity: { [scope.region.slice(0, 4)]: cohort.length },
      amountsFen: {
        claimed: sum(cohort.flatMap((f) => (f.registration['claims'] as { amountFen?: number }[]).map((c) => c.amountFen))),
        agreed: sum(cohort.map((f) => ((f.last('DisputeClosed')?.['amounts'] as Record<string, number> | undefined)?.['agreed'] ?? f.last('MediationAgreementReached')?.['agreedFen']) as number | undefined)),
        awarded: sum(cohort.map((f) => ((f.last('DisputeClosed')?.['amounts'] as Record<string, number> | undefined)?.['awarded'] ?? sum(((f.last('AwardIssued')?.['items'] ?? []) as { awardedFen?: number }[]).map((i) => i.awardedFen))))),
        recovered: sum(cohort.map((f) => ((f.last('DisputeClosed')?.['amounts'] as Record<string, number> | undefined)?.['recovered'] ?? f.last('MediationAgreementPerformed')?.['recoveredFen']) as number | undefined)),
      },
      collectiveDisputes: collective.length,
      workersInCollectiveDisputes: sum(collective.map(workers)),
      workersInvolved: sum(cohort.map(workers)),
    });
    // The seeded set has every kind of figure: closures in each stage, mediation windows that expired, collective cases.
    expect([settled, inArbitration, inCourt, collective.length, count((f) => f.has('MediationWindowExpired'))].every((n) => n > 0)).toBe(true);
  });
});

function between(value: unknown, from: string, to: string): boolean {
  return typeof value === 'string' && value >= from && value <= to;
}
