/**
 * Development defaults so that `npm start` works on a laptop and tests can sign tokens; refused in production, where
 * the identity provider's keys (AUTH_JWKS_URL or AUTH_PUBLIC_KEY) must be configured.
 */
export const DEVELOPMENT_AUTH = {
  AUTH_ISSUER: 'labour-disputes-dev',
  AUTH_AUDIENCE: 'labour-disputes-api',
  AUTH_JWT_SECRET: 'labour-disputes-development-secret-not-for-production',
} as const;
