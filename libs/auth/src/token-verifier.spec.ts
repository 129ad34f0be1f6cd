import { jest } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, UnsecuredJWT, type CryptoKey } from 'jose';
import { issueDevelopmentToken } from './issue-token.js';
import { TokenRejected, TokenVerifier, type TokenRejectionReason } from './token-verifier.js';

const secret = 'a-development-secret-of-at-least-32-bytes!';
const issuer = 'https://id.example.test';
const audience = 'labour-disputes';
const subject = { userId: 'u-1', role: 'mediator', organisationId: 'body-1', orgKind: 'mediation_body', name: 'Li Mei' } as const;
const hs = new TokenVerifier({ kind: 'hs256', secret, issuer, audience });

const rejection = async (verifier: TokenVerifier, token: string | undefined): Promise<TokenRejectionReason> => {
  try {
    await verifier.verify(token);
  } catch (error) {
    if (error instanceof TokenRejected) return error.reason;
    throw error;
  }
  throw new Error('token was accepted');
};

const signed = (claims: Record<string, unknown>, key: Uint8Array | CryptoKey = new TextEncoder().encode(secret), alg = 'HS256') =>
  new SignJWT(claims).setProtectedHeader({ alg }).setIssuer(issuer).setAudience(audience).setSubject('u-1').setIssuedAt().setExpirationTime('5m').sign(key);

describe('TokenVerifier (HS256, development)', () => {
  it('turns a valid development token into an actor with its organisation kind', async () => {
    const token = await issueDevelopmentToken(subject, secret, { issuer, audience, expiresIn: '10m' });
    const verified = await hs.verify(token);
    expect(verified.actor).toEqual({ userId: 'u-1', role: 'mediator', organisationId: 'body-1', orgKind: 'mediation_body', displayName: 'Li Mei' });
    expect(verified.orgKind).toBe('mediation_body');
    expect(verified.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('verifies a request once, however many of its handlers ask (rate limiter, then guard)', async () => {
    const verifier = new TokenVerifier({ kind: 'hs256', secret, issuer, audience });
    const verify = jest.spyOn(verifier, 'verify');
    const request = { headers: { authorization: `Bearer ${await issueDevelopmentToken(subject, secret, { issuer, audience })}` } };
    const [first, second] = [await verifier.verifyRequest(request), await verifier.verifyRequest(request)];
    expect(second).toBe(first);
    expect(verify).toHaveBeenCalledTimes(1);
    await verifier.verifyRequest({ headers: { ...request.headers } });
    expect(verify).toHaveBeenCalledTimes(2);
    await expect(verifier.verifyRequest({ headers: { authorization: 'Basic abc' } })).rejects.toMatchObject({ reason: 'missing_token' });
  });

  it('reads a Bearer header', async () => {
    const token = await issueDevelopmentToken(subject, secret, { issuer, audience });
    await expect(hs.verifyAuthorizationHeader(`Bearer ${token}`)).resolves.toMatchObject({ actor: { userId: 'u-1' } });
    await expect(hs.verifyAuthorizationHeader(`Basic abc`)).rejects.toMatchObject({ reason: 'missing_token' });
  });

  it('gives every kind of bad token its own reason', async () => {
    const other = 'another-secret-that-is-also-32-bytes-long';
    const cases: [string, string | undefined, TokenRejectionReason][] = [
      ['missing', undefined, 'missing_token'],
      ['empty', '  ', 'missing_token'],
      ['garbage', 'not.a.jwt', 'malformed'],
      ['expired', await issueDevelopmentToken(subject, secret, { issuer, audience, expiresIn: -60 }), 'expired'],
      ['wrong signature', await issueDevelopmentToken(subject, other, { issuer, audience }), 'bad_signature'],
      ['alg none', new UnsecuredJWT({ role: 'admin', org: 'x', orgKind: 'department' }).setIssuer(issuer).setAudience(audience).setSubject('u').setExpirationTime('5m').encode(), 'alg_none'],
      ['wrong audience', await issueDevelopmentToken(subject, secret, { issuer, audience: 'someone-else' }), 'wrong_audience'],
      ['wrong issuer', await issueDevelopmentToken(subject, secret, { issuer: 'https://evil.test', audience }), 'wrong_issuer'],
      ['system role', await signed({ role: 'system', org: 'x', orgKind: 'department' }), 'invalid_claims'],
      ['unknown org kind', await signed({ role: 'mediator', org: 'x', orgKind: 'bank' }), 'invalid_claims'],
      ['role outside its org kind', await signed({ role: 'mediator', org: 'x', orgKind: 'court' }), 'invalid_claims'],
      ['no org', await signed({ role: 'mediator', orgKind: 'mediation_body' }), 'invalid_claims'],
    ];
    for (const [name, token, reason] of cases) expect([name, await rejection(hs, token)]).toEqual([name, reason]);
    expect(new Set(cases.map(([, , reason]) => reason)).size).toBe(8);
  });

  it('refuses an asymmetric token when configured for HS256 (no algorithm confusion)', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    expect(await rejection(hs, await signed({ role: 'mediator', org: 'b', orgKind: 'mediation_body' }, privateKey, 'ES256'))).toBe('alg_not_allowed');
  });

  it('refuses a short secret', () => {
    expect(() => new TokenVerifier({ kind: 'hs256', secret: 'short', issuer, audience })).toThrow(/at least 32 bytes/);
  });
});

describe('TokenVerifier (public keys, production)', () => {
  it.each(['RS256', 'ES256'] as const)('verifies %s with a PEM public key and refuses another key', async (alg) => {
    const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
    const verifier = new TokenVerifier({ kind: 'public-key', publicKeyPem: await exportSPKI(publicKey), algorithm: alg, issuer, audience });
    const token = await signed({ role: 'arbitrator', org: 'com-1', orgKind: 'arbitration_commission' }, privateKey, alg);
    await expect(verifier.verify(token)).resolves.toMatchObject({ actor: { role: 'arbitrator', organisationId: 'com-1' } });
    const stranger = await generateKeyPair(alg);
    expect(await rejection(verifier, await signed({ role: 'arbitrator', org: 'com-1', orgKind: 'arbitration_commission' }, stranger.privateKey, alg))).toBe('bad_signature');
    // An HS256 token signed with the public key as the "secret": the classic confusion attack.
    expect(await rejection(verifier, await signed({ role: 'admin', org: 'x', orgKind: 'department' }, new TextEncoder().encode(await exportSPKI(publicKey))))).toBe('alg_not_allowed');
  });

  describe('with a JWKS URL', () => {
    let server: Server;
    let url: string;
    let privateKey: CryptoKey;
    beforeAll(async () => {
      const pair = await generateKeyPair('RS256', { extractable: true });
      privateKey = pair.privateKey;
      const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] });
      server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(jwks));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('fetches the key set and matches the key id', async () => {
      const verifier = new TokenVerifier({ kind: 'jwks', jwksUrl: url, issuer, audience });
      const token = (kid: string) =>
        new SignJWT({ role: 'court-liaison', org: 'court-9', orgKind: 'court' })
          .setProtectedHeader({ alg: 'RS256', kid })
          .setIssuer(issuer)
          .setAudience(audience)
          .setSubject('cl-1')
          .setExpirationTime('5m')
          .sign(privateKey);
      await expect(verifier.verify(await token('k1'))).resolves.toMatchObject({ orgKind: 'court', actor: { userId: 'cl-1' } });
      expect(await rejection(verifier, await token('unknown'))).toBe('unknown_key');
    });
  });
});
