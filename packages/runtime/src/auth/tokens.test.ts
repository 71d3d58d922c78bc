import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DEV_JWT_SECRET, DEV_SERVICE_JWT_SECRET, loadAuthConfig } from './auth-config';
import { RevocationList } from '../shared-state/revocations';
import { bearerToken, createTokenVerifier, issueClaimantToken, issueToken, serviceToken } from './tokens';

const config = loadAuthConfig({});
const verify = createTokenVerifier(config);
const CLIENT_ID = '2f1d8a52-4b0c-4a59-9d6e-0c6a7c1f9b11';
const EXAMINER_ID = '9a7b6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d';

async function failure(token: string) {
  try {
    await verify(token);
  } catch (error) {
    return error as { message: string; extensions: { code: string } };
  }
  throw new Error('expected the token to be refused');
}

const sign = (payload: Record<string, unknown>, secret: string, header: Record<string, unknown> = {}) =>
  new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256', ...header })
    .setIssuer('ime-panel')
    .setAudience('ime-panel-api')
    .setSubject('someone')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(secret));

describe('user tokens', () => {
  it('round-trips every role with its binding', async () => {
    const client = await issueToken(config, { sub: 'u1', name: 'Casey', role: 'CLIENT', clientId: CLIENT_ID });
    expect(await verify(client.token)).toEqual({ id: 'u1', name: 'Casey', role: 'CLIENT', clientId: CLIENT_ID, examinerId: null });
    const examiner = await issueToken(config, { sub: 'u2', name: 'Emery', role: 'EXAMINER', examinerId: EXAMINER_ID });
    expect(await verify(examiner.token)).toMatchObject({ role: 'EXAMINER', examinerId: EXAMINER_ID, clientId: null });
    for (const role of ['ADMIN', 'ANALYST'] as const) {
      const { token, expiresAt } = await issueToken(config, { sub: `u-${role}`, name: role, role });
      expect(await verify(token)).toMatchObject({ id: `u-${role}`, role });
      // Access tokens live minutes (JWT_TTL_SECONDS, 300 by default); sessions are refreshed server-side.
      expect(expiresAt.getTime()).toBeGreaterThan(Date.now() + 290_000);
      expect(expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 300_000);
    }
  });

  it('refuses to issue a CLIENT without a client or an ADMIN with one', async () => {
    await expect(issueToken(config, { sub: 'x', name: 'x', role: 'CLIENT' })).rejects.toThrow(/client/);
    await expect(issueToken(config, { sub: 'x', name: 'x', role: 'ADMIN', clientId: CLIENT_ID })).rejects.toThrow(/cannot carry/);
  });

  it('refuses an expired token, saying so', async () => {
    const { token } = await issueToken(config, { sub: 'u', name: 'u', role: 'ADMIN' }, { ttlSeconds: 60, now: new Date(Date.now() - 3_600_000) });
    const error = await failure(token);
    expect(error.extensions.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/expired/);
  });

  it('refuses a token signed by another key, for another audience or issuer, or garbage', async () => {
    expect((await failure(await sign({ role: 'ADMIN' }, 'x'.repeat(40)))).message).toMatch(/signature/);
    const otherAudience = await issueToken(loadAuthConfig({ JWT_AUDIENCE: 'someone-else' }), { sub: 'u', name: 'u', role: 'ADMIN' });
    expect((await failure(otherAudience.token)).message).toMatch(/"aud"/);
    const otherIssuer = await issueToken(loadAuthConfig({ JWT_ISSUER: 'evil' }), { sub: 'u', name: 'u', role: 'ADMIN' });
    expect((await failure(otherIssuer.token)).message).toMatch(/"iss"/);
    expect((await failure('not-a-jwt')).extensions.code).toBe('UNAUTHENTICATED');
    expect((await failure('eyJhbGciOiJub25lIn0.eyJyb2xlIjoiQURNSU4ifQ.')).extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses tokens whose role or binding is wrong', async () => {
    expect((await failure(await sign({ role: 'ROOT' }, DEV_JWT_SECRET))).message).toMatch(/role must be/);
    expect((await failure(await sign({ role: 'CLIENT' }, DEV_JWT_SECRET))).message).toMatch(/client/);
    expect((await failure(await sign({ role: 'EXAMINER', examiner_id: 'not-a-uuid' }, DEV_JWT_SECRET))).message).toMatch(/examiner/);
  });

  it('never lets the user key mint a SERVICE identity, nor the service key a user', async () => {
    expect((await failure(await sign({ role: 'SERVICE' }, DEV_JWT_SECRET))).message).toMatch(/role must be/);
    expect((await failure(await sign({ role: 'SERVICE' }, DEV_JWT_SECRET, { kid: 'ime-panel-service' }))).message).toMatch(/signature/);
    expect((await failure(await sign({ role: 'ADMIN' }, DEV_SERVICE_JWT_SECRET, { kid: 'ime-panel-service' }))).message).toMatch(/role SERVICE/);
  });
});

describe('revoked tokens', () => {
  const list = new RevocationList();
  const verifyRevocable = createTokenVerifier(config, list);
  const later = Date.now() + 600_000;

  it('carries the session id, and refuses every token of a revoked session at once', async () => {
    const { token } = await issueToken(config, { sub: 'u-s', name: 'S', role: 'ADMIN', sessionId: 'session-1' });
    const other = await issueToken(config, { sub: 'u-s', name: 'S', role: 'ADMIN', sessionId: 'session-2' });
    expect(await verifyRevocable(token)).toMatchObject({ id: 'u-s', sessionId: 'session-1' });
    list.apply({ kind: 'session', id: 'session-1', until: later });
    await expect(verifyRevocable(token)).rejects.toMatchObject({ message: expect.stringMatching(/revoked/), extensions: { code: 'UNAUTHENTICATED' } });
    expect(await verifyRevocable(other.token)).toMatchObject({ sessionId: 'session-2' });
  });

  it("refuses a subject's tokens issued before its not-before time, with or without a session, and not later ones", async () => {
    const now = new Date();
    const before = await issueToken(config, { sub: 'u-n', name: 'N', role: 'ANALYST' }, { now: new Date(now.getTime() - 2000) });
    const notBefore = Math.ceil(now.getTime() / 1000);
    list.apply({ kind: 'subject', id: 'u-n', notBefore, until: later });
    await expect(verifyRevocable(before.token)).rejects.toThrow(/revoked/);
    // Issued in the same second as the revocation, after it: counted from the not-before time, so accepted.
    const after = await issueToken(config, { sub: 'u-n', name: 'N', role: 'ANALYST', sessionId: 'session-3' }, { notBefore });
    expect(await verifyRevocable(after.token)).toMatchObject({ id: 'u-n' });
    expect(await verifyRevocable((await issueToken(config, { sub: 'someone-else', name: 'E', role: 'ANALYST' })).token)).toMatchObject({ id: 'someone-else' });
  });

  it('forgets entries once they no longer matter', () => {
    const forgetting = new RevocationList();
    forgetting.apply({ kind: 'session', id: 's', until: 1000 });
    expect(forgetting.isRevoked({ sub: 'x', sid: 's' }, 999)).toBe(true);
    expect(forgetting.isRevoked({ sub: 'x', sid: 's' }, 1000 + 60_000)).toBe(false);
    expect(forgetting.size).toBe(0);
  });

  it('refuses to issue a token longer-lived than any revocation is kept', async () => {
    await expect(issueToken(config, { sub: 'u', name: 'u', role: 'ADMIN' }, { ttlSeconds: 8 * 24 * 3600 })).rejects.toThrow(/7 days/);
  });

  it('never revokes service tokens', async () => {
    list.apply({ kind: 'subject', id: 'service:reports', notBefore: Math.ceil(Date.now() / 1000) + 100, until: later });
    expect(await verifyRevocable(await serviceToken(config, 'reports'))).toMatchObject({ role: 'SERVICE' });
  });
});

describe('service tokens', () => {
  it('verify as the SERVICE role and are cached', async () => {
    const token = await serviceToken(config, 'reports');
    expect(await verify(token)).toEqual({ id: 'service:reports', name: 'service:reports', role: 'SERVICE', clientId: null, examinerId: null });
    expect(await serviceToken(config, 'reports')).toBe(token);
  });
});

describe('tokens from an external identity provider (JWKS)', () => {
  it('verifies RS256 tokens against the published key set and refuses HS256 when no secret is configured', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'idp-1', alg: 'RS256', use: 'sig' };
    const server = createServer((_req, res) => res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
      const jwksConfig = loadAuthConfig({ JWT_JWKS_URL: url });
      expect(jwksConfig.jwtSecret).toBeNull();
      const verifyJwks = createTokenVerifier(jwksConfig);
      const token = await new SignJWT({ role: 'ANALYST', name: 'Idp User' })
        .setProtectedHeader({ alg: 'RS256', kid: 'idp-1' })
        .setIssuer('ime-panel')
        .setAudience('ime-panel-api')
        .setSubject('idp|123')
        .setExpirationTime('5m')
        .sign(privateKey);
      expect(await verifyJwks(token)).toMatchObject({ id: 'idp|123', role: 'ANALYST', name: 'Idp User' });
      const hs = await issueToken(config, { sub: 'u', name: 'u', role: 'ADMIN' });
      await expect(verifyJwks(hs.token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    } finally {
      server.close();
    }
  });
});

describe('bearerToken', () => {
  it('reads only the Bearer scheme', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});

describe('claimant tokens (docs/claimant-portal.md)', () => {
  const CASE_ID = '5b2a3c4d-1e2f-4a5b-9c8d-7e6f5a4b3c2d';
  const ACCESS_ID = '0d1c2b3a-4f5e-4d6c-8b7a-9f8e7d6c5b4a';
  it('binds the session to one case and the access link as its session', async () => {
    const { token } = await issueClaimantToken(config, { accessId: ACCESS_ID, caseId: CASE_ID, name: 'Claimant' }, { ttlSeconds: 600 });
    expect(await verify(token)).toEqual({ id: `claimant-access:${ACCESS_ID}`, name: 'Claimant', role: 'CLAIMANT', clientId: null, examinerId: null, caseId: CASE_ID, sessionId: ACCESS_ID });
  });
  it('refuses a CLAIMANT token without its case or with a staff binding', async () => {
    expect((await failure(await sign({ role: 'CLAIMANT', name: 'x' }, DEV_JWT_SECRET))).message).toMatch(/case_id/);
    expect((await failure(await sign({ role: 'CLAIMANT', case_id: CASE_ID, client_id: CLIENT_ID }, DEV_JWT_SECRET))).message).toMatch(/cannot carry/);
  });
});
