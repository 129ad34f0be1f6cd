import { AuthConfigError, loadAuthConfig } from './auth-config.js';

const base = { AUTH_ISSUER: 'iss', AUTH_AUDIENCE: 'aud' };
const secret = 'x'.repeat(32);

describe('loadAuthConfig', () => {
  it('builds an HS256 config from a shared secret in development', () => {
    expect(loadAuthConfig({ ...base, AUTH_JWT_SECRET: secret })).toEqual({
      kind: 'hs256',
      secret,
      issuer: 'iss',
      audience: 'aud',
      clockToleranceSeconds: 5,
    });
  });

  it('builds a JWKS config', () => {
    expect(loadAuthConfig({ ...base, NODE_ENV: 'production', AUTH_JWKS_URL: 'https://id.example/jwks' })).toMatchObject({
      kind: 'jwks',
      jwksUrl: 'https://id.example/jwks',
    });
  });

  it('refuses a shared secret in production, two key sources, none, a short secret, or no issuer/audience', () => {
    expect(() => loadAuthConfig({ ...base, NODE_ENV: 'production', AUTH_JWT_SECRET: secret })).toThrow(/for development/);
    expect(() => loadAuthConfig({ ...base, AUTH_JWT_SECRET: secret, AUTH_JWKS_URL: 'https://id.example/jwks' })).toThrow(/exactly one/);
    expect(() => loadAuthConfig(base)).toThrow(/exactly one/);
    expect(() => loadAuthConfig({ ...base, AUTH_JWT_SECRET: 'short' })).toThrow(/at least 32/);
    expect(() => loadAuthConfig({ AUTH_JWT_SECRET: secret })).toThrow(AuthConfigError);
    expect(() => loadAuthConfig({ AUTH_JWT_SECRET: secret })).toThrow(/AUTH_ISSUER[\s\S]*AUTH_AUDIENCE/);
  });
});
