/** Order statistics for the bench: medians of repeated runs, percentiles of latency samples. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Runs `measure` `runs` times and keeps every result, so the report can show the median and the spread. */
export async function repeat<T>(runs: number, measure: (run: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < runs; run++) results.push(await measure(run));
  return results;
}

/** Median of one numeric field over repeated runs. */
export const medianOf = <T>(runs: readonly T[], field: (run: T) => number): number => median(runs.map(field));
