import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentityOrm, saveUser } from '@imepanel/gateway';
import { DEV_JWT_SECRET, issueToken, loadAuthConfig, serviceToken } from '@imepanel/runtime';
import { createClient, graphqlError } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';

let t: TestPlatform;
let clientId: string;
beforeAll(async () => {
  t = await startTestPlatform({ LOGIN_RATE_LIMIT_BURST: '12', LOGIN_RATE_LIMIT_PER_MINUTE: '1' });
  clientId = (await createClient(t.gateway)).id;
  const orm = await createIdentityOrm({ databaseUrl: t.databaseUrl, poolMax: 1, slowQueryMs: 1000 }, (await import('@imepanel/runtime')).createLogger('test', 'silent'));
  try {
    await saveUser(orm.em.fork(), { email: 'Casey@Client.example', displayName: 'Casey Client', password: 'correct horse battery', role: 'CLIENT', clientId });
    await saveUser(orm.em.fork(), { email: 'gone@client.example', displayName: 'Gone User', password: 'correct horse battery', role: 'ANALYST' });
  } finally {
    await orm.close(true);
  }
  await t.sql.query(`update identity.user_account set active = false where email = 'gone@client.example'`);
});
afterAll(async () => {
  await t?.close();
});

const QUERY = JSON.stringify({ query: '{ __typename }' });
async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, body: (await response.json().catch(() => null)) as any, headers: response.headers };
}

const auth = loadAuthConfig({});
const signed = (payload: Record<string, unknown>, secret: string, claims: { aud?: string; iss?: string; exp?: number } = {}) =>
  new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256', kid: 'ime-panel-user' })
    .setIssuer(claims.iss ?? 'ime-panel')
    .setAudience(claims.aud ?? 'ime-panel-api')
    .setSubject('mallory')
    .setExpirationTime(claims.exp ?? Math.floor(Date.now() / 1000) + 300)
    .sign(new TextEncoder().encode(secret));

describe('every GraphQL endpoint, the gateway and each subgraph reached directly', () => {
  const endpoints = () => ({ gateway: t.gatewayUrl, ...t.subgraphUrls });
  const refusals = async (): Promise<[string, Record<string, string>, RegExp][]> => [
    ['no token', {}, /Authentication required/],
    ['another scheme', { authorization: 'Basic YWRtaW46YWRtaW4=' }, /must be "Bearer <token>"/],
    ['an expired token', { authorization: `Bearer ${(await issueToken(auth, { sub: 'u', name: 'u', role: 'ADMIN' }, { ttlSeconds: 60, now: new Date(Date.now() - 7_200_000) })).token}` }, /expired/],
    ['a token signed by another key', { authorization: `Bearer ${await signed({ role: 'ADMIN' }, 'k'.repeat(48))}` }, /signature/],
    ['a token for another audience', { authorization: `Bearer ${await signed({ role: 'ADMIN' }, DEV_JWT_SECRET, { aud: 'another-api' })}` }, /"aud"/],
    ['a token from another issuer', { authorization: `Bearer ${await signed({ role: 'ADMIN' }, DEV_JWT_SECRET, { iss: 'evil' })}` }, /"iss"/],
    ['a user token claiming the SERVICE role', { authorization: `Bearer ${await signed({ role: 'SERVICE' }, DEV_JWT_SECRET)}` }, /role must be/],
    ['garbage', { authorization: 'Bearer not.a.jwt' }, /not valid/],
  ];

  it('refuses calls without a valid token with 401 UNAUTHENTICATED, before any resolver runs', async () => {
    for (const [name, url] of Object.entries(endpoints())) {
      for (const [what, headers, message] of await refusals()) {
        const { result, statements } = await t.countStatements(() => post(url, QUERY, headers));
        expect(statements, `${name}: ${what} ran SQL`).toBe(0);
        expect(result.status, `${name}: ${what}`).toBe(401);
        expect(result.body.errors[0].extensions.code, `${name}: ${what}`).toBe('UNAUTHENTICATED');
        expect(result.body.errors[0].message, `${name}: ${what}`).toMatch(message);
        expect(result.headers.get('www-authenticate')).toMatch(/^Bearer/);
      }
    }
  });

  it('keeps health endpoints open', async () => {
    for (const url of Object.values(endpoints())) {
      const health = await fetch(url.replace(/\/graphql$/, '/health/live'));
      expect(health.status).toBe(200);
    }
  });

  it('answers a valid token', async () => {
    const token = await t.token({ role: 'ANALYST' });
    for (const url of Object.values(endpoints())) {
      const ok = await post(url, QUERY, { authorization: `Bearer ${token}` });
      expect(ok.status).toBe(200);
      expect(ok.body.data.__typename).toBe('Query');
    }
  });
});

