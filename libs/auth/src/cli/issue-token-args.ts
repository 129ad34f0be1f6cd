import { parseArgs } from 'node:util';
import { humanRoles, organisationKindOfRole, organisationKinds, type HumanRole, type OrganisationKind } from '../claims.js';
import { issueDevelopmentToken } from '../issue-token.js';

export const issueTokenUsage = `Usage: issue-token --role <role> --org <organisation id> [--org-kind <kind>] [--user <id>] [--name <display name>]
                   [--expires-in 8h] [--issuer <iss>] [--audience <aud>] [--secret <hs256 secret>]
Defaults: --org-kind from the role, --user <role>-1, issuer/audience/secret from AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWT_SECRET.
Roles: ${humanRoles.join(', ')}
Organisation kinds: ${organisationKinds.join(', ')}`;

/** The CLI without its process: parses arguments, signs the token. Throws with a readable message. */
export async function issueTokenFromArgs(argv: readonly string[], env: Record<string, string | undefined>): Promise<string> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      role: { type: 'string' },
      org: { type: 'string' },
      'org-kind': { type: 'string' },
      user: { type: 'string' },
      name: { type: 'string' },
      'expires-in': { type: 'string' },
      issuer: { type: 'string' },
      audience: { type: 'string' },
      secret: { type: 'string' },
    },
    strict: true,
  });
  const role = values.role as HumanRole | undefined;
  if (!role || !humanRoles.includes(role)) throw new Error(`--role must be one of: ${humanRoles.join(', ')}`);
  if (!values.org) throw new Error('--org is required');
  const defaultKind = organisationKindOfRole[role];
  const orgKind = (values['org-kind'] ?? (defaultKind === 'any' ? undefined : defaultKind)) as OrganisationKind | undefined;
  if (!orgKind || !organisationKinds.includes(orgKind)) throw new Error(`--org-kind must be one of: ${organisationKinds.join(', ')}`);
  const secret = values.secret ?? env.AUTH_JWT_SECRET;
  const issuer = values.issuer ?? env.AUTH_ISSUER;
  const audience = values.audience ?? env.AUTH_AUDIENCE;
  if (!secret) throw new Error('--secret or AUTH_JWT_SECRET is required');
  if (!issuer || !audience) throw new Error('--issuer/--audience or AUTH_ISSUER/AUTH_AUDIENCE are required');
  return issueDevelopmentToken(
    { userId: values.user ?? `${role}-1`, role, organisationId: values.org, orgKind, ...(values.name ? { name: values.name } : {}) },
    secret,
    { issuer, audience, expiresIn: values['expires-in'] ?? '8h' },
  );
}
