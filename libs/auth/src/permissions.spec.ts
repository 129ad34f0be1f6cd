import type { Role } from '#domain-core';
import type { AuthenticatedActor, OrganisationKind } from './claims.js';
import { authorize, commandNames, permissionFor, permissionTable, permissionTableMarkdown, viewNames, type Action, type CaseScope } from './permissions.js';

const actor = (role: Role, organisationId: string, orgKind: OrganisationKind): AuthenticatedActor => ({ userId: `${role}-1`, role, organisationId, orgKind });
const mediator = actor('mediator', 'body-1', 'mediation_body');
const mediationAdmin = actor('mediation-admin', 'body-1', 'mediation_body');
const clerk = actor('arbitration-clerk', 'com-1', 'arbitration_commission');
const arbitrator = actor('arbitrator', 'com-1', 'arbitration_commission');
const chair = actor('commission-chair', 'com-1', 'arbitration_commission');
const liaison = actor('court-liaison', 'court-1', 'court');
const analyst = actor('analyst', 'dept-1', 'department');
const union = actor('union-officer', 'union-1', 'union');
const admin = actor('admin', 'ops', 'department');
const system = actor('system', 'system', 'department');

const inMediation: CaseScope = { mediationBodyId: 'body-1', courtIds: [] };
const atCommission: CaseScope = { mediationBodyId: 'body-1', commissionId: 'com-1', courtIds: [] };
const atCourt: CaseScope = { mediationBodyId: 'body-1', commissionId: 'com-1', courtIds: ['court-0', 'court-1'] };
const elsewhere: CaseScope = { mediationBodyId: 'body-2', commissionId: 'com-2', courtIds: ['court-2'] };

describe('the permission table', () => {
  it('has exactly one entry for every command and every view, and each grants someone', () => {
    const actions = permissionTable.map((e) => e.action);
    expect([...actions].sort()).toEqual([...commandNames, ...viewNames].sort());
    expect(new Set(actions).size).toBe(actions.length);
    for (const entry of permissionTable) expect(Object.keys(entry.grants).length).toBeGreaterThan(0);
    for (const name of commandNames) expect(permissionFor(name)).toMatchObject({ kind: 'command', target: 'case' });
    for (const name of viewNames) expect(permissionFor(name).kind).toBe('view');
  });

  it('renders as markdown with every command and view as a row', () => {
    const markdown = permissionTableMarkdown();
    const lines = markdown.trim().split('\n');
    expect(lines[0]).toBe('| action | kind | mediator | mediation-admin | arbitration-clerk | arbitrator | commission-chair | court-liaison | union-officer | analyst | admin | system |');
    expect(lines).toHaveLength(2 + commandNames.length + viewNames.length);
    for (const action of [...commandNames, ...viewNames]) expect(lines.some((line) => line.startsWith(`| ${action} |`))).toBe(true);
    expect(markdown).toContain('| ExpireDeadline | command |  |  |  |  |  |  |  |  |  | any |');
    for (const line of lines) expect(line.split('|')).toHaveLength(lines[0]!.split('|').length);
  });

  it('keeps "system" to ExpireDeadline only, and the admin out of every command', () => {
    for (const entry of permissionTable) {
      expect([entry.action, 'system' in entry.grants]).toEqual([entry.action, entry.action === 'ExpireDeadline']);
      if (entry.kind === 'command') expect([entry.action, 'admin' in entry.grants]).toEqual([entry.action, false]);
    }
  });

  it('gives analysts and union officers statistics and nothing else', () => {
    for (const entry of permissionTable) {
      const expected = entry.action === 'statistics' ? 'aggregate-only' : undefined;
      expect([entry.action, entry.grants.analyst, entry.grants['union-officer']]).toEqual([entry.action, expected, expected]);
    }
  });
});

