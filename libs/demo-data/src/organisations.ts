/** The demo's fictional organisations: ids are stable, so development tokens and curl examples keep working. */
export const demoOrganisations = {
  mediationBodies: [
    { id: 'body_xihu', name: '西湖区人民调解委员会（演示）', kind: 'peoples_mediation' as const, regionCode: '330106' },
    { id: 'body_binjiang', name: '滨江区劳动争议调解中心（演示）', kind: 'township_street' as const, regionCode: '330108' },
  ],
  commissions: [{ id: 'hz_commission', name: '杭州市劳动人事争议仲裁委员会（演示）', caseNumberPrefix: '杭劳人仲案字' }],
  // `jurisdiction`: region-code prefixes (GB/T 2260) whose cases may come to the court; seeded into court_jurisdictions.
  courts: [
    { id: 'court_xihu', name: '西湖区人民法院（演示）', level: 'basic' as const, jurisdiction: ['330106'] },
    { id: 'court_binjiang', name: '滨江区人民法院（演示）', level: 'basic' as const, jurisdiction: ['330108'] },
    { id: 'court_hangzhou', name: '杭州市中级人民法院（演示）', level: 'intermediate' as const, jurisdiction: ['3301'] },
  ],
  unions: [{ id: 'union_hz', name: '杭州市总工会（演示）' }],
  departments: [{ id: 'hrss_hz', name: '杭州市人力资源和社会保障局（演示）' }],
} as const;
