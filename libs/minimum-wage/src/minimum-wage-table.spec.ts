import { minimumWageTable, MinimumWageTableInvalid } from './minimum-wage-table.js';
import type { MinimumWageRow } from './data/minimum-wages.js';

const row = (over: Partial<MinimumWageRow>): MinimumWageRow => ({
  regionPrefix: '3301', regionName: 'X', effectiveFrom: '2024-01-01', monthlyYuan: 2000, source: 'notice', verified: true, checkedOn: '2026-11-25', ...over,
});

describe('the minimum wage table (LDMAL 47)', () => {
  it('answers the rate in force on the day, switching on the effective date', () => {
    const lookup = minimumWageTable([row({ effectiveFrom: '2024-01-01', monthlyYuan: 2000 }), row({ effectiveFrom: '2025-07-01', monthlyYuan: 2200 })]);
    expect(lookup('330106', '2025-06-30')?.monthlyFen).toBe(200_000);
    expect(lookup('330106', '2025-07-01')?.monthlyFen).toBe(220_000);
  });

  it('prefers the most specific region prefix', () => {
    const lookup = minimumWageTable([row({ regionPrefix: '33', monthlyYuan: 1800 }), row({ regionPrefix: '330106', monthlyYuan: 2490 })]);
    expect(lookup('330106', '2025-01-01')?.monthlyFen).toBe(249_000);
    expect(lookup('330110', '2025-01-01')?.monthlyFen).toBe(180_000);
  });

  it('does not guess for an unknown region or a day before the first rate', () => {
    const lookup = minimumWageTable([row({})]);
    expect(lookup('110101', '2025-01-01')).toBeUndefined();
    expect(lookup('330106', '2023-12-31')).toBeUndefined();
  });

  it('names unverified figures in the source it returns', () => {
    expect(minimumWageTable([row({ verified: false })])('330106', '2025-01-01')?.source).toMatch(/unverified/);
  });

  it('refuses a malformed table at load, naming the row', () => {
    expect(() => minimumWageTable([row({}), row({})])).toThrow(MinimumWageTableInvalid);
    expect(() => minimumWageTable([row({ monthlyYuan: 25 })])).toThrow(/row 0 .*monthlyYuan/);
    expect(() => minimumWageTable([row({ source: ' ' })])).toThrow(/source/);
  });

  it('loads the shipped table', () => {
    const lookup = minimumWageTable();
    expect(lookup('310101', '2026-06-01')).toMatchObject({ monthlyFen: 274_000, verified: false });
    expect(lookup('330106', '2026-06-01')?.monthlyFen).toBe(249_000);
  });
});
