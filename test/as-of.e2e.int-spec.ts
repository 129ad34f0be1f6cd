import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { testDatabaseUrl } from '#database';
import type { DisputeCommand } from '#dispute';
import { disputeStream, PostgresEventStore } from '#event-store';
import { caseFile, EMPLOYER, registration, WORKER } from '../libs/dispute/src/testing/case-file.js';
import { accept, apply, award, basicCourt, composeSole, hearing, openMediation, received, session } from '../libs/dispute/src/scenarios/steps.js';
import { bootApp } from './support/boot-app.js';
import { HandFold, type PlainEvent } from './support/hand-fold.js';
import { tokenFor } from './support/tokens.js';

/**
 * One long case (mediation → failed → arbitration with a suspension and an extension → award → suit), its facts
 * recorded day by day. `asOf` folds by recording time; the store stamps `recorded_at` itself, so after each day's
 * append the test moves that day's rows to 10:00 Shanghai of the day, as if recorded then.
 */
const days: [string, [DisputeCommand, string][]][] = [
  ['2026-03-02', [[registration('2026-03-02'), 'mediator'], [openMediation('2026-03-02'), 'mediator']]],
  ['2026-03-04', [[session('s1', '2026-03-04', 'adjourned'), 'mediator'], [{ type: 'RecordMediationFailed', data: { failedOn: '2026-03-04', reason: 'no agreement' } }, 'mediator']]],
  ['2026-03-05', [[apply('2026-03-05'), 'arbitration-clerk']]],
  ['2026-03-06', [[accept('2026-03-06'), 'arbitration-clerk']]],
  ['2026-03-09', [[composeSole('2026-03-09'), 'arbitration-clerk'], [hearing('2026-03-09', '2026-03-20'), 'arbitration-clerk']]],
  ['2026-03-20', [[{ type: 'SuspendArbitration', data: { ground: 'party_died_awaiting_heirs', suspendedOn: '2026-03-20' } }, 'commission-chair']]],
  ['2026-04-10', [[{ type: 'ResumeArbitration', data: { resumedOn: '2026-04-10' } }, 'commission-chair']]],
  ['2026-04-20', [[{ type: 'ExtendAwardDeadline', data: { extensionDays: 15, approvedBy: 'chair-1', approvalRef: 'EXT-7', partiesNotifiedOn: '2026-04-20' } }, 'commission-chair']]],
  ['2026-05-20', [[award('2026-05-20', [{ claimId: 'c1', awardedFen: 1_200_000, decision: 'pay' }, { claimId: 'c2', awardedFen: 4_000_000, decision: 'pay' }]), 'arbitrator']]],
  ['2026-05-22', [[received(WORKER, '2026-05-22'), 'arbitration-clerk'], [received(EMPLOYER, '2026-05-22'), 'arbitration-clerk']]],
  ['2026-05-27', [[{ type: 'FileSuit', data: { partyId: EMPLOYER, court: basicCourt, basis: 'after_non_final_award', filedOn: '2026-05-27' } }, 'court-liaison']]],
];

