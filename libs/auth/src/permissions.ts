import { roles, type Role } from '#domain-core';
import type { AuthenticatedActor } from './claims.js';

/**
 * THE permission table: for every command and every view, which roles may do it and within which organisation
 * scope. Nothing else in the system decides who may do what; `authorize` reads only this table.
 */

export const commandNames = [
  'RegisterDispute',
  'RecordLimitationInterruption',
  'OpenMediation',
  'AssignMediator',
  'RecordMediationSession',
  'RecordMediationAgreement',
  'RecordAgreementPerformed',
  'RecordAgreementBreached',
  'RecordMediationFailed',
  'RequestAgreementReview',
  'ApplyForArbitration',
  'AcceptArbitration',
  'RefuseArbitration',
  'ComposeTribunal',
  'ScheduleHearing',
  'SuspendArbitration',
  'ResumeArbitration',
  'ExtendAwardDeadline',
  'IssueAward',
  'RecordAwardReceived',
  'WithdrawApplication',
  'NoticeApplicationCorrection',
  'CompleteApplicationCorrection',
  'ReferApplication',
  'RecordApplicationServed',
  'RecordDefenceFiled',
  'RecordDefenceServed',
  'RecordServiceByPublication',
  'DecideRecusal',
  'PostponeHearing',
  'RecordHearingHeld',
  'RecordNoShow',
  'AmendClaims',
  'RecordCounterclaim',
  'AddParty',
  'RecordSettlement',
  'IssueMediationStatement',
  'RecordMediationStatementSigned',
  'RecordMediationStatementRepudiated',
  'IssuePartialAward',
  'GrantAdvanceExecution',
  'OpenChallengeWindows',
  'FileSuit',
  'ApplyForAnnulment',
  'RecordAnnulmentRuling',
  'RegisterCourtCase',
  'RecordJudgment',
  'FileAppeal',
  'RecordFinalJudgment',
  'ApplyForEnforcement',
  'RecordEnforcementConcluded',
  'ApplyForPaymentOrder',
  'RecordPaymentOrderIssued',
  'RecordPaymentOrderOutcome',
  'ExpireDeadline',
] as const;
export type CommandName = (typeof commandNames)[number];

export const viewNames = [
  'case',
  'case-list',
  'history',
  'mediation-dashboard',
  'arbitration-dashboard',
  'court-dashboard',
  'statistics',
  'reveal-personal-data',
  'reveal-log',
  'admin-queues',
  'notification-subscriptions',
  'metrics',
] as const;
export type ViewName = (typeof viewNames)[number];

export type Action = CommandName | ViewName;

/**
 * - `mediation_body`: the actor's organisation is the case's mediation body.
 * - `arbitration_commission`: the actor's organisation is the case's commission (known from the handoff on).
 * - `court`: the actor's organisation is a court the case was filed at (a court case registered there).
 * - `intake`: registering a new dispute at one's own body (mediators) or commission (clerks, chair).
 * - `any`: every case (admin; the system process).
 * - `aggregate-only`: statistics without case detail (analyst, union officer).
 */
export const scopes = ['mediation_body', 'arbitration_commission', 'court', 'intake', 'any', 'aggregate-only'] as const;
export type Scope = (typeof scopes)[number];

/**
 * `case`: the action concerns one case, and `authorize` needs its {@link CaseScope}.
 * `collection`: a list, dashboard or log; the scope says which rows the caller must filter the result to.
 */
export type Target = 'case' | 'collection';

export interface PermissionEntry {
  readonly action: Action;
  readonly kind: 'command' | 'view';
  readonly target: Target;
  readonly description: string;
  readonly grants: Readonly<Partial<Record<Role, Scope>>>;
}

const mediation = { mediator: 'mediation_body', 'mediation-admin': 'mediation_body' } as const;
const clerkAndChair = { 'arbitration-clerk': 'arbitration_commission', 'commission-chair': 'arbitration_commission' } as const;
const commission = { ...clerkAndChair, arbitrator: 'arbitration_commission' } as const;
const court = { 'court-liaison': 'court' } as const;
const admin = { admin: 'any' } as const;

const command = (action: CommandName, description: string, grants: PermissionEntry['grants']): PermissionEntry => ({
  action,
  kind: 'command',
  target: 'case',
  description,
  grants,
});
const view = (action: ViewName, target: Target, description: string, grants: PermissionEntry['grants']): PermissionEntry => ({
  action,
  kind: 'view',
  target,
  description,
  grants,
});

