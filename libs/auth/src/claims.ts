import { z } from 'zod';
import { roles, type Actor, type Role } from '#domain-core';

/** The kind of organisation a user works for; a token states it in `orgKind`. */
export const organisationKinds = ['mediation_body', 'arbitration_commission', 'court', 'union', 'department'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** Roles a person can hold in a token. `system` is for the process itself and is never issued to a user. */
export const humanRoles = roles.filter((role): role is Exclude<Role, 'system'> => role !== 'system');
export type HumanRole = (typeof humanRoles)[number];

/** An actor as the permission table sees it: who, in which role, for which organisation of which kind. */
export type AuthenticatedActor = Actor & { readonly orgKind: OrganisationKind };

/**
 * The organisation kind each role belongs to. A token whose role and orgKind disagree (a mediator "of" a court) is
 * refused: the permission table relies on a mediator's organisation being a mediation body.
 */
export const organisationKindOfRole: Readonly<Record<Role, OrganisationKind | 'any'>> = {
  mediator: 'mediation_body',
  'mediation-admin': 'mediation_body',
  'arbitration-clerk': 'arbitration_commission',
  arbitrator: 'arbitration_commission',
  'commission-chair': 'arbitration_commission',
  'court-liaison': 'court',
  'union-officer': 'union',
  analyst: 'department',
  admin: 'any',
  system: 'any',
};

export const roleFitsOrganisationKind = (role: Role, orgKind: OrganisationKind): boolean => {
  const expected = organisationKindOfRole[role];
  return expected === 'any' || expected === orgKind;
};

/** The application claims of an access token (standard claims `iss`, `aud`, `exp` are checked by jose). */
export const tokenClaimsSchema = z.object({
  sub: z.string().min(1),
  role: z.enum(humanRoles as unknown as [HumanRole, ...HumanRole[]]),
  org: z.string().min(1),
  orgKind: z.enum(organisationKinds),
  name: z.string().min(1).optional(),
});
export type TokenClaims = z.infer<typeof tokenClaimsSchema>;

export const actorFromClaims = (claims: TokenClaims): AuthenticatedActor => ({
  userId: claims.sub,
  role: claims.role,
  organisationId: claims.org,
  orgKind: claims.orgKind,
  ...(claims.name ? { displayName: claims.name } : {}),
});
