import { randomUUID } from 'node:crypto';
import { BullMqJobQueues } from './bullmq-job-queues.js';
import { InProcessJobQueues } from './in-process-job-queues.js';
import type { JobQueues, RunningJob } from './job-queues.js';

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';

const until = async (check: () => boolean | Promise<boolean>, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/** The same promises from both drivers: timers and notifications must not care which one runs them. */
describe.each([
  ['in process', () => new InProcessJobQueues()],
  ['BullMQ (real Redis)', () => new BullMqJobQueues(redisUrl, { lockMs: 2_000 })],
] as const)('job queues: %s', (_driver, create) => {
  let queues: JobQueues;
  let queue: string;
  beforeEach(() => {
    queues = create();
    queue = `test-${randomUUID()}`;
  });
  afterEach(() => queues.close());

  it('runs each id once, however often it is added, and not before its delay', async () => {
    const runs: { id: string; at: number }[] = [];
    queues.process(queue, async (job) => void runs.push({ id: job.id, at: Date.now() }), { concurrency: 4 });
    const addedAt = Date.now();
    await queues.add(queue, [{ name: 'n', id: 'a', data: 1, delayMs: 300 }, { name: 'n', id: 'b', data: 2 }]);
    await queues.add(queue, [{ name: 'n', id: 'a', data: 1, delayMs: 300 }, { name: 'n', id: 'b', data: 2 }]);
    await until(() => runs.length === 2);
    await queues.add(queue, [{ name: 'n', id: 'b', data: 2 }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(runs.map((r) => r.id).sort()).toEqual(['a', 'b']);
    expect(runs.find((r) => r.id === 'a')!.at - addedAt).toBeGreaterThanOrEqual(290);
  });

  it('a removed job never runs', async () => {
    const runs: string[] = [];
    queues.process(queue, async (job) => void runs.push(job.id));
    await queues.add(queue, [{ name: 'n', id: 'gone', data: {}, delayMs: 200 }, { name: 'n', id: 'kept', data: {}, delayMs: 250 }]);
    await queues.remove(queue, 'gone');
    await queues.remove(queue, 'never-added');
    await until(() => runs.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(runs).toEqual(['kept']);
  });

  it('retries with exponential backoff and reports the final failure once', async () => {
    const tries: { attemptsMade: number; at: number }[] = [];
    const failures: { attemptsMade: number; final: boolean }[] = [];
    queues.process(
      queue,
      async (job: RunningJob) => {
        tries.push({ attemptsMade: job.attemptsMade, at: Date.now() });
        throw new Error('receiver down');
      },
      { onFailed: (job, _error, final) => void failures.push({ attemptsMade: job.attemptsMade, final }) },
    );
    await queues.add(queue, [{ name: 'n', id: 'x', data: {}, attempts: 3, backoffMs: 100 }]);
    await until(() => failures.some((f) => f.final));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(tries.map((t) => t.attemptsMade)).toEqual([0, 1, 2]);
    expect(failures).toEqual([
      { attemptsMade: 0, final: false },
      { attemptsMade: 1, final: false },
      { attemptsMade: 2, final: true },
    ]);
    // 100 ms, then 200 ms: the second wait is the longer one.
    expect(tries[2]!.at - tries[1]!.at).toBeGreaterThan(tries[1]!.at - tries[0]!.at);
    expect(await queues.counts(queue)).toMatchObject({ failed: 1, waiting: 0, delayed: 0, active: 0 });
  });

  it('a job that succeeds after a failure completes once', async () => {
    let tries = 0;
    const done: number[] = [];
    queues.process(queue, async () => {
      tries++;
      if (tries === 1) throw new Error('first try fails');
      done.push(tries);
    });
    await queues.add(queue, [{ name: 'n', id: 'y', data: {}, attempts: 5, backoffMs: 50 }]);
    await until(() => done.length === 1);
    expect(done).toEqual([2]);
    await until(async () => (await queues.counts(queue)).completed === 1);
  });
});
