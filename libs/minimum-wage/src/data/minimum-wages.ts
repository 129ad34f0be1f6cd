/**
 * Monthly minimum wages (月最低工资标准) by region, as published by each province's human resources and social
 * security department. LDMAL 47 judges an award item final when it does not exceed 12 months of the amount in force
 * where the dispute arose on the award date.
 *
 * `verified: false` marks a figure transcribed from memory of the announcement, not yet checked against the notice
 * itself: a deployment must confirm each row (and add its own regions) before relying on finality. `checkedOn` is the
 * day a row was last compared with its source; a later revision may exist.
 */
export interface MinimumWageRow {
  /** Administrative division code prefix: '3101' matches every district of Shanghai, '330106' one district. */
  readonly regionPrefix: string;
  readonly regionName: string;
  readonly tier?: string;
  readonly effectiveFrom: string;
  readonly monthlyYuan: number;
  readonly source: string;
  readonly verified: boolean;
  readonly checkedOn: string;
}

export const minimumWageRows: readonly MinimumWageRow[] = [
  { regionPrefix: '3101', regionName: '上海市', effectiveFrom: '2023-07-01', monthlyYuan: 2690, source: '沪人社规〔2023〕10号', verified: false, checkedOn: '2026-11-25' },
  { regionPrefix: '3101', regionName: '上海市', effectiveFrom: '2025-07-01', monthlyYuan: 2740, source: '上海市人力资源和社会保障局 2025 年调整最低工资标准通知', verified: false, checkedOn: '2026-11-25' },
  { regionPrefix: '1101', regionName: '北京市', effectiveFrom: '2023-09-01', monthlyYuan: 2420, source: '北京市人力资源和社会保障局 2023 年最低工资标准通知', verified: false, checkedOn: '2026-11-25' },
  { regionPrefix: '1101', regionName: '北京市', effectiveFrom: '2025-09-01', monthlyYuan: 2540, source: '北京市人力资源和社会保障局 2025 年最低工资标准通知', verified: false, checkedOn: '2026-11-25' },
  // Zhejiang tier 1 covers Hangzhou's urban districts; the county-level cities sit in lower tiers (not listed).
  { regionPrefix: '330102', regionName: '杭州市上城区', tier: '一档', effectiveFrom: '2023-12-01', monthlyYuan: 2490, source: '浙政发〔2023〕27号', verified: false, checkedOn: '2026-11-25' },
  { regionPrefix: '330105', regionName: '杭州市拱墅区', tier: '一档', effectiveFrom: '2023-12-01', monthlyYuan: 2490, source: '浙政发〔2023〕27号', verified: false, checkedOn: '2026-11-25' },
  { regionPrefix: '330106', regionName: '杭州市西湖区', tier: '一档', effectiveFrom: '2023-12-01', monthlyYuan: 2490, source: '浙政发〔2023〕27号', verified: false, checkedOn: '2026-11-25' },
  { regionPrefix: '330108', regionName: '杭州市滨江区', tier: '一档', effectiveFrom: '2023-12-01', monthlyYuan: 2490, source: '浙政发〔2023〕27号', verified: false, checkedOn: '2026-11-25' },
  { regionPrefix: '4403', regionName: '深圳市', effectiveFrom: '2022-03-01', monthlyYuan: 2360, source: '粤府函〔2021〕382号', verified: false, checkedOn: '2026-11-25' },
  { regionPrefix: '4403', regionName: '深圳市', effectiveFrom: '2025-03-01', monthlyYuan: 2520, source: '广东省人民政府 2025 年调整最低工资标准通知', verified: false, checkedOn: '2026-11-25' },
  { regionPrefix: '4401', regionName: '广州市', effectiveFrom: '2022-03-01', monthlyYuan: 2300, source: '粤府函〔2021〕382号', verified: false, checkedOn: '2026-11-25' },
  { regionPrefix: '4401', regionName: '广州市', effectiveFrom: '2025-03-01', monthlyYuan: 2500, source: '广东省人民政府 2025 年调整最低工资标准通知', verified: false, checkedOn: '2026-11-25' },
];