export const permissionTable: readonly PermissionEntry[] = [
  // Intake and mediation: the mediation body's staff.
  command('RegisterDispute', 'register a new dispute at the own body or commission', {
    mediator: 'intake',
    'mediation-admin': 'intake',
    'arbitration-clerk': 'intake',
    'commission-chair': 'intake',
  }),
  command('RecordLimitationInterruption', 'record that the limitation period was interrupted', { ...mediation, ...clerkAndChair }),
  command('OpenMediation', 'open mediation on a registered dispute', mediation),
  command('AssignMediator', 'assign a mediator (the body administrator decides)', { 'mediation-admin': 'mediation_body' }),
  command('RecordMediationSession', 'record a mediation session', mediation),
  command('RecordMediationAgreement', 'record a signed mediation agreement', mediation),
  command('RecordAgreementPerformed', 'record that the agreement was performed', mediation),
  command('RecordAgreementBreached', 'record that the agreement was breached', mediation),
  command('RecordMediationFailed', 'record that mediation failed', mediation),
  command('RequestAgreementReview', 'request review (judicial confirmation) of the agreement', mediation),
  // Arbitration: clerk and chair administer, arbitrators decide, the chair extends.
  command('ApplyForArbitration', 'receive an application at the commission named in it', clerkAndChair),
  command('AcceptArbitration', 'accept an application', clerkAndChair),
  command('RefuseArbitration', 'refuse an application', clerkAndChair),
  command('ComposeTribunal', 'compose the tribunal', clerkAndChair),
  command('ScheduleHearing', 'schedule a hearing and serve notice', clerkAndChair),
  command('SuspendArbitration', 'suspend the proceedings (a tribunal decision)', {
    arbitrator: 'arbitration_commission',
    'commission-chair': 'arbitration_commission',
  }),
  command('ResumeArbitration', 'resume suspended proceedings', {
    arbitrator: 'arbitration_commission',
    'commission-chair': 'arbitration_commission',
  }),
  command('ExtendAwardDeadline', 'approve an extension of the award deadline', { 'commission-chair': 'arbitration_commission' }),
  command('IssueAward', 'issue the award', { arbitrator: 'arbitration_commission' }),
  command('RecordAwardReceived', 'record service of the award on a party', clerkAndChair),
  command('WithdrawApplication', 'record withdrawal of the application', clerkAndChair),
  // The arbitration procedure in detail (commands of #arbitration beyond the first list).
  command('NoticeApplicationCorrection', 'tell the applicant to correct the application', clerkAndChair),
  command('CompleteApplicationCorrection', 'record the corrected application', clerkAndChair),
  command('ReferApplication', 'refer the application to the competent commission', clerkAndChair),
  command('RecordApplicationServed', 'record service of the application on the respondent', clerkAndChair),
  command('RecordDefenceFiled', 'record the defence received', clerkAndChair),
  command('RecordDefenceServed', 'record service of the defence on the applicant', clerkAndChair),
  command('RecordServiceByPublication', 'record service by public announcement', clerkAndChair),
  command('DecideRecusal', 'decide a challenge to an arbitrator (the commission decides)', { 'commission-chair': 'arbitration_commission' }),
  command('PostponeHearing', 'postpone a hearing (a tribunal decision)', {
    arbitrator: 'arbitration_commission',
    'commission-chair': 'arbitration_commission',
  }),
  command('RecordHearingHeld', 'record that a hearing was held', commission),
  command('RecordNoShow', 'record that a party did not appear', commission),
  command('AmendClaims', 'record amended claims', clerkAndChair),
  command('RecordCounterclaim', 'record a counterclaim', clerkAndChair),
  command('AddParty', 'add a party (a tribunal decision)', { arbitrator: 'arbitration_commission', 'commission-chair': 'arbitration_commission' }),
  command('RecordSettlement', 'record a settlement between the parties', commission),
  command('IssueMediationStatement', 'issue an arbitral mediation statement', { arbitrator: 'arbitration_commission' }),
  command('RecordMediationStatementSigned', 'record that the parties signed for the mediation statement', commission),
  command('RecordMediationStatementRepudiated', 'record that a party refused the mediation statement before signing', commission),
  command('IssuePartialAward', 'issue a partial award', { arbitrator: 'arbitration_commission' }),
  command('GrantAdvanceExecution', 'rule for advance execution', { arbitrator: 'arbitration_commission' }),
  command('OpenChallengeWindows', 'open the windows to sue or apply for annulment after service', clerkAndChair),
  // Litigation: the court liaison records court facts at their court.
  command('FileSuit', 'record a suit filed at the court named in it', court),
  command('ApplyForAnnulment', 'record an application to annul the award', court),
  command('RecordAnnulmentRuling', 'record the annulment ruling', court),
  command('RegisterCourtCase', 'register the court case number', court),
  command('RecordJudgment', 'record a first-instance judgment', court),
  command('FileAppeal', 'record an appeal', court),
  command('RecordFinalJudgment', 'record the final judgment', court),
  command('ApplyForEnforcement', 'record an application for enforcement', court),
  command('RecordEnforcementConcluded', 'record the end of enforcement', court),
  command('ApplyForPaymentOrder', 'record an application for a payment order', court),
  command('RecordPaymentOrderIssued', 'record an issued payment order', court),
  command('RecordPaymentOrderOutcome', 'record the payment order outcome', court),
  // The clock.
  command('ExpireDeadline', 'expire a deadline (the scheduler only)', { system: 'any' }),

  view('case', 'case', 'GET /disputes/{id}', { ...mediation, ...commission, ...court, ...admin }),
  view('case-list', 'collection', 'list of cases, filtered to the own organisation', { ...mediation, ...commission, ...court, ...admin }),
  view('history', 'case', "a case's event history", { ...mediation, ...commission, ...court, ...admin }),
  view('mediation-dashboard', 'collection', "the mediation body's dashboard", { ...mediation, ...admin }),
  view('arbitration-dashboard', 'collection', "the commission's dashboard", { ...commission, ...admin }),
  view('court-dashboard', 'collection', "the court liaison's dashboard", { ...court, ...admin }),
  view('statistics', 'collection', 'aggregate figures without case detail', {
    'mediation-admin': 'mediation_body',
    'commission-chair': 'arbitration_commission',
    'union-officer': 'aggregate-only',
    analyst: 'aggregate-only',
    ...admin,
  }),
  // PIPL minimum necessity: those handling the case; the admin audits reveals but does not reveal.
  view('reveal-personal-data', 'case', "reveal a party's ID number, phone or address (purpose required)", {
    ...mediation,
    ...commission,
    ...court,
  }),
  view('reveal-log', 'collection', 'who revealed which personal data, when, why', {
    'mediation-admin': 'mediation_body',
    'commission-chair': 'arbitration_commission',
    ...admin,
  }),
  view('admin-queues', 'collection', 'background queues and dead letters', admin),
  view('notification-subscriptions', 'collection', 'which organisations get notices by webhook or e-mail (libs/notifications)', admin),
  // Prometheus may also scrape with the METRICS_TOKEN credential, which is no role and so not in this table.
  view('metrics', 'collection', 'Prometheus metrics: projection lag, process figures', admin),
];