describe('GET /disputes/{id}?asOf=: a long case as it stood at the end of each of several days', () => {
  let app: NestFastifyApplication;
  const disputeId = randomUUID();
  const recorded: { day: string; event: PlainEvent }[] = [];

  beforeAll(async () => {
    app = await bootApp('api', { NODE_ENV: 'test', TEST_CLOCK: '2026-06-01T02:00:00.000Z' });
    const store = PostgresEventStore.connect(testDatabaseUrl());
    const db = new pg.Client({ connectionString: testDatabaseUrl() });
    await db.connect();
    const dispute = caseFile(disputeId);
    try {
      for (const [day, commands] of days) {
        const before = dispute.facts.length;
        const events = commands.flatMap(([command, role]) => {
          const correlationId = randomUUID();
          const actor = { userId: `${role}-1`, role, organisationId: role === 'mediator' ? 'body-xihu' : role === 'court-liaison' ? basicCourt.courtId : 'commission-hz' };
          return dispute.on(day, command, role as never).map((f) => ({ id: randomUUID(), type: f.type, data: f.data, metadata: { actor, organisationId: actor.organisationId, correlationId, causationId: correlationId, summary: f.type } }));
        });
        const facts = dispute.facts.slice(before);
        await store.append(disputeStream(disputeId), events, { expected: before === 0 ? 'no_stream' : before - 1 });
        await db.query(`UPDATE es_events SET recorded_at = $1 WHERE stream_name = $2 AND revision >= $3`, [`${day}T02:00:00Z`, disputeStream(disputeId), before]);
        for (const fact of facts) recorded.push({ day, event: fact });
      }
    } finally {
      await db.end();
      await store.close();
    }
  });
  afterAll(() => app.close());

  const asOf = async (day: string) => {
    const response = await app.inject({ method: 'GET', url: `/disputes/${disputeId}?asOf=${day}`, headers: { authorization: `Bearer ${await tokenFor('admin')}` } });
    expect(response.statusCode).toBe(200);
    return response.json() as { revision: number; overview: { stage: string; status: string; nextDeadline: { id: string; rule: string; dueOn: string } | null; deadlines: { id: string; rule: string; dueOn: string | null; status: string }[] } };
  };

  /** The facts recorded up to the end of `day`, folded by hand: which deadlines were live, and when each was due. */
  const byHand = (day: string) => {
    const facts = recorded.filter((r) => r.day <= day).map((r) => r.event);
    const fold = new HandFold(facts);
    const live = [...fold.deadlines.entries()]
      .filter(([, d]) => d.status === 'running' || d.status === 'paused')
      .map(([id, d]) => ({ id, rule: d.rule, dueOn: d.dueOn, status: d.status }))
      .sort((a, b) => a.id.localeCompare(b.id));
    const next = live.filter((d) => d.dueOn !== null).sort((a, b) => a.dueOn!.localeCompare(b.dueOn!) || a.id.localeCompare(b.id))[0];
    return { revision: facts.length - 1, fold, live, next };
  };

  const expectAsOf = async (day: string, stage: string, status: string) => {
    const answer = await asOf(day);
    const hand = byHand(day);
    expect({ day, revision: answer.revision }).toEqual({ day, revision: hand.revision });
    expect({ day, stage: answer.overview.stage, status: answer.overview.status }).toEqual({ day, stage, status });
    expect(answer.overview.deadlines).toEqual(hand.live);
    expect(answer.overview.nextDeadline).toEqual(hand.next ? { id: hand.next.id, rule: hand.next.rule, dueOn: hand.next.dueOn } : null);
    return { answer, hand };
  };

  it('before registration there is no case yet', async () => {
    const { answer } = await expectAsOf('2026-03-01', 'intake', 'unregistered');
    expect(answer.revision).toBe(-1);
  });

  it('in mediation: the 15-day window (LDMAL 14) from receipt on 03-02 ends 03-17', async () => {
    const { answer } = await expectAsOf('2026-03-03', 'mediation', 'open');
    expect(answer.overview.nextDeadline).toEqual({ id: 'mediationWindowIsFifteenDays', rule: 'mediationWindowIsFifteenDays', dueOn: '2026-03-17' });
  });

  it('applied after the failed mediation: awaiting acceptance, the window gone', async () => {
    const { answer } = await expectAsOf('2026-03-05', 'arbitration', 'applied');
    expect(answer.overview.nextDeadline?.rule).toBe('acceptanceWithinFiveDays');
    expect(answer.overview.deadlines.map((d) => d.rule)).not.toContain('mediationWindowIsFifteenDays');
  });

  it('accepted on 03-06: the 45-day award deadline (LDMAL 43) runs to 04-20', async () => {
    const { answer } = await expectAsOf('2026-03-10', 'arbitration', 'accepted');
    expect(answer.overview.deadlines.find((d) => d.rule === 'awardWithinFortyFiveDays')).toMatchObject({ dueOn: '2026-04-20', status: 'running' });
  });

  it('suspended on 03-20: the award deadline is paused and has no date', async () => {
    const { answer } = await expectAsOf('2026-03-25', 'arbitration', 'accepted');
    expect(answer.overview.deadlines.find((d) => d.rule === 'awardWithinFortyFiveDays')).toMatchObject({ dueOn: null, status: 'paused' });
  });

  it('resumed on 04-10 and extended by 15 days on 04-20: the due date moves each time', async () => {
    const resumed = (await expectAsOf('2026-04-15', 'arbitration', 'accepted')).answer.overview.deadlines.find((d) => d.rule === 'awardWithinFortyFiveDays')!;
    // 14 days remained on 03-20 (03-20 → 04-20 less the days used); resumed on 04-10 they run to 05-11.
    expect(resumed).toMatchObject({ status: 'running', dueOn: '2026-05-11' });
    const extended = (await expectAsOf('2026-04-25', 'arbitration', 'accepted')).answer.overview.deadlines.find((d) => d.rule === 'awardWithinFortyFiveDays')!;
    expect(extended).toMatchObject({ status: 'running', dueOn: '2026-05-26' });
  });

  it('awarded and received: in the challenge windows; then in court once the employer sues', async () => {
    const windows = await expectAsOf('2026-05-23', 'litigation', 'challenge_window');
    expect(windows.answer.overview.deadlines.map((d) => d.rule)).toEqual(expect.arrayContaining(['suitAfterNonFinalAwardFifteenDays']));
    await expectAsOf('2026-05-28', 'litigation', 'in_court');
  });
});
