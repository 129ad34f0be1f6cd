import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDatabaseUrl } from '#database';

/**
 * The benchmark suite at toy sizes, end to end, so `npm run bench` cannot rot: the built CLI (dist/bench/bench.js)
 * generates, measures every section, profiles and renders. No thresholds: speed is judged by the real run, never
 * by a test. Its own database (the test database's name + `_bench_smoke`, dropped and rebuilt) and the test Redis
 * database (flushed, as every suite here flushes its own).
 */
const cli = new URL('../dist/bench/bench.js', import.meta.url).pathname;

function smokeDatabaseUrl(): string {
  const url = new URL(testDatabaseUrl());
  url.pathname = `${url.pathname}_bench_smoke`;
  return url.toString();
}

describe('npm run bench (smoke: tiny sizes, no thresholds)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('generates, measures every section against its same-run baseline and writes the report and chart', async () => {
    const child = spawn(
      process.execPath,
      [cli, '--quick', '--disputes', '60', '--deadlines', '500', '--targets', '8', '--results-dir', join(dir, 'results'), '--docs-dir', join(dir, 'docs')],
      { env: { ...process.env, BENCH_DATABASE_URL: smokeDatabaseUrl(), BENCH_REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });

    const result = JSON.parse(readFileSync(join(dir, 'results', '60.json'), 'utf8'));
    expect(result.disputes).toBe(60);
    expect(result.events).toBeGreaterThan(60 * 5);
    // Every figure is a real measurement of this run: positive rates, for every concurrency, beside its baseline.
    for (const c of [1, 8, 32]) {
      expect(result.rawSingle[c][0].perSecond).toBeGreaterThan(0);
      expect(result.httpConstant[c][0].perSecond).toBeGreaterThan(0);
      expect(result.command[c][0]).toMatchObject({ errors: 0 });
      // 32 connections share 8 cases here: a command whose bounded retries all met a concurrent append answers 409,
      // the documented answer under contention. Anything else (4xx, 5xx) is a broken bench or app.
      const refused = Object.keys(result.command[c][0].statusCodes).filter((code) => !/^2\d\d$/.test(code) && code !== '409');
      expect({ c, refused }).toEqual({ c, refused: [] });
      expect(result.command[c][0].ok).toBeGreaterThan(0);
      expect(Object.keys(result.lag[c]).sort()).toEqual(['case_deadlines', 'case_summary']);
    }
    expect(result.eventStoreAppend[0].perSecond).toBeGreaterThan(0);
    expect(result.appendBaseline[0].perSecond).toBeGreaterThan(0);
    expect(result.rawBatched[0].perSecond).toBeGreaterThan(0);
    expect(result.rebuild.map((r: { name: string }) => r.name).sort()).toEqual(['case_deadlines', 'case_summary', 'stream_summary']);
    expect(result.timers.pending).toBe(500);
    expect(result.startUp.settled).toBe(true);
    for (const read of result.reads) expect({ read: read.name, non2xx: read.runs[0].non2xx, ok: read.runs[0].ok > 0 }).toEqual({ read: read.name, non2xx: 0, ok: true });
    expect(result.memory.rssMb).toBeGreaterThan(50);
    expect(result.profile.functions.length).toBeGreaterThan(3);
    expect(result.plans.length).toBeGreaterThanOrEqual(15);
    for (const plan of result.plans) expect(plan.shape).toMatch(/Scan/);

    const report = readFileSync(join(dir, 'docs', 'benchmarks.md'), 'utf8');
    for (const section of ['## Where it stands against the targets', '## Throughput and latency against concurrency', '## Projection lag', '## Projection rebuild', '## Reads', '## Timers', '## State growth', '## What limits', '## Query plans'])
      expect(report).toContain(section);
    expect(report).toMatch(/\*\*Machine:\*\* \d+ cores/);
    expect(existsSync(join(dir, 'docs', 'benchmarks-latency.svg'))).toBe(true);
    expect(readFileSync(join(dir, 'docs', 'benchmarks-latency.svg'), 'utf8')).toMatch(/^<svg[\s\S]*polyline[\s\S]*<\/svg>\n$/);
  }, 150_000);
});
