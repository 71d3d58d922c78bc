import { randomUUID } from 'node:crypto';
import { generate } from 'otplib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createExaminer, uniqueSuffix } from './support/fixtures';
import { TestClock } from './support/clock';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * Accounts of the embedded login (docs/security.md, "Accounts and invitations", "Password rules", "Two-factor
 * authentication"), through the gateway's /auth endpoints as the console calls them: administrators and
 * organisation managers create and manage accounts, invited users set their password with a single-use link,
 * forgotten passwords work the same way, TOTP is a second step of the sign-in (required of administrators here,
 * as in production), and every refusal changes nothing.
 */
let t: TestPlatform;
const clock = new TestClock();
let orgA: string;
let orgB: string;
let examinerId: string;
const GOOD_PASSWORD = 'a quiet meadow in late october';

beforeAll(async () => {
  t = await startTestPlatform(
    {
      LOGIN_RATE_LIMIT_BURST: '1000',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      // The rate-limit test at the end of this file uses what is left of the burst.
      PASSWORD_RESET_RATE_LIMIT_BURST: '60',
      PASSWORD_RESET_RATE_LIMIT_PER_MINUTE: '1',
      TOTP_REQUIRED_ROLES: 'ADMIN',
    },
    { clock },
  );
  orgA = (await createClient(t.gateway, `Harbor Mutual ${uniqueSuffix()}`)).id;
  orgB = (await createClient(t.gateway, `Summit Casualty ${uniqueSuffix()}`)).id;
  examinerId = (await createExaminer(t.gateway)).id;
}, 120_000);
afterEach(() => clock.reset());
afterAll(async () => {
  await t?.close();
});

const base = () => t.gatewayUrl.replace(/\/graphql$/, '');
async function call(method: string, path: string, options: { body?: unknown; token?: string } = {}) {
  const response = await fetch(`${base()}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as any };
}
const adminToken = () => t.token({ role: 'ADMIN', sub: 'accounts-test-admin', name: 'Accounts test admin' });
const tokenOf = (link: string) => new URL(link.replace('#/', '')).searchParams.get('token')!;
const email = (name: string) => `${name}-${uniqueSuffix()}@accounts.example`;
const login = (address: string, password = GOOD_PASSWORD) => call('POST', '/auth/login', { body: { email: address, password } });
const userRow = async (id: string) => (await t.sql.query(`select * from identity.user_account where id = $1`, [id])).rows[0];
const auditOf = async (operation: string, id: string) =>
  (await t.sql.query(`select actor_id, actor_role, details from identity.audit_entry where operation = $1 and $2 = any(record_ids) order by at`, [operation, id])).rows;

/** Creates an account as `token` and sets its password through the invitation; answers its id and a session token. */
async function onboard(token: string, input: Record<string, unknown>): Promise<{ id: string; email: string; token: string }> {
  const created = await call('POST', '/auth/users', { token, body: input });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const accepted = await call('POST', '/auth/password', { body: { token: tokenOf(created.body.invitation.link), password: GOOD_PASSWORD } });
  expect(accepted.status).toBe(200);
  const session = await login(created.body.user.email);
  expect(session.status).toBe(200);
  return { id: created.body.user.id, email: created.body.user.email, token: session.body.token };
}

describe('an administrator creating an account', () => {
  it('answers an invitation link, valid 72 hours and stored only as a hash, which sets the password once', async () => {
    const address = email('jordan');
    const created = await call('POST', '/auth/users', { token: await adminToken(), body: { email: address.toUpperCase(), name: 'Jordan Reyes', role: 'CLIENT', clientId: orgA, manager: true } });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ email: address, name: 'Jordan Reyes', role: 'CLIENT', clientId: orgA, manager: true, active: true, passwordSet: false, twoFactor: false, lastLoginAt: null });
    const { link, expiresAt } = created.body.invitation;
    expect(link).toMatch(/\/admin\/#\/accept-invitation\?token=[A-Za-z0-9_-]{43}$/);
    expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(71.9 * 3600_000);
    expect(new Date(expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(72 * 3600_000);
    const token = tokenOf(link);
    const stored = await t.sql.query(`select hash, purpose, used_at from identity.account_token where user_id = $1`, [created.body.user.id]);
    expect(stored.rows).toEqual([{ hash: expect.any(String), purpose: 'INVITATION', used_at: null }]);
    expect(stored.rows[0].hash).not.toBe(token);
    // Before a password is set, nobody signs in to the account.
    expect((await login(address, '')).status).toBe(400);
    expect((await login(address, 'anything at all really')).status).toBe(401);

    const inspected = await call('POST', '/auth/account-links/inspect', { body: { token } });
    expect(inspected.body).toMatchObject({ purpose: 'INVITATION', email: address, name: 'Jordan Reyes' });
    // Refused passwords leave the link usable and the account without a password.
    for (const [password, message] of [
      ['short one', /at least 15 characters/],
      ['1qaz2wsx3edc4rfv', /commonly used or breached/],
      [address, /e-mail address or your name/],
      ['jordan reyes', /at least 15/],
      ['Jordan  Reyes Jordan Reyes', /repeated/],
    ] as const) {
      const refused = await call('POST', '/auth/password', { body: { token, password } });
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'password' }] });
      expect(refused.body.errors[0].message).toMatch(message);
    }
    expect((await userRow(created.body.user.id)).password_hash).toBe('');

    const accepted = await call('POST', '/auth/password', { body: { token, password: GOOD_PASSWORD } });
    expect(accepted).toEqual({ status: 200, body: { email: address } });
    const session = await login(address);
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({ role: 'CLIENT', clientId: orgA });

    const reused = await call('POST', '/auth/password', { body: { token, password: 'another quiet meadow in spring' } });
    expect(reused.status).toBe(410);
    expect(reused.body.errors[0]).toMatchObject({ message: 'This link has been used already: ask for a new one', extensions: { code: 'FAILED_PRECONDITION', rule: 'LINK_USED' } });
    expect((await login(address)).status).toBe(200); // the password did not change
    expect(await auditOf('createUser', created.body.user.id)).toEqual([
      { actor_id: 'accounts-test-admin', actor_role: 'ADMIN', details: expect.objectContaining({ role: 'CLIENT', clientId: orgA, manager: true }) },
    ]);
    expect(await auditOf('acceptInvitation', created.body.user.id)).toHaveLength(1);
    expect(JSON.stringify(await auditOf('createUser', created.body.user.id))).not.toContain(token);
  });

  it('refuses an expired invitation (the clock moved past 72 hours) and an unknown one, changing nothing', async () => {
    const created = await call('POST', '/auth/users', { token: await adminToken(), body: { email: email('late'), name: 'Late Larkin', role: 'ANALYST' } });
    const token = tokenOf(created.body.invitation.link);
    clock.advanceDays(3.01);
    const expired = await call('POST', '/auth/password', { body: { token, password: GOOD_PASSWORD } });
    expect(expired.status).toBe(410);
    expect(expired.body.errors[0]).toMatchObject({ message: 'This link has expired: ask for a new one', extensions: { rule: 'LINK_EXPIRED' } });
    expect((await call('POST', '/auth/account-links/inspect', { body: { token } })).status).toBe(410);
    expect((await userRow(created.body.user.id)).password_hash).toBe('');
    clock.reset();
    const unknown = await call('POST', '/auth/password', { body: { token: 'x'.repeat(43), password: GOOD_PASSWORD } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].extensions.fields).toEqual([{ field: 'token', message: 'This link is not valid: ask for a new one' }]);
    // A new invitation replaces the old one, and works.
    const again = await call('POST', `/auth/users/${created.body.user.id}/invitation`, { token: await adminToken() });
    expect(again.status).toBe(201);
    expect((await call('POST', '/auth/password', { body: { token: tokenOf(again.body.link), password: GOOD_PASSWORD } })).status).toBe(200);
    expect((await call('POST', `/auth/users/${created.body.user.id}/invitation`, { token: await adminToken() })).body.errors[0].extensions.rule).toBe('INVITATION_ACCEPTED');
  });

  it('checks the role, the binding, that the client or examiner exists, and that the e-mail address is new', async () => {
    const admin = await adminToken();
    const examiner = await call('POST', '/auth/users', { token: admin, body: { email: email('emery'), name: 'Emery Stone', role: 'EXAMINER', examinerId } });
    expect(examiner.status).toBe(201);
    expect(examiner.body.user).toMatchObject({ role: 'EXAMINER', examinerId, clientId: null });
    const before = (await t.sql.query(`select count(*)::int as n from identity.user_account`)).rows[0].n;
    const refusals = [
      [{ email: email('x'), name: 'X', role: 'ROOT' }, 400, ['role']],
      [{ email: 'not-an-address', name: '', role: 'ANALYST' }, 400, ['email', 'name']],
      [{ email: email('x'), name: 'X', role: 'CLIENT' }, 400, ['clientId']],
      [{ email: email('x'), name: 'X', role: 'CLIENT', clientId: randomUUID() }, 400, ['clientId']],
      [{ email: email('x'), name: 'X', role: 'EXAMINER', examinerId: randomUUID() }, 400, ['examinerId']],
      [{ email: email('x'), name: 'X', role: 'ANALYST', manager: true }, 400, ['manager']],
      [{ email: examiner.body.user.email, name: 'Twin', role: 'ANALYST' }, 409, ['email']],
    ] as const;
    for (const [body, status, fields] of refusals) {
      const refused = await call('POST', '/auth/users', { token: admin, body });
      expect(refused.status, JSON.stringify(body)).toBe(status);
      expect(refused.body.errors[0].extensions.fields.map((f: any) => f.field)).toEqual(fields);
    }
    expect((await t.sql.query(`select count(*)::int as n from identity.user_account`)).rows[0].n).toBe(before);
  });
});

describe('an account bound while its subgraph is down', () => {
  it('is refused as DEPENDENCY_UNAVAILABLE naming the subgraph, and not stored', async () => {
    await t.platform.stopSubgraph('cases');
    try {
      const address = email('unchecked');
      const refused = await call('POST', '/auth/users', { token: await adminToken(), body: { email: address, name: 'Una Checked', role: 'CLIENT', clientId: orgA } });
      expect(refused.status).toBe(503);
      expect(refused.body.errors[0].extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'DEPENDENCY_UNAVAILABLE', service: 'cases' });
      expect((await t.sql.query(`select count(*)::int as n from identity.user_account where email = $1`, [address])).rows[0].n).toBe(0);
    } finally {
      await t.platform.startSubgraph('cases');
    }
  });
});

describe('an organisation manager', () => {
  it('lists and invites the CLIENT users of their own organisation only, and disables them', async () => {
    const manager = await onboard(await adminToken(), { email: email('morgan'), name: 'Morgan Manager', role: 'CLIENT', clientId: orgA, manager: true });
    const outsider = await onboard(await adminToken(), { email: email('other'), name: 'Olive Other', role: 'CLIENT', clientId: orgB });
    const before = (await t.sql.query(`select count(*)::int as n from identity.user_account`)).rows[0].n;

    // Invites a colleague: bound to the manager's organisation without naming it.
    const colleague = await call('POST', '/auth/users', { token: manager.token, body: { email: email('adjuster'), name: 'Ada Adjuster', role: 'CLIENT' } });
    expect(colleague.status).toBe(201);
    expect(colleague.body.user).toMatchObject({ role: 'CLIENT', clientId: orgA, manager: false });
    expect(colleague.body.invitation.link).toMatch(/accept-invitation/);

    const refusals = [
      [{ email: email('x'), name: 'X', role: 'CLIENT', clientId: orgB }, 'MANAGER_OWN_ORGANISATION'],
      [{ email: email('x'), name: 'X', role: 'EXAMINER', examinerId }, 'MANAGER_CLIENT_ROLE_ONLY'],
      [{ email: email('x'), name: 'X', role: 'ANALYST' }, 'MANAGER_CLIENT_ROLE_ONLY'],
      [{ email: email('x'), name: 'X', role: 'ADMIN' }, 'ADMIN_CREATES_ADMIN'],
    ] as const;
    for (const [body, rule] of refusals) {
      const refused = await call('POST', '/auth/users', { token: manager.token, body });
      expect(refused.status).toBe(403);
      expect(refused.body.errors[0].extensions).toEqual({ code: 'FORBIDDEN', rule });
    }
    expect((await t.sql.query(`select count(*)::int as n from identity.user_account`)).rows[0].n).toBe(before + 1);

    const list = await call('GET', '/auth/users?limit=200', { token: manager.token });
    expect(list.status).toBe(200);
    expect(list.body.items.every((u: any) => u.role === 'CLIENT' && u.clientId === orgA)).toBe(true);
    expect(list.body.items.map((u: any) => u.id)).toEqual(expect.arrayContaining([manager.id, colleague.body.user.id]));
    // Filters cannot widen it.
    const widened = await call('GET', `/auth/users?clientId=${orgB}&role=ADMIN`, { token: manager.token });
    expect(widened.body.items.every((u: any) => u.clientId === orgA)).toBe(true);
    expect((await call('GET', `/auth/users/${outsider.id}`, { token: manager.token })).body.errors[0].extensions.rule).toBe('MANAGER_OWN_ORGANISATION');

    // Disables a colleague (ending their sessions), not someone of another organisation, not a role change.
    const accepted = await call('POST', '/auth/password', { body: { token: tokenOf(colleague.body.invitation.link), password: GOOD_PASSWORD } });
    expect(accepted.status).toBe(200);
    const colleagueSession = await login(colleague.body.user.email);
    const disabled = await call('PATCH', `/auth/users/${colleague.body.user.id}`, { token: manager.token, body: { active: false } });
    expect(disabled.body).toMatchObject({ user: { active: false }, changed: ['active'], sessionsEnded: 1 });
    expect((await fetch(t.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${colleagueSession.body.token}` }, body: '{"query":"{ __typename }"}' })).status).toBe(401);
    expect((await call('POST', '/auth/refresh', { body: { refreshToken: colleagueSession.body.refreshToken } })).status).toBe(401);
    const other = await call('PATCH', `/auth/users/${outsider.id}`, { token: manager.token, body: { active: false } });
    expect(other.status).toBe(403);
    expect(other.body.errors[0].extensions.rule).toBe('MANAGER_OWN_ORGANISATION');
    expect((await userRow(outsider.id)).active).toBe(true);
    const promote = await call('PATCH', `/auth/users/${colleague.body.user.id}`, { token: manager.token, body: { role: 'ANALYST' } });
    expect(promote.status).toBe(403);
    expect(promote.body.errors[0].extensions.rule).toBe('ADMIN_ONLY');
    expect((await call('DELETE', `/auth/users/${colleague.body.user.id}/two-factor`, { token: manager.token })).status).toBe(403);
    expect(await auditOf('updateUser', colleague.body.user.id)).toEqual([{ actor_id: manager.id, actor_role: 'CLIENT', details: { fields: ['active'], sessionsEnded: 1 } }]);
  });

  it('is refused once no longer the manager, and other users never manage accounts', async () => {
    const manager = await onboard(await adminToken(), { email: email('former'), name: 'Frances Former', role: 'CLIENT', clientId: orgA, manager: true });
    expect((await call('PATCH', `/auth/users/${manager.id}`, { token: await adminToken(), body: { manager: false } })).body.changed).toEqual(['manager']);
    const refused = await call('GET', '/auth/users', { token: manager.token });
    expect(refused.status).toBe(403);
    expect(refused.body.errors[0].extensions.rule).toBe('ADMIN_ONLY');
    // A CLIENT token of a script claiming the organisation is no manager either.
    const scripted = await t.token({ role: 'CLIENT', clientId: orgA });
    expect((await call('POST', '/auth/users', { token: scripted, body: { email: email('x'), name: 'X', role: 'CLIENT' } })).body.errors[0].extensions.rule).toBe('ADMIN_ONLY');
    for (const role of ['ANALYST', 'EXAMINER'] as const) {
      const token = await t.token({ role, ...(role === 'EXAMINER' ? { examinerId } : {}) });
      const asAdmin = await call('POST', '/auth/users', { token, body: { email: email('x'), name: 'X', role: 'ADMIN' } });
      expect(asAdmin.status).toBe(403);
      expect(asAdmin.body.errors[0]).toMatchObject({ message: 'Only an ADMIN may create an ADMIN account', extensions: { code: 'FORBIDDEN', rule: 'ADMIN_CREATES_ADMIN' } });
      expect((await call('GET', '/auth/users', { token })).status).toBe(403);
    }
  });
});

