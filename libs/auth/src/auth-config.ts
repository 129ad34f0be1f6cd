import { z } from 'zod';
import { MIN_HS256_SECRET_LENGTH, type TokenVerifierConfig } from './token-verifier.js';

/**
 * Auth settings read from the environment. Exactly one key source:
 * - `AUTH_JWT_SECRET`: shared HS256 secret (development and tests only; refused when NODE_ENV=production),
 * - `AUTH_JWKS_URL`: the identity provider's JWKS endpoint (RS256/ES256),
 * - `AUTH_PUBLIC_KEY`: a PEM SPKI public key, with `AUTH_PUBLIC_KEY_ALG` (RS256 default, or ES256).
 */
export const authConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    AUTH_ISSUER: z.string().min(1),
    AUTH_AUDIENCE: z.string().min(1),
    AUTH_JWT_SECRET: z.string().min(MIN_HS256_SECRET_LENGTH, `must be at least ${MIN_HS256_SECRET_LENGTH} characters`).optional(),
    AUTH_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
    AUTH_PUBLIC_KEY: z.string().includes('BEGIN PUBLIC KEY', { message: 'must be a PEM public key' }).optional(),
    AUTH_PUBLIC_KEY_ALG: z.enum(['RS256', 'ES256']).default('RS256'),
    AUTH_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(5),
  })
  .superRefine((c, ctx) => {
    const sources = [c.AUTH_JWT_SECRET, c.AUTH_JWKS_URL, c.AUTH_PUBLIC_KEY].filter(Boolean).length;
    if (sources !== 1)
      ctx.addIssue({ code: 'custom', path: ['AUTH_JWT_SECRET'], message: 'set exactly one of AUTH_JWT_SECRET, AUTH_JWKS_URL, AUTH_PUBLIC_KEY' });
    if (c.NODE_ENV === 'production' && c.AUTH_JWT_SECRET)
      ctx.addIssue({ code: 'custom', path: ['AUTH_JWT_SECRET'], message: 'a shared HS256 secret is for development; use AUTH_JWKS_URL or AUTH_PUBLIC_KEY in production' });
  });

export class AuthConfigError extends Error {
  override readonly name = 'AuthConfigError';
}

const withoutBlanks = (env: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));

/** Builds the verifier configuration from environment variables; the message names every bad setting. */
export function loadAuthConfig(env: Record<string, string | undefined> = process.env): TokenVerifierConfig {
  const parsed = authConfigSchema.safeParse(withoutBlanks(env));
  if (!parsed.success)
    throw new AuthConfigError(`Invalid auth configuration:\n${parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n')}`);
  const c = parsed.data;
  const common = { issuer: c.AUTH_ISSUER, audience: c.AUTH_AUDIENCE, clockToleranceSeconds: c.AUTH_CLOCK_TOLERANCE_SECONDS };
  if (c.AUTH_JWT_SECRET) return { ...common, kind: 'hs256', secret: c.AUTH_JWT_SECRET };
  if (c.AUTH_JWKS_URL) return { ...common, kind: 'jwks', jwksUrl: c.AUTH_JWKS_URL };
  return { ...common, kind: 'public-key', publicKeyPem: c.AUTH_PUBLIC_KEY!.replace(/\\n/g, '\n'), algorithm: c.AUTH_PUBLIC_KEY_ALG };
}
