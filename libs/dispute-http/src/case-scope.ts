import { authorize, type Action, type AuthenticatedActor, type CaseScope } from '#auth';
import { Forbidden, NotFound } from '#platform';
import type { EventMetadata } from '#domain-core';
import type { RecordedEvent } from '#event-store';

const registeringRoles = { mediator: 'mediation', 'mediation-admin': 'mediation', 'arbitration-clerk': 'commission', 'commission-chair': 'commission' } as const;

/**
 * The organisations a case belongs to, read from its facts: the body that registered or mediates it, the commission it
 * was handed to (the latest, after a referral), and every court a fact names.
 */
export const noScope: CaseScope = { courtIds: [] };

export const caseScopeOf = (history: readonly RecordedEvent[]): CaseScope => history.reduce(evolveCaseScope, noScope);

/** One fact's effect on the scope, so a command can fold it beside the case's state (and keep it in its cache). */
export function evolveCaseScope(scope: CaseScope, event: RecordedEvent): CaseScope {
  const data = event.data as Record<string, unknown>;
  let next = scope;
  if (event.type === 'DisputeRegistered') {
    const meta = event.metadata as unknown as EventMetadata | undefined;
    const where = meta ? registeringRoles[meta.actor.role as keyof typeof registeringRoles] : undefined;
    if (where === 'mediation') next = { ...next, mediationBodyId: meta!.organisationId };
    if (where === 'commission') next = { ...next, commissionId: meta!.organisationId };
  }
  if (event.type === 'MediationOpened') next = { ...next, mediationBodyId: data['bodyId'] as string };
  if (event.type === 'ArbitrationApplied') next = { ...next, commissionId: data['commissionId'] as string };
  if (event.type === 'ApplicationReferred' && typeof data['toCommissionId'] === 'string') next = { ...next, commissionId: data['toCommissionId'] };
  const courtId = data['courtId'];
  if (typeof courtId === 'string' && !next.courtIds.includes(courtId)) next = { ...next, courtIds: [...next.courtIds, courtId] };
  return next;
}

/** A command that brings the case to an organisation names it: that organisation may send it (the handoff). */
export function withTarget(scope: CaseScope, command: { type: string; data: object }): CaseScope {
  const data = command.data as Record<string, unknown>;
  const court = data['court'] as { courtId?: string } | undefined;
  switch (command.type) {
    case 'OpenMediation':
      return scope.mediationBodyId ? scope : { ...scope, mediationBodyId: data['bodyId'] as string };
    case 'ApplyForArbitration':
      return { ...scope, commissionId: data['commissionId'] as string };
    default:
      return court?.courtId ? { ...scope, courtIds: [...scope.courtIds, court.courtId] } : scope;
  }
}

/**
 * May this caller do this to this case? A missing role is a 403 naming the permission; a case outside the caller's
 * organisations answers exactly as a case that does not exist (404), so ids never reveal cases.
 */
export function ensureCaseAccess(actor: AuthenticatedActor, action: Action, disputeId: string, scope: CaseScope): void {
  const verdict = authorize(actor, action, scope);
  if (verdict.allowed) return;
  if (verdict.reason === 'role') throw new Forbidden(verdict.missingPermission, `a ${actor.role} may not ${action}`);
  throw new NotFound(`dispute ${disputeId} not found`);
}
