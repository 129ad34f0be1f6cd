import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { DEADLINE_QUEUE, jobIdOf } from '#deadline-timers';
import { endOfLegalDay } from '#calendar';
import { bootApp } from './support/boot-app.js';
import { registrationBody } from './support/registration.js';
import { testRedisUrl } from './support/test-redis.js';
import { ORG, tokenFor } from './support/tokens.js';

const CLOCK = '2026-06-10T02:00:00.000Z';
const today = '2026-06-10';
const AWARD = 'awardWithinFortyFiveDays';

interface Row {
  status: string;
  due_on: string | null;
  due_version: number;
}

/** Each change of a deadline moves its BullMQ job: one job for the running version at its due instant, none otherwise. */
describe('deadline jobs follow paused, resumed, extended and cancelled deadlines (real Redis and PostgreSQL)', () => {
  let app: NestFastifyApplication;
  let queue: Queue;
  let connection: Redis;
  let db: DataSource;

  beforeAll(async () => {
    app = await bootApp('all', { NODE_ENV: 'test', TEST_CLOCK: CLOCK });
    db = app.get(DataSource);
    connection = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    queue = new Queue(DEADLINE_QUEUE, { connection });
  });
  afterAll(async () => {
    await queue.close();
    connection.disconnect();
    await app.close();
  });

  const post = async (role: Parameters<typeof tokenFor>[0], url: string, payload: object) => {
    const response = await app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${await tokenFor(role)}` }, payload });
    if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  };
  const row = async (key: string): Promise<Row | undefined> =>
    (await db.query(`SELECT status, due_on::text AS due_on, due_version FROM case_deadlines WHERE deadline_key = $1`, [key]))[0];
  const waitFor = async <T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> => {
    const end = Date.now() + 10_000;
    for (;;) {
      const value = await read();
      if (done(value) || Date.now() > end) return value;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  /** The versions that have a job, among the first ten. */
  const jobVersions = async (key: string) => {
    const versions: number[] = [];
    for (let version = 1; version <= 10; version++) if (await queue.getJob(jobIdOf(key, version))) versions.push(version);
    return versions;
  };
  const settled = async (key: string, status: string, previousVersion: number) => {
    const current = await waitFor(() => row(key), (r) => r?.status === status && r.due_version >= previousVersion && (status !== 'running' || r.due_version > previousVersion));
    expect(current).toMatchObject({ status });
    const expected = status === 'running' ? [current!.due_version] : [];
    expect(await waitFor(() => jobVersions(key), (v) => JSON.stringify(v) === JSON.stringify(expected))).toEqual(expected);
    if (status === 'running') {
      const job = (await queue.getJob(jobIdOf(key, current!.due_version)))!;
      // Due at the end of the legal day, measured from the (fixed) test clock.
      expect(job.delay).toBe(endOfLegalDay(current!.due_on! as never, 'Asia/Shanghai').getTime() - Date.parse(CLOCK));
    }
    return current!;
  };

  it('moves the award deadline job on suspension, resumption and extension, and removes it on withdrawal', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/disputes',
      headers: { authorization: `Bearer ${await tokenFor('mediator')}` },
      payload: registrationBody({ registeredOn: today, knewOfInfringementOn: '2026-05-20' }),
    });
    const id = created.json().disputeId as string;
    const key = `${id}/${AWARD}`;
    await post('arbitration-clerk', `/disputes/${id}/arbitration/application`, { commissionId: ORG.commission, filedOn: today });
    await post('arbitration-clerk', `/disputes/${id}/arbitration/acceptance`, { acceptedOn: today });
    const accepted = await settled(key, 'running', 0);

    await post('commission-chair', `/disputes/${id}/arbitration/suspension`, { ground: 'awaiting_work_injury_determination', suspendedOn: today });
    const paused = await settled(key, 'paused', accepted.due_version);

    await post('commission-chair', `/disputes/${id}/arbitration/resumption`, { resumedOn: today });
    const resumed = await settled(key, 'running', paused.due_version);
    expect(resumed.due_on! >= accepted.due_on!).toBe(true);

    await post('commission-chair', `/disputes/${id}/arbitration/extension`, { extensionDays: 15, approvedBy: 'chair-zhao', approvalRef: 'HZ-EXT-1', partiesNotifiedOn: today });
    const extended = await settled(key, 'running', resumed.due_version);
    expect(extended.due_on! > resumed.due_on!).toBe(true);

    await post('arbitration-clerk', `/disputes/${id}/arbitration/withdrawal`, { withdrawnOn: today, reason: 'settled' });
    await settled(key, 'cancelled', extended.due_version);
  });
});
