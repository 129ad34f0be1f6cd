import type { Position, RecordedEvent } from '#event-store';
import { batches } from './batches.js';

const event = (n: number): RecordedEvent => ({
  id: `e${n}`, type: 'Happened', stream: 's-1', revision: n, position: String(n).padStart(4, '0') as Position,
  data: {}, metadata: {}, recordedAt: new Date(0),
});

/** Events 0..n-1 arrive in chunks; between chunks the source waits as a database read would. */
async function* chunked(sizes: readonly number[]): AsyncGenerator<RecordedEvent> {
  let n = 0;
  for (const size of sizes) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    for (let i = 0; i < size; i++) yield event(n++);
  }
}

const collect = async (source: AsyncIterable<RecordedEvent>, max: () => number) => {
  const out: number[][] = [];
  for await (const batch of batches(source, max)) out.push(batch.map((e) => e.revision));
  return out;
};

describe('batching a subscription', () => {
  it('takes what is already there without waiting for a full batch', async () => {
    expect((await collect(chunked([3, 2]), () => 500)).map((b) => b.length)).toEqual([3, 2]);
  });

  it('splits what is there at the limit and never loses or reorders an event', async () => {
    const result = await collect(chunked([7, 4]), () => 3);
    // Where a batch ends between the chunks depends on timing (a loaded machine joins the 7th event to the next
    // chunk); what must hold is the limit, the order and that nothing is lost.
    expect(result.every((b) => b.length >= 1 && b.length <= 3)).toBe(true);
    expect(result.slice(0, 2).map((b) => b.length)).toEqual([3, 3]);
    expect(result.flat()).toEqual([...Array(11).keys()]);
  });

  it('asks the limit afresh for every batch', async () => {
    const limits = [1, 1, 5];
    expect((await collect(chunked([6]), () => limits.shift() ?? 5)).map((b) => b.length)).toEqual([1, 1, 4]);
  });
});