describe('the users list and one user', () => {
  it('filters by role, client, activity and e-mail or name, pages, and shows the last sign-in and open sessions', async () => {
    const admin = await adminToken();
    const tag = uniqueSuffix();
    const people = [];
    for (const name of ['Quinn', 'Riley', 'Sasha']) {
      people.push(await onboard(admin, { email: `${name.toLowerCase()}-${tag}@filters.example`, name: `${name} Filter${tag}`, role: 'CLIENT', clientId: orgB }));
    }
    await call('PATCH', `/auth/users/${people[2].id}`, { token: admin, body: { active: false } });
    const page = await call('GET', `/auth/users?search=${tag}&limit=2&sort=name&order=DESC`, { token: admin });
    expect(page.body.total).toBe(3);
    expect(page.body.items.map((u: any) => u.name)).toEqual([`Sasha Filter${tag}`, `Riley Filter${tag}`]);
    const active = await call('GET', `/auth/users?search=filter${tag}&active=true&role=CLIENT&clientId=${orgB}`, { token: admin });
    expect(active.body.items.map((u: any) => u.id).sort()).toEqual([people[0].id, people[1].id].sort());
    expect((await call('GET', `/auth/users?search=${tag}&role=ANALYST`, { token: admin })).body.total).toBe(0);
    const bad = await call('GET', '/auth/users?role=ROOT&active=maybe&limit=0&sort=password', { token: admin });
    expect(bad.body.errors[0].extensions.fields.map((f: any) => f.field)).toEqual(['limit', 'role', 'active', 'sort']);

    const one = await call('GET', `/auth/users/${people[0].id}`, { token: admin });
    expect(one.body).toMatchObject({ id: people[0].id, passwordSet: true, lastLoginAt: expect.any(String), sessions: [expect.objectContaining({ transport: 'BODY' })] });
    expect(one.body).not.toHaveProperty('passwordHash');
    expect(JSON.stringify(one.body)).not.toMatch(/scrypt|totp_secret/);
    expect((await call('GET', `/auth/users/${randomUUID()}`, { token: admin })).status).toBe(404);
  });
});

