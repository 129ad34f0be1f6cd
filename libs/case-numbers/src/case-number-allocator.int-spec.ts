import { randomBytes } from 'node:crypto';
import { prepareTestDatabase } from '#database';
import { PostgresEventStore, type EventStore } from '#event-store';
import { CaseNumberAllocator, caseNumberStream } from './case-number-allocator.js';
import { parseCaseNumber, type CaseNumberFormat } from './case-number-format.js';
import type { CaseNumberAllocated } from './events.js';

const format: CaseNumberFormat = { prefix: '杭劳人仲案字' };
const YEAR = 2026;
let url: string;
const stores: PostgresEventStore[] = [];

/** A store of its own, as another process would have: its own pool, its own connections. */
const processStore = (): PostgresEventStore => {
  const store = PostgresEventStore.connect(url, { poolSize: 3 });
  stores.push(store);
  return store;
};
// A fresh commission per test: the test database is shared and never emptied.
const newCommission = () => `it_${randomBytes(6).toString('hex')}`;
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

beforeAll(async () => {
  url = await prepareTestDatabase();
});

afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
});

describe('CaseNumberAllocator on PostgreSQL', () => {
  it('gives 8 concurrent processes × 25 acceptances exactly the numbers 1..200, none twice, none skipped', async () => {
    const commissionId = newCommission();
    const processes = range(8).map(() => new CaseNumberAllocator(processStore()));
    const allocated = await Promise.all(
      processes.map(async (allocator, p) => {
        const mine = [];
        for (const i of range(25)) mine.push(await allocator.allocate({ commissionId, year: YEAR, disputeId: `dispute-${p}-${i}`, format }));
        return mine;
      }),
    );

    const numbers = allocated.flat();
    expect(numbers.map((n) => n.sequence).sort((a, b) => a - b)).toEqual(range(200));
    expect(new Set(numbers.map((n) => n.caseNumber)).size).toBe(200);
    for (const n of numbers) expect(parseCaseNumber(format, n.caseNumber)).toEqual({ year: YEAR, sequence: n.sequence });

    // The stream is the register: one event per dispute, numbered in the order appended.
    const recorded = await processStore().readStream(caseNumberStream(commissionId, YEAR));
    const data = recorded.map((r) => r.data as CaseNumberAllocated['data']);
    expect(data.map((d) => d.sequence)).toEqual(range(200));
    expect(new Set(data.map((d) => d.disputeId)).size).toBe(200);
  });

  it('gives a dispute the same number however often, and by whichever process, it is asked', async () => {
    const commissionId = newCommission();
    const first = new CaseNumberAllocator(processStore());
    const other = new CaseNumberAllocator(processStore());
    await first.allocate({ commissionId, year: YEAR, disputeId: 'before', format });
    const given = await first.allocate({ commissionId, year: YEAR, disputeId: 'retried', format });

    expect(await first.allocate({ commissionId, year: YEAR, disputeId: 'retried', format })).toEqual(given);
    expect(await other.allocate({ commissionId, year: YEAR, disputeId: 'retried', format })).toEqual(given);
    expect(given).toMatchObject({ sequence: 2, caseNumber: '杭劳人仲案字〔2026〕第2号' });
    expect(await processStore().readStream(caseNumberStream(commissionId, YEAR))).toHaveLength(2);
  });

  it('gives one number to a dispute that several processes accept at the same moment', async () => {
    const commissionId = newCommission();
    const answers = await Promise.all(range(8).map(() => new CaseNumberAllocator(processStore()).allocate({ commissionId, year: YEAR, disputeId: 'contested', format })));

    expect(new Set(answers.map((a) => a.caseNumber))).toEqual(new Set(['杭劳人仲案字〔2026〕第1号']));
    expect(await processStore().readStream(caseNumberStream(commissionId, YEAR))).toHaveLength(1);
  });

  it('returns the number already written when the first answer was lost after the commit', async () => {
    const commissionId = newCommission();
    const store = processStore();
    const lostAnswer: EventStore = Object.assign(Object.create(store) as EventStore, {
      append: async (...args: Parameters<EventStore['append']>) => {
        await store.append(...args);
        throw new Error('Connection terminated unexpectedly');
      },
    });
    await expect(new CaseNumberAllocator(lostAnswer).allocate({ commissionId, year: YEAR, disputeId: 'd1', format })).rejects.toThrow('Connection terminated');

    const retried = await new CaseNumberAllocator(processStore()).allocate({ commissionId, year: YEAR, disputeId: 'd1', format });
    expect(retried.sequence).toBe(1);
    expect(await processStore().readStream(caseNumberStream(commissionId, YEAR))).toHaveLength(1);
  });

  it('starts every year at 1, per commission', async () => {
    const commissionId = newCommission();
    const allocator = new CaseNumberAllocator(processStore());
    await allocator.allocate({ commissionId, year: 2026, disputeId: 'd1', format });
    await allocator.allocate({ commissionId, year: 2026, disputeId: 'd2', format });

    expect(await allocator.allocate({ commissionId, year: 2027, disputeId: 'd3', format })).toMatchObject({ sequence: 1, caseNumber: '杭劳人仲案字〔2027〕第1号' });
    expect(await allocator.allocate({ commissionId: newCommission(), year: 2026, disputeId: 'd4', format })).toMatchObject({ sequence: 1 });
  });

  it('keeps a voided number spent: never given again, and shown voided in the register', async () => {
    const commissionId = newCommission();
    const allocator = new CaseNumberAllocator(processStore(), { now: () => '2026-03-01T02:00:00.000Z' });
    await allocator.allocate({ commissionId, year: YEAR, disputeId: 'refused', format });
    await allocator.allocate({ commissionId, year: YEAR, disputeId: 'accepted', format });

    const voided = await allocator.void({ commissionId, year: YEAR, disputeId: 'refused', reason: 'acceptance revoked on review' });
    expect(voided).toMatchObject({ sequence: 1, caseNumber: '杭劳人仲案字〔2026〕第1号', reason: 'acceptance revoked on review' });
    expect(await allocator.void({ commissionId, year: YEAR, disputeId: 'refused', reason: 'again' })).toEqual(voided);

    expect(await allocator.allocate({ commissionId, year: YEAR, disputeId: 'next', format })).toMatchObject({ sequence: 3 });
    // Accepted anew later, the dispute gets a new number: the voided one stays spent.
    expect(await allocator.allocate({ commissionId, year: YEAR, disputeId: 'refused', format })).toMatchObject({ sequence: 4 });

    const register = await new CaseNumberAllocator(processStore()).register(commissionId, YEAR);
    expect(register.map((a) => [a.sequence, a.disputeId, a.voided !== undefined])).toEqual([
      [1, 'refused', true],
      [2, 'accepted', false],
      [3, 'next', false],
      [4, 'refused', false],
    ]);
    await expect(allocator.void({ commissionId, year: YEAR, disputeId: 'never-numbered', reason: 'x' })).rejects.toThrow('holds no case number');
  });
});
