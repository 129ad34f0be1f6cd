import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { legalDateOf } from '#calendar';
import { timerBenchmark } from './run-bench.js';

/**
 * `node dist/bench/timers-100k.js [--deadlines 100000]`: the bench's timer figures alone (schedule, reconcile, move
 * every deadline), against BENCH_REDIS_URL (its deadline queue is obliterated afterwards), without generating data.
 */
const { values } = parseArgs({ options: { deadlines: { type: 'string' } } });
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/9';
const count = Number(values.deadlines ?? 100_000);
const figures = await timerBenchmark(redisUrl, count, legalDateOf(new Date(), 'Asia/Shanghai'));
console.log(JSON.stringify(figures));
