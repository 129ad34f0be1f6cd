import { TokenVerifier } from '../token-verifier.js';
import { issueTokenFromArgs } from './issue-token-args.js';

const env = { AUTH_JWT_SECRET: 'cli-secret-cli-secret-cli-secret-32', AUTH_ISSUER: 'dev-issuer', AUTH_AUDIENCE: 'dev-audience' };
const verifier = new TokenVerifier({ kind: 'hs256', secret: env.AUTH_JWT_SECRET, issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE });

describe('issue-token CLI', () => {
  it('issues a token the verifier accepts, deriving the org kind from the role', async () => {
    const token = await issueTokenFromArgs(['--role', 'mediator', '--org', 'body-1', '--name', 'Li Mei', '--user', 'u-7'], env);
    expect((await verifier.verify(token)).actor).toEqual({
      userId: 'u-7',
      role: 'mediator',
      organisationId: 'body-1',
      orgKind: 'mediation_body',
      displayName: 'Li Mei',
    });
  });

  it('needs an explicit org kind for the admin', async () => {
    await expect(issueTokenFromArgs(['--role', 'admin', '--org', 'ops'], env)).rejects.toThrow(/--org-kind/);
    const token = await issueTokenFromArgs(['--role', 'admin', '--org', 'ops', '--org-kind', 'department'], env);
    expect((await verifier.verify(token)).orgKind).toBe('department');
  });

  it('refuses an unknown role, the system role, a missing org or a missing secret', async () => {
    await expect(issueTokenFromArgs(['--role', 'judge', '--org', 'x'], env)).rejects.toThrow(/--role must be one of/);
    await expect(issueTokenFromArgs(['--role', 'system', '--org', 'x'], env)).rejects.toThrow(/--role must be one of/);
    await expect(issueTokenFromArgs(['--role', 'mediator'], env)).rejects.toThrow(/--org is required/);
    await expect(issueTokenFromArgs(['--role', 'mediator', '--org', 'b'], {})).rejects.toThrow(/AUTH_JWT_SECRET/);
  });
});
