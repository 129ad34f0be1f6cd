import { DEVELOPMENT_AUTH } from '#config';
import { issueDevelopmentToken, organisationKindOfRole, type HumanRole } from '#auth';
import { demoUsers } from './demo-users.js';

/** Where to go next, printed once the server listens: docs, a development token per role, and one curl. */
export async function startBanner(baseUrl: string, mode: { database: string; timers: string }, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const lines = [
    '',
    `labour-disputes is up on ${baseUrl}`,
    `  database: ${mode.database}`,
    `  timers and notifications: ${mode.timers}`,
    `  API docs: ${baseUrl}/docs   readiness: ${baseUrl}/health/ready`,
  ];
  if (env.AUTH_JWKS_URL || env.AUTH_PUBLIC_KEY || env.NODE_ENV === 'production') {
    lines.push('  tokens come from your identity provider (AUTH_JWKS_URL / AUTH_PUBLIC_KEY).');
    return lines.join('\n');
  }
  const secret = env.AUTH_JWT_SECRET || DEVELOPMENT_AUTH.AUTH_JWT_SECRET;
  const options = { issuer: env.AUTH_ISSUER || DEVELOPMENT_AUTH.AUTH_ISSUER, audience: env.AUTH_AUDIENCE || DEVELOPMENT_AUTH.AUTH_AUDIENCE, expiresIn: '8h' };
  const tokens = await Promise.all(
    demoUsers.map(async (user) => ({ ...user, token: await issueDevelopmentToken({ userId: `${user.role}-demo`, role: user.role, organisationId: user.org, orgKind: kindOf(user.role), name: user.name }, secret, options) })),
  );
  lines.push('', 'Development tokens (8 hours; `npm run token -- --role <role> --org <org>` makes more):');
  for (const { role, org, token } of tokens) lines.push(`  ${role.padEnd(18)} ${org.padEnd(14)} ${token}`);
  const mediator = tokens.find((t) => t.role === 'mediator')!;
  lines.push('', "The mediator's dashboard:", `  curl -s -H "Authorization: Bearer ${mediator.token}" ${baseUrl}/dashboards/mediation`, '');
  return lines.join('\n');
}

/** Admins belong to any organisation; the demo's sits in the labour department. */
const kindOf = (role: HumanRole) => {
  const kind = organisationKindOfRole[role];
  return kind === 'any' ? 'department' : kind;
};
