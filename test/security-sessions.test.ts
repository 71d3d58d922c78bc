import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentityOrm, saveUser } from '@imepanel/gateway';
import { createLogger } from '@imepanel/runtime';
import { seedDemoUsers } from '../scripts/lib/demo-users';
import { ON_FREE_LOCAL_PORTS, startPlatform } from '../scripts/lib/platform';
import { createClient } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * Sessions and accounts (docs/security.md, "Sessions and tokens"), in one gateway without Redis: access ends at
 * once — at the gateway and at every subgraph reached directly — when a user signs out, is disabled, changes
 * role or has their sessions ended by an administrator; refresh tokens rotate and a reused one ends the session;
 * logins lock an account after repeated failures; demo accounts do not survive a switch to production.
 */
let t: TestPlatform;
let clientId: string;
const PASSWORD = 'correct horse battery';
const users: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestPlatform({ LOGIN_RATE_LIMIT_BURST: '1000', LOGIN_RATE_LIMIT_PER_MINUTE: '1000', LOGIN_LOCKOUT_THRESHOLD: '3', LOGIN_LOCKOUT_SECONDS: '1' });
  clientId = (await createClient(t.gateway)).id;
  const orm = await createIdentityOrm({ databaseUrl: t.databaseUrl, poolMax: 1, slowQueryMs: 1000 }, createLogger('test', 'silent'));
  try {
    for (const name of ['leaving', 'promoted', 'signing-out', 'ended', 'rotating', 'guessed', 'disabled', 'sql-disabled']) {
      const user = await saveUser(orm.em.fork(), { email: `${name}@sessions.example`, displayName: `User ${name}`, password: PASSWORD, role: 'ANALYST' });
      users[name] = user.id;
    }
    users.client = (await saveUser(orm.em.fork(), { email: 'client@sessions.example', displayName: 'Client user', password: PASSWORD, role: 'CLIENT', clientId })).id;
  } finally {
    await orm.close(true);
  }
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const base = () => t.gatewayUrl.replace(/\/graphql$/, '');
async function call(method: string, path: string, options: { body?: unknown; headers?: Record<string, string>; token?: string } = {}) {
  const response = await fetch(`${base()}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json().catch(() => null)) as any };
}
const login = (email: string, password = PASSWORD, extra: Record<string, unknown> = {}) => call('POST', '/auth/login', { body: { email, password, ...extra } });
const refresh = (refreshToken: string) => call('POST', '/auth/refresh', { body: { refreshToken } });
const adminToken = () => t.token({ role: 'ADMIN', sub: 'sessions-test-admin', name: 'Sessions test admin' });

/** What a token gets at the gateway and at each subgraph reached directly: the HTTP status of each. */
async function everywhere(token: string): Promise<Record<string, number>> {
  const urls = { gateway: t.gatewayUrl, ...t.subgraphUrls };
  const statuses: Record<string, number> = {};
  for (const [name, url] of Object.entries(urls)) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{"query":"{ __typename }"}' });
    statuses[name] = response.status;
    if (response.status === 401) expect(((await response.json()) as any).errors[0].message, name).toMatch(/revoked/);
  }
  return statuses;
}
const ACCEPTED = { gateway: 200, examiners: 200, cases: 200, reports: 200 };
const REFUSED = { gateway: 401, examiners: 401, cases: 401, reports: 401 };

describe('a login', () => {
  it('answers a short-lived access token carrying its session, and a refresh token', async () => {
    const session = await login('rotating@sessions.example');
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ sessionId: expect.any(String), refreshToken: expect.any(String), user: { role: 'ANALYST' } });
    const lifetime = new Date(session.body.expiresAt).getTime() - Date.now();
    expect(lifetime).toBeLessThanOrEqual(300_000);
    expect(lifetime).toBeGreaterThan(240_000);
    const claims = JSON.parse(Buffer.from(session.body.token.split('.')[1], 'base64url').toString());
    expect(claims.sid).toBe(session.body.sessionId);
    const row = await t.sql.query(`select user_id, transport, ended_at from identity.session where id = $1`, [session.body.sessionId]);
    expect(row.rows[0]).toMatchObject({ user_id: users.rotating, transport: 'BODY', ended_at: null });
    const stored = await t.sql.query(`select hash from identity.refresh_token where session_id = $1`, [session.body.sessionId]);
    expect(stored.rows.map((r) => r.hash)).not.toContain(session.body.refreshToken); // only its hash is kept
  });

  it('refuses a disabled account with the right password exactly as a wrong password', async () => {
    await t.sql.query(`update identity.user_account set active = false where id = $1`, [users.disabled]);
    const disabled = await login('disabled@sessions.example');
    const wrong = await login('disabled@sessions.example', 'not the password at all');
    const unknown = await login('nobody@sessions.example');
    expect(disabled.status).toBe(401);
    expect(disabled.body).toEqual(wrong.body);
    expect(disabled.body).toEqual(unknown.body);
  });
});

describe('refresh tokens', () => {
  it('rotate on every use; a used one presented again ends the whole session at once', async () => {
    const first = await login('rotating@sessions.example');
    const second = await refresh(first.body.refreshToken);
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.body.refreshToken);
    expect(second.body.sessionId).toBe(first.body.sessionId);
    const third = await refresh(second.body.refreshToken);
    expect(third.status).toBe(200);
    expect(await everywhere(third.body.token)).toEqual(ACCEPTED);

    // The first token again: someone copied it. The session ends, with every token it issued.
    const reuse = await refresh(first.body.refreshToken);
    expect(reuse.status).toBe(401);
    expect(reuse.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await refresh(third.body.refreshToken)).status).toBe(401);
    expect(await everywhere(third.body.token)).toEqual(REFUSED);
    const row = await t.sql.query(`select end_reason from identity.session where id = $1`, [first.body.sessionId]);
    expect(row.rows[0].end_reason).toBe('REFRESH_TOKEN_REUSED');
    const audit = await t.sql.query(`select operation, record_ids from identity.audit_entry where operation = 'endSessionOnRefreshTokenReuse'`);
    expect(audit.rows[0].record_ids).toEqual([users.rotating, first.body.sessionId]);
  });

  it('refuses tokens that are not refresh tokens, and a cookie without the CSRF header', async () => {
    expect((await refresh('made-up-token')).status).toBe(401);
    expect((await call('POST', '/auth/refresh', { body: {} })).status).toBe(401);
    const console = await login('rotating@sessions.example', PASSWORD, { refreshTokenIn: 'cookie' });
    expect(console.body.refreshToken).toBeUndefined();
    const cookie = console.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^imepanel_refresh=[\w-]+;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/auth\/refresh/);
    const value = cookie.split(';')[0];
    const forged = await call('POST', '/auth/refresh', { headers: { cookie: value } });
    expect(forged.status).toBe(403);
    const allowed = await call('POST', '/auth/refresh', { headers: { cookie: value, 'x-requested-with': 'test' } });
    expect(allowed.status).toBe(200);
    expect(allowed.body.refreshToken).toBeUndefined();
    expect(allowed.headers.get('set-cookie')).toMatch(/^imepanel_refresh=[\w-]+;/);
    // A cookie session's token is no body token.
    expect((await refresh(value.split('=')[1])).status).toBe(401);
  });
});

describe('access ends at once, at the gateway and at every subgraph', () => {
  it('when the user signs out', async () => {
    const session = await login('signing-out@sessions.example');
    const other = await login('signing-out@sessions.example');
    expect(await everywhere(session.body.token)).toEqual(ACCEPTED);
    expect((await call('POST', '/auth/logout', { token: session.body.token })).status).toBe(204);
    expect(await everywhere(session.body.token)).toEqual(REFUSED);
    expect((await refresh(session.body.refreshToken)).status).toBe(401);
    // Only that session: the same user's other one goes on.
    expect(await everywhere(other.body.token)).toEqual(ACCEPTED);
    expect((await call('POST', '/auth/logout', { body: { refreshToken: other.body.refreshToken } })).status).toBe(204);
    expect(await everywhere(other.body.token)).toEqual(REFUSED);
  });

  it('when an administrator disables the account', async () => {
    const session = await login('leaving@sessions.example');
    expect(await everywhere(session.body.token)).toEqual(ACCEPTED);
    const disabled = await call('PATCH', `/auth/users/${users.leaving}`, { token: await adminToken(), body: { active: false } });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ user: { active: false }, changed: ['active'], sessionsEnded: 1, sharedAtOnce: true });
    expect(await everywhere(session.body.token)).toEqual(REFUSED);
    expect((await refresh(session.body.refreshToken)).status).toBe(401);
    expect((await login('leaving@sessions.example')).status).toBe(401);
    // Enabled again, the account signs in afresh; what it had before stays ended.
    expect((await call('PATCH', `/auth/users/${users.leaving}`, { token: await adminToken(), body: { active: true } })).status).toBe(200);
    const again = await login('leaving@sessions.example');
    expect(again.status).toBe(200);
    expect(await everywhere(again.body.token)).toEqual(ACCEPTED);
    expect(await everywhere(session.body.token)).toEqual(REFUSED);
  });

  it('when an administrator changes the role, and the next login carries the new one', async () => {
    const session = await login('promoted@sessions.example');
    const change = await call('PATCH', `/auth/users/${users.promoted}`, { token: await adminToken(), body: { role: 'CLIENT', clientId } });
    expect(change.body).toMatchObject({ user: { role: 'CLIENT', clientId }, changed: ['role', 'clientId'], sessionsEnded: 1 });
    expect(await everywhere(session.body.token)).toEqual(REFUSED);
    const next = await login('promoted@sessions.example');
    expect(next.body.user).toMatchObject({ role: 'CLIENT', clientId });
    const clients = await call('POST', '/graphql', { token: next.body.token, body: { query: '{ clients { items { id } } }' } });
    expect(clients.body.data.clients.items).toEqual([{ id: clientId }]);
    const refused = await call('PATCH', `/auth/users/${users.promoted}`, { token: await adminToken(), body: { role: 'EXAMINER' } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions.fields.map((f: any) => f.field)).toEqual(['examinerId']);
  });

  it('when an administrator ends all of a user’s sessions now, audited', async () => {
    const first = await login('ended@sessions.example');
    const second = await login('ended@sessions.example', PASSWORD, { refreshTokenIn: 'cookie' });
    // A token without a session for the same subject (`npm run token --sub <user id>`) ends too.
    const scripted = await t.token({ role: 'ANALYST', sub: users.ended });
    const admin = await adminToken();
    const open = await call('GET', `/auth/users/${users.ended}/sessions`, { token: admin });
    expect(open.body.items.map((s: any) => s.id).sort()).toEqual([first.body.sessionId, second.body.sessionId].sort());
    const ended = await call('DELETE', `/auth/users/${users.ended}/sessions`, { token: admin });
    expect(ended.body).toMatchObject({ userId: users.ended, sessionsEnded: 2, sharedAtOnce: true });
    for (const token of [first.body.token, second.body.token, scripted]) expect(await everywhere(token)).toEqual(REFUSED);
    expect((await call('GET', `/auth/users/${users.ended}/sessions`, { token: admin })).body.items).toEqual([]);
    const audit = await call('GET', `/auth/audit-log?operation=endUserSessions&recordId=${users.ended}`, { token: admin });
    expect(audit.body.items).toEqual([expect.objectContaining({ actorId: 'sessions-test-admin', actorRole: 'ADMIN', operation: 'endUserSessions', recordIds: [users.ended], service: 'identity' })]);
    // Only administrators.
    const analyst = await call('DELETE', `/auth/users/${users.client}/sessions`, { token: first.body.token });
    expect(analyst.status).toBe(401);
    const other = await call('DELETE', `/auth/users/${users.client}/sessions`, { token: await t.token({ role: 'ANALYST' }) });
    expect(other.status).toBe(403);
    expect(other.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.sql.query(`select count(*)::int as n from identity.audit_entry where operation = 'endUserSessions'`)).rows[0].n).toBe(1);
  });

  it('within one access-token lifetime when the account is disabled in SQL, behind the API: the next refresh is refused', async () => {
    const session = await login('sql-disabled@sessions.example');
    await t.sql.query(`update identity.user_account set active = false where id = $1`, [users['sql-disabled']]);
    expect((await refresh(session.body.refreshToken)).status).toBe(401);
    expect(await everywhere(session.body.token)).toEqual(REFUSED);
  });
});

describe('per-account lockout', () => {
  const wrongAnswer = async () => (await login('guessed@sessions.example', 'a wrong guess here')).body;

  it('locks after repeated failures, answering even the right password as a wrong one, with a growing backoff, reset by a success', async () => {
    const expected = await wrongAnswer();
    await wrongAnswer();
    await wrongAnswer(); // the third failure: locked for 1 s
    const locked = await login('guessed@sessions.example');
    expect(locked.status).toBe(401);
    expect(locked.body).toEqual(expected);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await wrongAnswer(); // the fourth failure: locked for 2 s
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await login('guessed@sessions.example')).body).toEqual(expected); // still locked: the backoff doubled
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await login('guessed@sessions.example')).status).toBe(200);
    // The success reset the count: one more failure does not lock.
    await wrongAnswer();
    expect((await login('guessed@sessions.example')).status).toBe(200);
    const audit = await t.sql.query(`select details from identity.audit_entry where operation = 'lockAccount' and $1 = any(record_ids) order by at`, [users.guessed]);
    expect(audit.rows.map((r) => r.details)).toEqual([
      { failures: 3, lockedForSeconds: 1 },
      { failures: 4, lockedForSeconds: 2 },
    ]);
    expect(JSON.stringify(audit.rows)).not.toMatch(/guess|horse/);
  });
});

describe('a production start on a database first used in development', () => {
  it('disables the demo accounts, ending their sessions, and says so (npm start with NODE_ENV=production starts this gateway)', async () => {
    const env = { DATABASE_URL: t.databaseUrl };
    const log = createLogger('test', 'silent');
    await seedDemoUsers(env, log);
    const demo = await login('admin@imepanel.example', 'demo-admin-password');
    expect(demo.status).toBe(200);
    const production = await startPlatform(
      {
        ...env,
        ...ON_FREE_LOCAL_PORTS,
        NODE_ENV: 'production',
        JWT_SECRET: 'p'.repeat(48),
        SERVICE_JWT_SECRET: 's'.repeat(48),
        PARTY_KEY_SECRET: 'k'.repeat(48),
      },
      'silent',
    );
    try {
      const productionLogin = await fetch(production.gateway.url.replace(/\/graphql$/, '/auth/login'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@imepanel.example', password: 'demo-admin-password' }),
      });
      expect(productionLogin.status).toBe(401);
    } finally {
      await production.close();
    }
    const rows = await t.sql.query(`select email, active from identity.user_account where email like '%@imepanel.example' order by email`);
    expect(rows.rows.length).toBeGreaterThan(0);
    expect(rows.rows.every((r) => r.active === false)).toBe(true);
    // The development session of the demo administrator ended with it.
    expect((await refresh(demo.body.refreshToken)).status).toBe(401);
    // …and says so, in its log and in the identity audit log.
    const audit = await t.sql.query(`select count(*)::int as n from identity.audit_entry where operation = 'disableDemoAccount'`);
    expect(audit.rows[0].n).toBe(rows.rows.length);
  });
});
