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

const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Whether two JSON values are equal whatever the order of their objects' keys. Deciders compare a command with
 * facts folded from stored events, and PostgreSQL's jsonb gives those keys back in its own order (shorter keys
 * first), so comparing JSON text would call a resent command "different" once its first answer was stored.
 */
export const sameValue = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

const canonicalJson = (value: unknown): string | undefined =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(byKey)) : v,
  );
