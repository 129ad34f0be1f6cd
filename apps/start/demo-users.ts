import type { HumanRole } from '#auth';
import { demoOrganisations as orgs } from '#demo-data';

/** One development user per role, in the demo's organisations: the start banner prints a token for each. */
export const demoUsers: readonly { role: HumanRole; org: string; name: string }[] = [
  { role: 'mediator', org: orgs.mediationBodies[0].id, name: '王调解（演示）' },
  { role: 'mediation-admin', org: orgs.mediationBodies[0].id, name: '周主任（演示）' },
  { role: 'arbitration-clerk', org: orgs.commissions[0].id, name: '陈书记员（演示）' },
  { role: 'arbitrator', org: orgs.commissions[0].id, name: '刘仲裁员（演示）' },
  { role: 'commission-chair', org: orgs.commissions[0].id, name: '赵主任（演示）' },
  { role: 'court-liaison', org: orgs.courts[0].id, name: '孙联络员（演示）' },
  { role: 'union-officer', org: orgs.unions[0].id, name: '吴干事（演示）' },
  { role: 'analyst', org: orgs.departments[0].id, name: '郑分析员（演示）' },
  { role: 'admin', org: orgs.departments[0].id, name: '系统管理员（演示）' },
];
