import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { BullMqJobQueues, InProcessJobQueues, type JobQueues } from '#jobs';
import { DEADLINE_QUEUE, DeadlineScheduler, jobIdOf, type PendingDeadline } from './deadline-scheduler.js';

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';
const NOW = new Date('2026-06-01T00:00:00.000Z');

const row = (key: string, version: number, status: 'running' | 'cancelled' = 'running'): PendingDeadline => ({
  deadline_key: key,
  dispute_id: key.split(':')[0]!,
  deadline_id: 'awardWithinFortyFiveDays',
  rule: 'awardWithinFortyFiveDays',
  due_on: '2026-07-15',
  status,
  due_version: version,
});

/** The batch apply against the real Redis: which job ids exist afterwards, read straight from BullMQ's keys. */
describe('DeadlineScheduler.apply in bulk (BullMQ, real Redis)', () => {
  let queues: JobQueues;
  let scheduler: DeadlineScheduler;
  let redis: Redis;
  let queue: Queue;
  const keys: string[] = [];
  const key = () => {
    const k = `${randomUUID()}:awardWithinFortyFiveDays`;
    keys.push(k);
    return k;
  };
  const present = async (ids: readonly string[]): Promise<Set<string>> => {
    const pipeline = redis.pipeline();
    for (const id of ids) pipeline.exists(queue.toKey(id));
    const replies = (await pipeline.exec()) ?? [];
    return new Set(ids.filter((_, n) => replies[n]?.[1] === 1));
  };
  const versions = (k: string) => [1, 2, 3, 4].map((v) => jobIdOf(k, v));

  beforeAll(() => {
    queues = new BullMqJobQueues(redisUrl, { lockMs: 2_000 });
    scheduler = new DeadlineScheduler(queues, 'Asia/Shanghai', () => NOW);
    redis = new Redis(redisUrl);
    queue = new Queue(DEADLINE_QUEUE, { connection: redis });
  });
  afterAll(async () => {
    await queues.removeMany(DEADLINE_QUEUE, keys.flatMap(versions));
    await queue.close();
    await queues.close();
    redis.disconnect();
  });

  it('keeps one job per deadline at its latest version: duplicates in a batch collapse, a later version replaces an earlier one', async () => {
    const a = key();
    await scheduler.apply([row(a, 1), row(a, 3), row(a, 2)]);
    expect([...(await present(versions(a)))]).toEqual([jobIdOf(a, 3)]);
    const b = key();
    await scheduler.apply([row(b, 1)]);
    await scheduler.apply([row(b, 2)]);
    expect([...(await present(versions(b)))]).toEqual([jobIdOf(b, 2)]);
  });

  it('removes a cancelled deadline’s job, including when its add and its cancellation arrive in one batch', async () => {
    const a = key();
    await scheduler.apply([row(a, 1)]);
    await scheduler.apply([row(a, 2, 'cancelled')]);
    expect((await present(versions(a))).size).toBe(0);
    const b = key();
    await scheduler.apply([row(b, 1), row(b, 2, 'cancelled')]);
    expect((await present(versions(b))).size).toBe(0);
  });

  it('ends right on a mixed batch of 10,000 rows', async () => {
    const deadlines = Array.from({ length: 5_000 }, () => key());
    await scheduler.apply(deadlines.map((k) => row(k, 1)));
    await scheduler.apply(deadlines.map((k, n) => row(k, 2, n % 2 === 0 ? 'running' : 'cancelled')).concat(deadlines.map((k) => row(k, 1))));
    const jobs = await present(deadlines.flatMap(versions));
    expect(jobs.size).toBe(2_500);
    for (const [n, k] of deadlines.entries()) expect(jobs.has(jobIdOf(k, 2))).toBe(n % 2 === 0);
  }, 60_000);
});

describe('JobQueues.removeMany (in process)', () => {
  it('removes the given jobs before they run and ignores unknown ids', async () => {
    const queues = new InProcessJobQueues();
    const ran: string[] = [];
    queues.process('q', async (job) => void ran.push(job.id));
    await queues.add('q', [{ name: 'n', id: 'a', data: 1, delayMs: 200 }, { name: 'n', id: 'b', data: 2, delayMs: 200 }]);
    await queues.removeMany('q', ['a', 'unknown']);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(ran).toEqual(['b']);
    await queues.close();
  });
});
