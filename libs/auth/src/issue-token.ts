import { SignJWT } from 'jose';
import type { HumanRole, OrganisationKind } from './claims.js';
import { MIN_HS256_SECRET_LENGTH } from './token-verifier.js';

export interface DevelopmentTokenSubject {
  readonly userId: string;
  readonly role: HumanRole;
  readonly organisationId: string;
  readonly orgKind: OrganisationKind;
  readonly name?: string;
}

export interface DevelopmentTokenOptions {
  readonly issuer: string;
  readonly audience: string;
  /** A jose time span (`'15m'`, `'8h'`) or seconds. Default `'8h'`. */
  readonly expiresIn?: string | number;
}

/** Signs an HS256 token with the shared development secret. Production tokens come from the identity provider. */
export async function issueDevelopmentToken(subject: DevelopmentTokenSubject, secret: string, options: DevelopmentTokenOptions): Promise<string> {
  if (Buffer.byteLength(secret) < MIN_HS256_SECRET_LENGTH) throw new Error(`the HS256 secret must be at least ${MIN_HS256_SECRET_LENGTH} bytes`);
  const expiresIn = options.expiresIn ?? '8h';
  return new SignJWT({
    role: subject.role,
    org: subject.organisationId,
    orgKind: subject.orgKind,
    ...(subject.name ? { name: subject.name } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject.userId)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(typeof expiresIn === 'number' ? Math.floor(Date.now() / 1000) + expiresIn : expiresIn)
    .sign(new TextEncoder().encode(secret));
}
