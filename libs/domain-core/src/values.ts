/** A calendar date in law ('YYYY-MM-DD', Asia/Shanghai): deadlines are counted in these. */
export type LegalDate = string;
/** An instant, UTC ISO-8601 ('2026-03-01T02:00:00.000Z'). */
export type Instant = string;
/** Money in fen (分, 1/100 yuan): integers, so sums never drift. */
export type Fen = number;

/** Exhaustiveness check for every switch over a union. */
export const assertNever = (value: never, what = 'value'): never => {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
};
