import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors,
  importSPKI,
  jwtVerify,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
  type CryptoKey,
} from 'jose';
import { actorFromClaims, roleFitsOrganisationKind, tokenClaimsSchema, type AuthenticatedActor, type OrganisationKind } from './claims.js';

export type AsymmetricAlgorithm = 'RS256' | 'ES256';

interface Common {
  /** Required `iss` claim. */
  readonly issuer: string;
  /** Required `aud` claim (the token may list several audiences; one must be this). */
  readonly audience: string;
  /** Allowed clock skew for `exp`/`nbf`, in seconds. Default 5. */
  readonly clockToleranceSeconds?: number;
}

/** How tokens are checked: a shared HS256 secret (development) or public keys (RS256/ES256, production). */
export type TokenVerifierConfig =
  | (Common & { readonly kind: 'hs256'; readonly secret: string })
  | (Common & { readonly kind: 'jwks'; readonly jwksUrl: string; readonly algorithms?: readonly AsymmetricAlgorithm[] })
  | (Common & { readonly kind: 'local-jwks'; readonly jwks: JSONWebKeySet; readonly algorithms?: readonly AsymmetricAlgorithm[] })
  | (Common & { readonly kind: 'public-key'; readonly publicKeyPem: string; readonly algorithm: AsymmetricAlgorithm });

/** Why a token was refused; each cause has its own reason, for logs and the 401 body. */
export const tokenRejectionReasons = [
  'missing_token',
  'malformed',
  'alg_none',
  'alg_not_allowed',
  'bad_signature',
  'unknown_key',
  'expired',
  'not_yet_valid',
  'wrong_issuer',
  'wrong_audience',
  'invalid_claims',
] as const;
export type TokenRejectionReason = (typeof tokenRejectionReasons)[number];

export class TokenRejected extends Error {
  override readonly name = 'TokenRejected';
  constructor(
    readonly reason: TokenRejectionReason,
    detail?: string,
  ) {
    super(detail ? `token rejected: ${reason} (${detail})` : `token rejected: ${reason}`);
  }
}

export interface VerifiedToken {
  readonly actor: AuthenticatedActor;
  readonly orgKind: OrganisationKind;
  readonly expiresAt: Date;
}

/**
 * The injection token of the process's one {@link TokenVerifier}. Here, not in the HTTP lib, so the platform's rate
 * limiter can find the verifier the guards use without depending on the routes.
 */
export const TOKEN_VERIFIER = Symbol.for('labour-disputes:TokenVerifier');

/** The minimum length of an HS256 secret: 256 bits, as RFC 7518 §3.2 requires. */
export const MIN_HS256_SECRET_LENGTH = 32;

type Key = CryptoKey | Uint8Array | JWTVerifyGetKey;

/** Verifies access tokens with `jose` and turns their claims into an {@link AuthenticatedActor}. */
export class TokenVerifier {
  private key: Promise<Key> | undefined;
  private readonly algorithms: string[];

  constructor(private readonly config: TokenVerifierConfig) {
    if (!config.issuer) throw new Error('TokenVerifier: issuer is required');
    if (!config.audience) throw new Error('TokenVerifier: audience is required');
    switch (config.kind) {
      case 'hs256':
        if (Buffer.byteLength(config.secret) < MIN_HS256_SECRET_LENGTH)
          throw new Error(`TokenVerifier: the HS256 secret must be at least ${MIN_HS256_SECRET_LENGTH} bytes`);
        this.algorithms = ['HS256'];
        break;
      case 'public-key':
        this.algorithms = [config.algorithm];
        break;
      default:
        this.algorithms = [...(config.algorithms ?? ['RS256', 'ES256'])];
    }
  }

  private resolveKey(): Promise<Key> {
    const config = this.config;
    this.key ??= (async (): Promise<Key> => {
      switch (config.kind) {
        case 'hs256':
          return new TextEncoder().encode(config.secret);
        case 'public-key':
          return importSPKI(config.publicKeyPem, config.algorithm);
        case 'jwks':
          return createRemoteJWKSet(new URL(config.jwksUrl));
        case 'local-jwks':
          return createLocalJWKSet(config.jwks);
      }
    })();
    return this.key;
  }

  /** Verifies a raw token (no `Bearer ` prefix). Throws {@link TokenRejected}. */
  async verify(token: string | undefined | null): Promise<VerifiedToken> {
    if (!token || !token.trim()) throw new TokenRejected('missing_token');
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new TokenRejected('malformed');
    }
    if (!alg || alg.toLowerCase() === 'none') throw new TokenRejected('alg_none');
    if (!this.algorithms.includes(alg)) throw new TokenRejected('alg_not_allowed', alg);

    let payload: Record<string, unknown>;
    try {
      const key = await this.resolveKey();
      const result = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: this.algorithms,
        clockTolerance: this.config.clockToleranceSeconds ?? 5,
        requiredClaims: ['exp', 'sub'],
      });
      payload = result.payload;
    } catch (error) {
      throw translate(error);
    }
    const claims = tokenClaimsSchema.safeParse(payload);
    if (!claims.success) throw new TokenRejected('invalid_claims', claims.error.issues.map((i) => i.path.join('.') || 'claims').join(', '));
    if (!roleFitsOrganisationKind(claims.data.role, claims.data.orgKind))
      throw new TokenRejected('invalid_claims', `role ${claims.data.role} does not belong to a ${claims.data.orgKind}`);
    const actor = actorFromClaims(claims.data);
    return { actor, orgKind: actor.orgKind, expiresAt: new Date((payload.exp as number) * 1000) };
  }

  /** Reads `Authorization: Bearer <token>`; anything else counts as a missing token. */
  verifyAuthorizationHeader(header: string | string[] | undefined): Promise<VerifiedToken> {
    return this.verify(bearerToken(header));
  }

  private readonly perRequest = new WeakMap<object, Map<string, Promise<VerifiedToken>>>();

  /**
   * {@link verifyAuthorizationHeader}, once per request: the rate limiter (to name the caller) and the route's guard
   * both need the verified token, and the signature check is the costly part.
   */
  verifyRequest(request: { readonly headers: { readonly authorization?: string | string[] } }): Promise<VerifiedToken> {
    const token = bearerToken(request.headers.authorization) ?? '';
    const seen = this.perRequest.get(request) ?? new Map<string, Promise<VerifiedToken>>();
    this.perRequest.set(request, seen);
    const verified = seen.get(token) ?? this.verify(token);
    seen.set(token, verified);
    return verified;
  }
}

/** The token of an `Authorization: Bearer …` header, if it is one. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return /^Bearer\s+(\S+)\s*$/i.exec(value ?? '')?.[1];
}

function translate(error: unknown): TokenRejected {
  if (error instanceof TokenRejected) return error;
  if (error instanceof errors.JWTExpired) return new TokenRejected('expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return new TokenRejected('wrong_issuer');
    if (error.claim === 'aud') return new TokenRejected('wrong_audience');
    if (error.claim === 'nbf' || error.claim === 'iat') return new TokenRejected('not_yet_valid');
    return new TokenRejected('invalid_claims', `${error.claim}: ${error.reason}`);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return new TokenRejected('bad_signature');
  if (error instanceof errors.JOSEAlgNotAllowed) return new TokenRejected('alg_not_allowed');
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) return new TokenRejected('unknown_key');
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid) return new TokenRejected('malformed');
  if (error instanceof errors.JOSEError) return new TokenRejected('malformed', error.code);
  // Key material problems (JWKS unreachable, bad PEM) are configuration or infrastructure faults, not the caller's.
  throw error;
}