describe('authorize', () => {
  const allowed = (a: AuthenticatedActor, action: Action, scope?: CaseScope) => authorize(a, action, scope).allowed;

  it('lets mediators run mediation at their own body only', () => {
    expect(authorize(mediator, 'RecordMediationSession', inMediation)).toEqual({ allowed: true, scope: 'mediation_body' });
    expect(authorize(mediator, 'RecordMediationSession', elsewhere)).toEqual({
      allowed: false,
      reason: 'organisation',
      missingPermission: 'command:RecordMediationSession@mediation_body',
    });
    expect(authorize(mediator, 'AssignMediator', inMediation)).toEqual({ allowed: false, reason: 'role', missingPermission: 'command:AssignMediator' });
    expect(allowed(mediationAdmin, 'AssignMediator', inMediation)).toBe(true);
  });

  it('registers disputes at the own body or commission (intake)', () => {
    expect(allowed(mediator, 'RegisterDispute', { mediationBodyId: 'body-1', courtIds: [] })).toBe(true);
    expect(allowed(mediator, 'RegisterDispute', { mediationBodyId: 'body-2', courtIds: [] })).toBe(false);
    expect(allowed(clerk, 'RegisterDispute', { commissionId: 'com-1', courtIds: [] })).toBe(true);
    expect(allowed(clerk, 'RegisterDispute', { commissionId: 'com-2', courtIds: [] })).toBe(false);
    expect(authorize(arbitrator, 'RegisterDispute', { commissionId: 'com-1', courtIds: [] })).toMatchObject({ reason: 'role' });
    expect(authorize(liaison, 'RegisterDispute', { mediationBodyId: 'court-1', courtIds: [] })).toMatchObject({ reason: 'role' });
  });

  it('splits arbitration work between clerk, arbitrator and chair, at the case commission only', () => {
    expect(allowed(clerk, 'AcceptArbitration', atCommission)).toBe(true);
    expect(allowed(clerk, 'AcceptArbitration', inMediation)).toBe(false); // before the handoff: no commission yet
    expect(allowed(clerk, 'IssueAward', atCommission)).toBe(false);
    expect(allowed(arbitrator, 'IssueAward', atCommission)).toBe(true);
    expect(allowed(arbitrator, 'IssueAward', elsewhere)).toBe(false);
    expect(allowed(arbitrator, 'ComposeTribunal', atCommission)).toBe(false);
    expect(allowed(chair, 'ComposeTribunal', atCommission)).toBe(true);
    expect(allowed(clerk, 'ExtendAwardDeadline', atCommission)).toBe(false);
    expect(allowed(chair, 'ExtendAwardDeadline', atCommission)).toBe(true);
    expect(allowed(mediator, 'AcceptArbitration', atCommission)).toBe(false);
  });

  it('lets the court liaison record court facts and read the case at their court', () => {
    expect(allowed(liaison, 'RecordJudgment', atCourt)).toBe(true);
    expect(allowed(liaison, 'RecordJudgment', elsewhere)).toBe(false);
    expect(allowed(liaison, 'case', atCourt)).toBe(true);
    expect(allowed(liaison, 'history', atCourt)).toBe(true);
    expect(allowed(liaison, 'history', atCommission)).toBe(false);
    expect(allowed(liaison, 'IssueAward', atCourt)).toBe(false);
  });

  it('does not let an organisation id of another kind stand in for the right one', () => {
    const impostor = actor('court-liaison', 'body-1', 'court');
    expect(allowed(impostor, 'case', inMediation)).toBe(false);
  });

  it('lets the admin read everything but decide nothing', () => {
    for (const view of viewNames.filter((v) => v !== 'reveal-personal-data')) expect([view, allowed(admin, view, elsewhere)]).toEqual([view, true]);
    for (const command of commandNames) expect([command, allowed(admin, command, atCourt)]).toEqual([command, false]);
  });

  it('keeps analysts and union officers to statistics', () => {
    expect(authorize(analyst, 'statistics')).toEqual({ allowed: true, scope: 'aggregate-only' });
    expect(allowed(union, 'statistics')).toBe(true);
    expect(allowed(analyst, 'case', atCourt)).toBe(false);
    expect(allowed(union, 'case-list')).toBe(false);
  });

  it('scopes collections to the own organisation without a case', () => {
    expect(authorize(mediator, 'case-list')).toEqual({ allowed: true, scope: 'mediation_body' });
    expect(authorize(clerk, 'arbitration-dashboard')).toEqual({ allowed: true, scope: 'arbitration_commission' });
    expect(allowed(clerk, 'mediation-dashboard')).toBe(false);
    expect(allowed(admin, 'admin-queues')).toBe(true);
    expect(allowed(chair, 'admin-queues')).toBe(false);
  });

  it('refuses a case action when the case scope is missing', () => {
    expect(authorize(mediator, 'case')).toMatchObject({ allowed: false, reason: 'organisation' });
  });

  it('gives the expiry of deadlines to the system alone', () => {
    expect(allowed(system, 'ExpireDeadline', elsewhere)).toBe(true);
    expect(allowed(admin, 'ExpireDeadline', elsewhere)).toBe(false);
    expect(allowed(system, 'case', elsewhere)).toBe(false);
  });
});

describe('the README', () => {
  it('shows the current permission table', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(permissionTableMarkdown());
  });
});

describe('coverage of the domain', () => {
  it('has an entry for every command the dispute decider accepts', async () => {
    const { commandStages } = await import('#dispute');
    const missing = [...Object.keys(commandStages), 'ExpireDeadline'].filter((name) => !(commandNames as readonly string[]).includes(name));
    expect(missing).toEqual([]);
  });
});