describe('the service identity', () => {
  it('reads what subgraph-to-subgraph calls need, but no claimant identity and no mutation', async () => {
    const token = await serviceToken(auth, 'some-service');
    const cases = await post(t.subgraphUrls.cases, JSON.stringify({ query: '{ cases { total items { id claimant { lastName } } } }' }), { authorization: `Bearer ${token}` });
    expect(cases.status).toBe(200);
    expect(cases.body.data.cases.total).toBeGreaterThanOrEqual(0);
    const mutation = await post(t.subgraphUrls.cases, JSON.stringify({ query: 'mutation { createClient(input: { name: "Svc", kind: OTHER }) { id } }' }), {
      authorization: `Bearer ${token}`,
    });
    expect(mutation.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('POST /auth/login', () => {
  const loginUrl = () => t.gatewayUrl.replace(/\/graphql$/, '/auth/login');
  const login = (body: unknown) => post(loginUrl(), JSON.stringify(body));

  it('issues a token for the right password, bound to the user\'s role and client', async () => {
    const response = await login({ email: ' casey@CLIENT.example ', password: 'correct horse battery' });
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({ email: 'casey@client.example', name: 'Casey Client', role: 'CLIENT', clientId, examinerId: null });
    expect(new Date(response.body.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const data = await post(t.gatewayUrl, JSON.stringify({ query: '{ clients { items { id } } }' }), { authorization: `Bearer ${response.body.token}` });
    expect(data.body.data.clients.items).toEqual([{ id: clientId }]);
    const row = await t.sql.query(`select password_hash, last_login_at from identity.user_account where email = 'casey@client.example'`);
    expect(row.rows[0].password_hash).toMatch(/^scrypt\$/);
    expect(row.rows[0].last_login_at).not.toBeNull();
  });

  it('answers the same 401 for a wrong password and an unknown e-mail, and refuses disabled accounts', async () => {
    const wrong = await login({ email: 'casey@client.example', password: 'wrong horse battery' });
    const unknown = await login({ email: 'nobody@client.example', password: 'correct horse battery' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const disabled = await login({ email: 'gone@client.example', password: 'correct horse battery' });
    expect(disabled.status).toBe(401);
    // Issue 12: "This account is disabled" confirmed the password; a disabled account answers as a wrong password.
    expect(disabled.body).toEqual(wrong.body);
  });

  it('refuses a malformed body with BAD_USER_INPUT', async () => {
    const response = await login({ email: 42 });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.fields.map((f: any) => f.field)).toEqual(['email', 'password']);
  });

  it('limits login attempts per client address with 429 TOO_MANY_REQUESTS', async () => {
    let refused: Awaited<ReturnType<typeof login>> | undefined;
    for (let i = 0; i < 15 && !refused; i++) {
      const response = await login({ email: 'casey@client.example', password: `guess number ${i}` });
      if (response.status === 429) refused = response;
    }
    expect(refused?.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('npm run token', () => {
  it('prints a token scripts can use', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/token.ts', '--role', 'ANALYST', '--sub', 'nightly-report'], { cwd: process.cwd() });
    const token = stdout.trim();
    const response = await post(t.gatewayUrl, QUERY, { authorization: `Bearer ${token}` });
    expect(response.body.data.__typename).toBe('Query');
    const error = await graphqlError(
      (await t.as({ role: 'ANALYST' })).request('mutation { createClient(input: { name: "x", kind: OTHER }) { id } }'),
    );
    expect(error.extensions.code).toBe('FORBIDDEN');
  });
});
