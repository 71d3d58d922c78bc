import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ON_FREE_LOCAL_PORTS, startPlatform, type RunningPlatform } from '../scripts/lib/platform';
import { createClient, uniqueSuffix } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * Accounts with an external identity provider (docs/security.md, "External identity provider"): a gateway that
 * trusts only a JWKS has no local passwords, and links each person's account to the provider's subject by
 * their verified e-mail address. The provider here is a key set served on a free port, as in the runtime's
 * JWKS test (packages/runtime/src/auth/tokens.test.ts).
 */
let t: TestPlatform;
let external: RunningPlatform;
let jwks: Server;
let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
let orgId: string;

beforeAll(async () => {
  t = await startTestPlatform();
  orgId = (await createClient(t.gateway, `Beacon Assurance ${uniqueSuffix()}`)).id;
  const keys = await generateKeyPair('RS256');
  privateKey = keys.privateKey;
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'idp-1', alg: 'RS256', use: 'sig' };
  jwks = createServer((_req, res) => res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })));
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  external = await startPlatform(
    { ...t.databaseEnv, ...ON_FREE_LOCAL_PORTS, JWT_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json` },
    process.env.TEST_LOG_LEVEL ?? 'silent',
  );
}, 180_000);
afterAll(async () => {
  await external?.close();
  jwks?.close();
  await t?.close();
});

/** A token of the provider. */
const providerToken = (sub: string, claims: Record<string, unknown>) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'idp-1' }).setIssuer('ime-panel').setAudience('ime-panel-api').setSubject(sub).setExpirationTime('5m').sign(privateKey);
async function call(method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(external.gateway.url.replace(/\/graphql$/, path), {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as any };
}

describe('with an external identity provider only', () => {
  it('has no local passwords, and says so', async () => {
    for (const path of ['/auth/login', '/auth/password-reset', '/auth/password', '/auth/login/totp']) {
      const answer = await call('POST', path, undefined, { email: 'x@y.example', password: 'a long enough password' });
      expect(answer.status, path).toBe(404);
      expect(answer.body.errors[0].message).toMatch(/external identity provider \(JWT_JWKS_URL\)/);
    }
  });

  it('links an account an administrator created to the provider subject by verified e-mail, once, audited', async () => {
    const admin = await providerToken('idp|admin', { role: 'ADMIN', name: 'Provider admin' });
    const email = `casey-${uniqueSuffix()}@beacon.example`;
    const created = await call('POST', '/auth/users', admin, { email, name: 'Casey Beacon', role: 'CLIENT', clientId: orgId, manager: true });
    expect(created.status).toBe(201);
    expect(created.body.invitation).toBeNull();

    const impostor = await providerToken('idp|other', { role: 'CLIENT', client_id: orgId, email, email_verified: false });
    expect((await call('GET', '/auth/account', impostor)).status).toBe(409);

    const casey = await providerToken('idp|casey', { role: 'CLIENT', client_id: orgId, email: email.toUpperCase(), email_verified: true, name: 'Casey Beacon' });
    const first = await call('GET', '/auth/account', casey);
    expect(first.body).toMatchObject({ id: created.body.user.id, email, externalSubject: 'idp|casey', linked: 'now' });
    expect((await call('GET', '/auth/account', casey)).body).toMatchObject({ id: created.body.user.id, linked: 'before' });
    // The address now belongs to that subject: another subject with it is refused.
    const other = await providerToken('idp|someone-else', { role: 'CLIENT', client_id: orgId, email, email_verified: true });
    expect((await call('GET', '/auth/account', other)).body.errors[0].message).toMatch(/linked to another identity/);
    const audit = await t.sql.query(`select actor_id from identity.audit_entry where operation = 'linkExternalAccount' and $1 = any(record_ids)`, [created.body.user.id]);
    expect(audit.rows).toEqual([{ actor_id: 'idp|casey' }]);

    // Linked, the manager manages the organisation's accounts.
    const colleague = await call('POST', '/auth/users', casey, { email: `drew-${uniqueSuffix()}@beacon.example`, name: 'Drew Beacon', role: 'CLIENT' });
    expect(colleague.body.user).toMatchObject({ clientId: orgId, role: 'CLIENT' });
    const list = await call('GET', '/auth/users', casey);
    expect(list.body.items.every((u: any) => u.clientId === orgId)).toBe(true);
    expect(list.body.total).toBe(2);
  });
});
