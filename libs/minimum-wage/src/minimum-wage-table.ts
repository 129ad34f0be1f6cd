import type { Fen, LegalDate } from '#domain-core';
import { minimumWageRows, type MinimumWageRow } from './data/minimum-wages.js';

export interface MinimumWageInForce {
  readonly monthlyFen: Fen;
  readonly source: string;
  readonly effectiveFrom: LegalDate;
  readonly verified: boolean;
}

export class MinimumWageTableInvalid extends Error {}

/** Rows checked once at load: a malformed table must stop the process, not skew finality (LDMAL 47). */
function validated(rows: readonly MinimumWageRow[]): readonly MinimumWageRow[] {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const where = `minimum wage row ${i} (${row.regionPrefix} from ${row.effectiveFrom})`;
    if (!/^\d{2,6}$/.test(row.regionPrefix)) throw new MinimumWageTableInvalid(`${where}: regionPrefix must be 2 to 6 digits`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(row.effectiveFrom)) throw new MinimumWageTableInvalid(`${where}: effectiveFrom must be YYYY-MM-DD`);
    if (!Number.isInteger(row.monthlyYuan) || row.monthlyYuan < 500 || row.monthlyYuan > 10_000) throw new MinimumWageTableInvalid(`${where}: monthlyYuan out of range`);
    if (!row.source.trim()) throw new MinimumWageTableInvalid(`${where}: a source is required`);
    const key = `${row.regionPrefix}@${row.effectiveFrom}`;
    if (seen.has(key)) throw new MinimumWageTableInvalid(`${where}: duplicate row`);
    seen.add(key);
  });
  return rows;
}

/**
 * The rate in force for a region on a day: the most specific region prefix that has a rate by then, and within it the
 * latest effective date. Undefined when the table does not know, so the decider refuses rather than guesses.
 */
export function minimumWageTable(rows: readonly MinimumWageRow[] = minimumWageRows) {
  const table = validated(rows);
  return (regionCode: string, on: LegalDate): MinimumWageInForce | undefined => {
    const candidates = table.filter((row) => regionCode.startsWith(row.regionPrefix) && row.effectiveFrom <= on);
    if (candidates.length === 0) return undefined;
    const longest = Math.max(...candidates.map((row) => row.regionPrefix.length));
    const row = candidates.filter((r) => r.regionPrefix.length === longest).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0]!;
    const source = `${row.regionName}${row.tier ? ` ${row.tier}` : ''}: ${row.source}${row.verified ? '' : ' (unverified)'}`;
    return { monthlyFen: row.monthlyYuan * 100, source, effectiveFrom: row.effectiveFrom, verified: row.verified };
  };
}
