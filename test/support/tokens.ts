import { issueDevelopmentToken, type HumanRole, type OrganisationKind } from '#auth';
import { DEVELOPMENT_AUTH } from '#config';

export const ORG = {
  body: 'body_xihu',
  otherBody: 'body_binjiang',
  commission: 'hz_commission',
  otherCommission: 'nb_commission',
  court: 'court_xihu',
  union: 'union_hz',
  department: 'hrss_hz',
} as const;

const kindOf: Record<HumanRole, OrganisationKind> = {
  mediator: 'mediation_body',
  'mediation-admin': 'mediation_body',
  'arbitration-clerk': 'arbitration_commission',
  arbitrator: 'arbitration_commission',
  'commission-chair': 'arbitration_commission',
  'court-liaison': 'court',
  'union-officer': 'union',
  analyst: 'department',
  admin: 'department',
};

const homeOf: Record<OrganisationKind, string> = {
  mediation_body: ORG.body,
  arbitration_commission: ORG.commission,
  court: ORG.court,
  union: ORG.union,
  department: ORG.department,
};

/** A development token as the seeded users get them; `organisationId` defaults to the role's home organisation. */
export async function tokenFor(role: HumanRole, organisationId?: string): Promise<string> {
  const orgKind = kindOf[role];
  return issueDevelopmentToken(
    { userId: `${role}-${organisationId ?? homeOf[orgKind]}`, role, organisationId: organisationId ?? homeOf[orgKind], orgKind, name: `Test ${role}` },
    DEVELOPMENT_AUTH.AUTH_JWT_SECRET,
    { issuer: DEVELOPMENT_AUTH.AUTH_ISSUER, audience: DEVELOPMENT_AUTH.AUTH_AUDIENCE, expiresIn: '1h' },
  );
}
