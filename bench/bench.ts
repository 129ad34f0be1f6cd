import 'reflect-metadata';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { latencyChart, renderReport } from './report.js';
import { runBench, saveResult, type BenchResult } from './run-bench.js';

/**
 * `npm run bench [-- --disputes 50000 --runs 3 --seconds 5]` or `-- --quick`: the benchmark suite against the real
 * PostgreSQL (BENCH_DATABASE_URL, default labour_disputes_bench, dropped and regenerated) and Redis (BENCH_REDIS_URL,
 * default database 9, flushed). Writes bench/results/<disputes>.json, docs/benchmarks.md and its chart.
 */
const { values } = parseArgs({
  options: {
    disputes: { type: 'string' },
    runs: { type: 'string' },
    seconds: { type: 'string' },
    deadlines: { type: 'string' },
    targets: { type: 'string' },
    quick: { type: 'boolean', default: false },
    /** Keep the benchmark database if it already holds the generated disputes (skips and does not time generation). */
    reuse: { type: 'boolean', default: false },
    /** Only render docs/benchmarks.md and the chart again from the results already in bench/results. */
    'render-only': { type: 'boolean', default: false },
    'results-dir': { type: 'string' },
    'docs-dir': { type: 'string' },
  },
});
const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const quick = values.quick;
const number = (value: string | undefined, full: number, small: number) => Number(value ?? (quick ? small : full));
const resultsDir = values['results-dir'] ?? join(root, 'bench/results');
const docsDir = values['docs-dir'] ?? join(root, 'docs');

if (!values['render-only']) {
  const result = await runBench({
    databaseUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/labour_disputes_bench',
    redisUrl: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/9',
    disputes: number(values.disputes, 10_000, 500),
    runs: number(values.runs, 3, 1),
    seconds: number(values.seconds, 5, 1),
    concurrencies: [1, 8, 32],
    deadlines: number(values.deadlines, 100_000, 2_000),
    targets: number(values.targets, 500, 40),
    profileFile: join(tmpdir(), `labour-disputes-bench-${process.pid}.cpuprofile`),
    reuse: values.reuse,
  });
  console.log(`results in ${saveResult(result, resultsDir)}`);
}
const all = readdirSync(resultsDir)
  .filter((file) => /^\d+\.json$/.test(file))
  .map((file) => JSON.parse(readFileSync(join(resultsDir, file), 'utf8')) as BenchResult);
const largest = all.reduce((a, b) => (b.disputes > a.disputes ? b : a));
mkdirSync(docsDir, { recursive: true });
writeFileSync(join(docsDir, 'benchmarks-latency.svg'), latencyChart(largest));
writeFileSync(join(docsDir, 'benchmarks.md'), renderReport(all, 'benchmarks-latency.svg'));
console.log(`report in ${join(docsDir, 'benchmarks.md')}`);