const byAction = new Map<string, PermissionEntry>(permissionTable.map((entry) => [entry.action, entry]));

export const permissionFor = (action: Action): PermissionEntry => {
  const entry = byAction.get(action);
  if (!entry) throw new Error(`no permission entry for "${action}"`);
  return entry;
};

export const isAction = (value: string): value is Action => byAction.has(value);

/** What is known of a case's organisations. `courtIds`: courts it was filed at or has a court case at. */
export interface CaseScope {
  readonly mediationBodyId?: string;
  readonly commissionId?: string;
  readonly courtIds: readonly string[];
}

export type Authorization =
  | { readonly allowed: true; readonly scope: Scope }
  | { readonly allowed: false; readonly reason: 'role' | 'organisation'; readonly missingPermission: string };

const inScope = (actor: AuthenticatedActor, scope: Scope, caseScope: CaseScope): boolean => {
  const org = actor.organisationId;
  switch (scope) {
    case 'any':
    case 'aggregate-only':
      return true;
    case 'mediation_body':
      return actor.orgKind === 'mediation_body' && caseScope.mediationBodyId === org;
    case 'arbitration_commission':
      return actor.orgKind === 'arbitration_commission' && caseScope.commissionId === org;
    case 'court':
      return actor.orgKind === 'court' && caseScope.courtIds.includes(org);
    case 'intake':
      if (actor.orgKind === 'mediation_body') return caseScope.mediationBodyId === org;
      if (actor.orgKind === 'arbitration_commission') return caseScope.commissionId === org;
      return false;
  }
};

const kindMatchesScope = (actor: AuthenticatedActor, scope: Scope): boolean =>
  scope === 'mediation_body' || scope === 'arbitration_commission' || scope === 'court' ? actor.orgKind === scope : true;

/**
 * May `actor` do `action`? Pure: reads only the table. For a `case` action pass the case's scope (for commands that
 * bring a case to a new organisation, such as ApplyForArbitration or FileSuit, include the organisation the command
 * names). For a `collection` action the scope may be omitted: the result's `scope` tells the caller how to filter.
 */
export function authorize(actor: AuthenticatedActor, action: Action, caseScope?: CaseScope): Authorization {
  const entry = permissionFor(action);
  const scope = entry.grants[actor.role];
  if (!scope) return { allowed: false, reason: 'role', missingPermission: `${entry.kind}:${action}` };
  const ok = entry.target === 'collection' && !caseScope ? kindMatchesScope(actor, scope) : caseScope ? inScope(actor, scope, caseScope) : false;
  if (!ok) return { allowed: false, reason: 'organisation', missingPermission: `${entry.kind}:${action}@${scope}` };
  return { allowed: true, scope };
}

/** The table as markdown: one row per command or view, one column per role, the scope in each granted cell. */
export function permissionTableMarkdown(roleColumns: readonly Role[] = roles): string {
  const header = `| action | kind | ${roleColumns.join(' | ')} |`;
  const rule = `|---|---|${roleColumns.map(() => '---').join('|')}|`;
  const rows = permissionTable.map(
    (entry) => `| ${entry.action} | ${entry.kind} | ${roleColumns.map((role) => entry.grants[role] ?? '').join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n') + '\n';
}
