import type { RecordedEvent } from '#event-store';
import { START } from '#event-store';
import { evolveStreamSummary } from './stream-summary/stream-summary.projection.js';
import { openProjectionHarness, sleep, until, type ProjectionHarness } from './testing/projection-fixture.js';

describe('projection runner (real PostgreSQL and event store)', () => {
  let env: ProjectionHarness;
  const stream: ProjectionHarness['stream'] = (overrides) => env.stream(overrides);
  beforeAll(async () => {
    env = await openProjectionHarness();
  });
  afterEach(() => env.stopRunners());
  afterAll(() => env?.dispose());

  it('catches up in batches, then follows live appends, reporting its lag until caught up', async () => {
    const p = await stream();
    await p.write(20, 5);
    await sleep(20);
    const before = await p.status();
    expect(before).toMatchObject({ checkpoint: START, eventsBehind: 100, active: false, rebuilding: false });
    expect(before.secondsBehind).toBeGreaterThan(0);

    const batches: number[] = [];
    const runner = p.runner({ beforeCommit: async (events) => void batches.push(events.length) });
    runner.start();
    await until(p.caughtUp);
    await p.write(5, 3);
    await until(async () => (await p.rows()).length === 25 && (await p.caughtUp()));

    expect(await p.rows()).toEqual(await p.expected());
    const events = await p.events();
    expect(await p.status()).toMatchObject({ checkpoint: events.at(-1)!.position, eventsBehind: 0, secondsBehind: 0, active: true });
    // Every event in exactly one committed batch; batches of at most 50, not one per event.
    expect(batches.reduce((a, b) => a + b, 0)).toBe(115);
    expect(Math.max(...batches)).toBeLessThanOrEqual(50);
    expect(batches.length).toBeLessThan(30);
  });

  it('a crash after the rows are written but before commit applies nothing; the restart applies each event once', async () => {
    const p = await stream();
    await p.write(30, 4);
    let crashing = true;
    let crashes = 0;
    const committed: number[] = [];
    p.runner({
      beforeCommit: async (events) => {
        if (crashing) {
          crashes++;
          throw new Error('simulated crash between the writes and the commit');
        }
        committed.push(events.length);
      },
    }).start();
    await until(() => crashes >= 3);
    expect(await p.rows()).toEqual([]);
    expect(await p.status()).toMatchObject({ checkpoint: START, eventsBehind: 120 });

    crashing = false;
    await until(p.caughtUp);
    expect(await p.rows()).toEqual(await p.expected());
    expect(committed.reduce((a, b) => a + b, 0)).toBe(120);
  });

  it('a poison event stalls the projection just before itself, retried with backoff, until it is fixed', async () => {
    let poisoned = true;
    const log: string[] = [];
    const p = await stream({
      evolve: (row, event) => {
        if (poisoned && event.type === 'Poison') throw new Error('cannot fold this');
        return evolveStreamSummary(row, event);
      },
    });
    const [healthy] = await p.write(1, 3);
    const [sick] = await p.write(1, 1, () => 'Poison');
    await p.write(1, 2);
    const started = Date.now();
    p.runner({ retryMs: 100, maxRetryMs: 400, log: (message, error) => log.push(`${message} ${(error as Error).message}`) }).start();
    await sleep(1_500);

    // Backoff 100, 200, 400, 400…: a handful of attempts in 1.5 s, not thousands.
    expect(log.length).toBeGreaterThanOrEqual(3);
    expect(log.length).toBeLessThanOrEqual(Math.ceil((Date.now() - started) / 100));
    const poison = (await p.events()).find((e) => e.stream === sick)!;
    expect(log.at(-1)).toContain(`event ${poison.id} (Poison, ${sick}@0`);
    expect((await p.rows()).map((r) => [r.stream_name, r.events_count])).toEqual([[healthy, 3]]);
    expect(await p.status()).toMatchObject({ eventsBehind: 3 });

    poisoned = false;
    await until(p.caughtUp);
    expect(await p.rows()).toEqual(await p.expected());
  });

  it('runs side effects after commit, at least once, resuming those a failure interrupted', async () => {
    const effects: string[] = [];
    let failNext = true;
    const p = await stream({
      sideEffects: async (events: readonly RecordedEvent[]) => {
        if (failNext) {
          failNext = false;
          throw new Error('notification service down');
        }
        effects.push(...events.map((e) => e.id));
      },
    });
    await p.write(10, 3);
    p.runner().start();
    await until(async () => effects.length >= 30 && (await p.caughtUp()));
    await p.write(2, 2);
    await until(async () => effects.length >= 34);
    await sleep(200);

    const events = await p.events();
    expect([...effects].sort()).toEqual(events.map((e) => e.id).sort());
    expect(await p.rows()).toEqual(await p.expected());
    expect(await p.checkpoint()).toEqual({ position: events.at(-1)!.position, effects_position: events.at(-1)!.position });
  });

  it('only one of two runners applies; when the active one loses its session or stops, the other takes over', async () => {
    const p = await stream();
    const applied = { first: 0, second: 0 };
    const count = (who: keyof typeof applied) => async (events: readonly RecordedEvent[]) => void (applied[who] += events.length);
    // The first, once it loses its lock, waits longer before trying again: the second is the one to take over.
    const first = p.runner({ beforeCommit: count('first'), lockRetryMs: 3_000 });
    const second = p.runner({ beforeCommit: count('second') });
    first.start();
    await until(() => first.isActive);
    second.start();
    await p.write(10, 2);
    await until(p.caughtUp);
    await sleep(300);
    expect([first.isActive, second.isActive]).toEqual([true, false]);
    expect(applied).toEqual({ first: 20, second: 0 });
    expect(await holders(p.definition.name)).toBe(1);

    // A dying process loses its sessions: kill the first runner's lock session.
    await env.dataSource.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [
      `projection:${p.definition.name}`,
    ]);
    await until(() => second.isActive && !first.isActive);
    await p.write(10, 2);
    await until(p.caughtUp);
    expect(applied).toEqual({ first: 20, second: 20 });

    await second.stop();
    await until(() => first.isActive);
    await p.write(5, 2);
    await until(p.caughtUp);
    expect(applied).toEqual({ first: 30, second: 20 });
    expect(await p.rows()).toEqual(await p.expected());
  });

  async function holders(name: string): Promise<number> {
    const rows: { n: number }[] = await env.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a USING (pid) WHERE l.locktype = 'advisory' AND l.granted AND a.application_name = $1`,
      [`projection:${name}`],
    );
    return rows[0]!.n;
  }
});