describe('a forgotten password', () => {
  it('answers the same whatever the e-mail address, and issues a single-use reset link only for an account', async () => {
    const user = await onboard(await adminToken(), { email: email('forgetful'), name: 'Fern Forgetful', role: 'ANALYST' });
    const known = await call('POST', '/auth/password-reset', { body: { email: user.email } });
    const unknown = await call('POST', '/auth/password-reset', { body: { email: email('nobody') } });
    expect(known).toEqual(unknown);
    expect(known.status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 300)); // the work happens after the answer
    const tokens = await t.sql.query(`select purpose, used_at from identity.account_token where user_id = $1 and purpose = 'PASSWORD_RESET'`, [user.id]);
    expect(tokens.rows).toEqual([{ purpose: 'PASSWORD_RESET', used_at: null }]);
    expect((await auditOf('requestPasswordReset', user.id)).map((e) => e.details)).toEqual([expect.objectContaining({ emailed: false })]);
  });

  it('an administrator\u2019s "reset password" answers the link; using it sets the password and ends the old sessions', async () => {
    const user = await onboard(await adminToken(), { email: email('reset'), name: 'Reese Reset', role: 'ANALYST' });
    const reset = await call('POST', `/auth/users/${user.id}/password-reset`, { token: await adminToken() });
    expect(reset.status).toBe(201);
    expect(reset.body.link).toMatch(/#\/reset-password\?token=/);
    expect(new Date(reset.body.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(3600_000);
    const changed = await call('POST', '/auth/password', { body: { token: tokenOf(reset.body.link), password: 'a brand new passphrase for reese' } });
    expect(changed.status).toBe(200);
    expect((await fetch(t.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` }, body: '{"query":"{ __typename }"}' })).status).toBe(401);
    expect((await login(user.email)).status).toBe(401);
    expect((await login(user.email, 'a brand new passphrase for reese')).status).toBe(200);
    expect(await auditOf('issuePasswordReset', user.id)).toHaveLength(1);
    expect(await auditOf('resetPassword', user.id)).toEqual([expect.objectContaining({ actor_id: user.id, details: { sessionsEnded: 1 } })]);
  });
});

describe('TOTP two-factor authentication', () => {
  const codeAt = (secret: string, at: Date) => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
  const nextStep = () => clock.set(new Date(clock.now().getTime() + 30_000));

  it('enrols with a code, then asks for a code at every sign-in, refusing a replayed or wrong one', async () => {
    const user = await onboard(await adminToken(), { email: email('totp'), name: 'Tess Totp', role: 'ANALYST' });
    const enrol = await call('POST', '/auth/account/two-factor', { token: user.token });
    expect(enrol.body).toEqual({ secret: expect.stringMatching(/^[A-Z2-7]{32}$/), otpauthUri: expect.stringContaining('otpauth://totp/IME%20Panel:') });
    const { secret } = enrol.body;
    expect((await userRow(user.id)).totp_secret).not.toContain(secret);
    expect((await call('POST', '/auth/account/two-factor/confirm', { token: user.token, body: { code: '000000' === (await codeAt(secret, clock.now())) ? '111111' : '000000' } })).status).toBe(400);
    const code = await codeAt(secret, clock.now());
    const confirmed = await call('POST', '/auth/account/two-factor/confirm', { token: user.token, body: { code } });
    expect(confirmed.body).toMatchObject({ twoFactor: true });
    expect(JSON.stringify((await call('GET', '/auth/account', { token: user.token })).body)).not.toContain(secret);

    const first = await login(user.email);
    expect(first.body).toEqual({ mfaRequired: true, enrolmentRequired: false, mfaToken: expect.any(String), mfaExpiresAt: expect.any(String) });
    expect(first.body).not.toHaveProperty('token');
    // The code that confirmed the enrolment is used up.
    const replayed = await call('POST', '/auth/login/totp', { body: { mfaToken: first.body.mfaToken, code } });
    expect(replayed.status).toBe(401);
    expect(replayed.body.errors[0].message).toBe('Wrong or already used code');
    nextStep();
    const next = await codeAt(secret, clock.now());
    const signedIn = await call('POST', '/auth/login/totp', { body: { mfaToken: first.body.mfaToken, code: next } });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ token: expect.any(String), refreshToken: expect.any(String), user: { id: user.id } });
    // Neither the challenge nor the code works twice.
    expect((await call('POST', '/auth/login/totp', { body: { mfaToken: first.body.mfaToken, code: next } })).status).toBe(401);
    const second = await login(user.email);
    expect((await call('POST', '/auth/login/totp', { body: { mfaToken: second.body.mfaToken, code: next } })).status).toBe(401);
    expect((await call('POST', '/auth/login/totp', { body: { mfaToken: second.body.mfaToken, code: 'abc' } })).status).toBe(400);

    // An administrator resets it (audited): the next sign-in needs no code.
    const reset = await call('DELETE', `/auth/users/${user.id}/two-factor`, { token: await adminToken() });
    expect(reset.body).toMatchObject({ wasOn: true, user: { twoFactor: false } });
    expect((await login(user.email)).body).toMatchObject({ token: expect.any(String) });
    expect(await auditOf('enrolTwoFactor', user.id)).toHaveLength(1);
    expect(await auditOf('resetTwoFactor', user.id)).toEqual([expect.objectContaining({ actor_id: 'accounts-test-admin', details: { wasOn: true } })]);
  });

  it('makes an administrator without TOTP enrol before getting a session (TOTP_REQUIRED_ROLES, ADMIN in production)', async () => {
    const address = email('root');
    const created = await call('POST', '/auth/users', { token: await adminToken(), body: { email: address, name: 'Rowan Admin', role: 'ADMIN' } });
    expect((await call('POST', '/auth/password', { body: { token: tokenOf(created.body.invitation.link), password: GOOD_PASSWORD } })).status).toBe(200);
    const challenge = await login(address);
    expect(challenge.body).not.toHaveProperty('token');
    expect(challenge.body).toMatchObject({ mfaRequired: true, enrolmentRequired: true });
    expect((await call('POST', '/auth/login/totp', { body: { mfaToken: challenge.body.mfaToken, code: '123456' } })).status).toBe(401);
    const enrol = await call('POST', '/auth/login/totp/enrol', { body: { mfaToken: challenge.body.mfaToken } });
    expect(enrol.body.otpauthUri).toContain(encodeURIComponent(address));
    const session = await call('POST', '/auth/login/totp', { body: { mfaToken: challenge.body.mfaToken, code: await codeAt(enrol.body.secret, clock.now()) } });
    expect(session.status).toBe(200);
    expect(session.body.user.role).toBe('ADMIN');
    expect((await call('GET', '/auth/account', { token: session.body.token })).body).toMatchObject({ twoFactor: true, twoFactorRequired: true });
  });
});

describe('the public account endpoints', () => {
  it('are rate-limited per address (run last: it spends the burst)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 70; i++) statuses.push((await call('POST', '/auth/password-reset', { body: { email: email('flood') } })).status);
    expect(statuses).toContain(429);
    expect(new Set(statuses)).toEqual(new Set([202, 429]));
  });
});
