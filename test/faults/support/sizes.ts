/**
 * How big each fault run is. The quick defaults run in CI (`npm test`); `npm run test:faults` sets the long ones
 * (jest.faults.config.js). One spec serves both, so the quick and long versions cannot drift apart.
 */
const number = (name: string, quick: number): number => {
  const value = process.env[name];
  if (value === undefined || value === '') return quick;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${name}: "${value}" is not a non-negative number`);
  return parsed;
};

export const sizes = {
  /** Events the killed worker projects. */
  events: number('FAULT_EVENTS', 3_000),
  /** SIGKILLs during that projection. */
  kills: number('FAULT_KILLS', 3),
  /** Seconds of command load around the PostgreSQL restarts, and how many restarts. */
  pgLoadSeconds: number('FAULT_PG_LOAD_SECONDS', 12),
  pgRestarts: number('FAULT_PG_RESTARTS', 1),
  /** How long Redis stays down. */
  redisOutageSeconds: number('FAULT_REDIS_OUTAGE_SECONDS', 6),
  /** Takeovers in the two-worker suite. */
  takeovers: number('FAULT_TAKEOVERS', 1),
  /** Concurrent conflicting commands on one dispute, and rounds of them. */
  concurrent: number('FAULT_CONCURRENT', 100),
  concurrentRounds: number('FAULT_CONCURRENT_ROUNDS', 1),
  /** The soak: duration and commands per second. */
  soakSeconds: number('SOAK_SECONDS', 20),
  soakRate: number('SOAK_RATE', 10),
} as const;

/** One line of figures per run, collected in test output so docs/reliability.md can quote measured values. */
export function report(suite: string, figures: Record<string, unknown>): void {
  process.stdout.write(`FAULT-FIGURES ${suite} ${JSON.stringify(figures)}\n`);
}
