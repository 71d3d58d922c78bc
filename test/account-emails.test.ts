import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, issueToken, loadAuthConfig, loadJobSettings, openJobRunner, type RunningService } from '@imepanel/runtime';
import { createIdentityOrm, loadGatewayConfig, loadIdentityDatabaseSettings, startGateway } from '@imepanel/gateway';
import { accountMailer } from '../gateway/src/identity/account-mail';
import { createClient, uniqueSuffix } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * Invitations and password resets by e-mail (docs/security.md, "Accounts and invitations"; docs/messaging.md,
 * "E-mail"): the gateway queues the link's e-mail in the transaction that issues it, the cases subgraph's e-mail
 * worker sends it through a real SMTP server started here (read back with mailparser), in the user's language;
 * the link in the e-mail, used as the console uses it, sets the password and the user signs in. A reset for an
 * address without an account sends nothing. A production gateway does not answer an e-mailed link to the
 * administrator.
 */
let t: TestPlatform;
let organisation: { id: string; name: string };
const received: ParsedMail[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream).then(
      (mail) => {
        received.push(mail);
        callback();
      },
      (error: Error) => callback(error),
    );
  },
});
let smtpUrl: string;
/** The link endpoints are rate-limited like logins; this file uses many links from one address. */
const MANY_LINK_USES = { LOGIN_RATE_LIMIT_BURST: '1000', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' };

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  t = await startTestPlatform({ SMTP_URL: smtpUrl, MAIL_FROM: 'IME Panel <no-reply@imepanel.test>', JOBS_POLLING_SECONDS: '0.5', ...MANY_LINK_USES });
  organisation = await createClient(t.gateway, `Lighthouse Mutual ${uniqueSuffix()}`);
}, 180_000);

afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const PASSWORD = 'a lantern over the winter harbour';
const address = (name: string) => `${name}-${uniqueSuffix()}@mail.example`;
const adminToken = () => t.token({ role: 'ADMIN', sub: 'account-emails-admin', name: 'Account e-mails admin' });

async function call(base: string, method: string, path: string, options: { body?: unknown; token?: string } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as any };
}
const gatewayBase = () => t.gatewayUrl.replace(/\/graphql$/, '');
const api = (method: string, path: string, options: { body?: unknown; token?: string } = {}) => call(gatewayBase(), method, path, options);

const until = async <T>(what: string, probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, timeoutMs = 30_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const mailsTo = (to: string) => received.filter((m) => (m.to as { text: string } | undefined)?.text === to);
/** The `count`-th e-mail to `to` (1 = the first), once the SMTP server has it. */
const mailTo = (to: string, count = 1) => until(`e-mail ${count} to ${to}`, () => mailsTo(to)[count - 1]);
const linkIn = (mail: ParsedMail, route: 'accept-invitation' | 'reset-password') => {
  const found = mail.text?.match(new RegExp(`https?://\\S+#/${route}\\?token=[\\w-]{43}`));
  expect(found, `a ${route} link in: ${mail.text}`).not.toBeNull();
  return found![0];
};
const tokenOf = (link: string) => new URL(link.replace('#/', '')).searchParams.get('token')!;

/** Opens a link as the console's page does: says whose it is, then sets the password with it. */
async function setPasswordWith(link: string, password = PASSWORD, base = gatewayBase()) {
  const inspected = await call(base, 'POST', '/auth/account-links/inspect', { body: { token: tokenOf(link) } });
  const set = await call(base, 'POST', '/auth/password', { body: { token: tokenOf(link), password } });
  return { inspected, set };
}
const signIn = (email: string, password = PASSWORD) => api('POST', '/auth/login', { body: { email, password } });

describe('invitations by e-mail', () => {
  let managerEmail: string;
  let managerToken: string;

  it("an administrator's invitation is e-mailed in English; its link sets the password and the user signs in", async () => {
    managerEmail = address('morgan');
    const created = await api('POST', '/auth/users', {
      token: await adminToken(),
      body: { email: managerEmail, name: 'Morgan Keeper', role: 'CLIENT', clientId: organisation.id, manager: true },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.user).toMatchObject({ email: managerEmail, language: 'en', passwordSet: false });
    const { invitation } = created.body;
    expect(invitation).toMatchObject({ emailed: true, messageId: expect.stringMatching(/^[0-9a-f-]{36}$/) });

    const mail = await mailTo(managerEmail);
    expect(mail.subject).toBe('You are invited to IME Panel');
    expect(mail.from?.text).toContain('no-reply@imepanel.test');
    expect(mail.headers.get('content-language')).toBe('en');
    expect(mail.text).toContain(`as a member of staff for ${organisation.name}`);
    const link = linkIn(mail, 'accept-invitation');
    // In development the administrator still sees the link; it is the one e-mailed.
    expect(invitation.link).toBe(link);
    // The message outbox records it as sent, under the message id the answer gave.
    const outbox = await until('the SENT message', async () => {
      const { rows } = await t.sql.query(`select status, template, language, related_type, related_id from cases.message where id = $1`, [invitation.messageId]);
      return rows[0]?.status === 'SENT' ? rows[0] : null;
    });
    expect(outbox).toEqual({ status: 'SENT', template: 'INVITATION', language: 'en', related_type: 'Invitation', related_id: created.body.user.id });

    const { inspected, set } = await setPasswordWith(link);
    expect(inspected.body).toMatchObject({ purpose: 'INVITATION', email: managerEmail, name: 'Morgan Keeper' });
    expect(set).toEqual({ status: 200, body: { email: managerEmail } });
    const session = await signIn(managerEmail);
    expect(session.status).toBe(200);
    managerToken = session.body.token;
    // Neither the audit log nor the answer to the public side carries the link.
    const audit = await t.sql.query(`select details from identity.audit_entry where operation = 'createUser' and $1 = any(record_ids)`, [created.body.user.id]);
    expect(audit.rows).toEqual([{ details: expect.objectContaining({ emailed: true, language: 'en' }) }]);
    expect(JSON.stringify(audit.rows)).not.toContain(tokenOf(link));
  });

  it("a manager's invitation of a colleague, and its re-sending, are e-mailed in Spanish; only the latest link works", async () => {
    const colleague = address('lucia');
    const created = await api('POST', '/auth/users', { token: managerToken, body: { email: colleague, name: 'Lucía Faro', role: 'CLIENT', language: 'es' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.user).toMatchObject({ clientId: organisation.id, language: 'es' });
    const first = await mailTo(colleague);
    expect(first.subject).toBe('Invitación a IME Panel');
    expect(first.headers.get('content-language')).toBe('es');
    expect(first.text).toContain(`como miembro del personal de ${organisation.name}`);

    const resent = await api('POST', `/auth/users/${created.body.user.id}/invitation`, { token: managerToken });
    expect(resent.status).toBe(201);
    expect(resent.body).toMatchObject({ emailed: true, messageId: expect.any(String) });
    expect(resent.body.messageId).not.toBe(created.body.invitation.messageId);
    const second = await mailTo(colleague, 2);
    expect(second.subject).toBe('Invitación a IME Panel');

    // The first e-mail's link was replaced by the second's.
    const stale = await setPasswordWith(linkIn(first, 'accept-invitation'));
    expect(stale.set.status).toBe(410);
    expect(stale.set.body.errors[0].extensions.rule).toBe('LINK_USED');
    const { set } = await setPasswordWith(linkIn(second, 'accept-invitation'));
    expect(set.status).toBe(200);
    expect((await signIn(colleague)).status).toBe(200);
  });

  it('an invitation refused (an address that has an account, a language there are no e-mails in) sends nothing', async () => {
    const queued = async (to: string) => (await t.sql.query(`select count(*)::int as n from jobs.job where name = 'email' and data->>'to' = $1`, [to])).rows[0].n;
    const before = await queued(managerEmail);
    const taken = await api('POST', '/auth/users', { token: await adminToken(), body: { email: managerEmail, name: 'Morgan Again', role: 'ANALYST' } });
    expect(taken.status).toBe(409);
    expect(await queued(managerEmail)).toBe(before);
    const french = address('francine');
    const refused = await api('POST', '/auth/users', { token: await adminToken(), body: { email: french, name: 'Francine', role: 'ANALYST', language: 'fr' } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions.fields).toEqual([{ field: 'language', message: 'language must be one of en, es' }]);
    expect(await queued(french)).toBe(0);
    expect((await t.sql.query(`select count(*)::int as n from identity.user_account where email = $1`, [french])).rows[0].n).toBe(0);
  });
});

describe('password resets by e-mail', () => {
  it('"forgot password" e-mails a reset link in the user\'s language, which sets a new password; an unknown address gets the same answer and nothing', async () => {
    const email = address('rosa');
    const created = await api('POST', '/auth/users', { token: await adminToken(), body: { email, name: 'Rosa Olvido', role: 'ANALYST', language: 'es' } });
    expect((await setPasswordWith(linkIn(await mailTo(email), 'accept-invitation'))).set.status).toBe(200);

    const nobody = address('nobody');
    const unknown = await api('POST', '/auth/password-reset', { body: { email: nobody } });
    const known = await api('POST', '/auth/password-reset', { body: { email } });
    expect(known).toEqual(unknown);
    expect(known.status).toBe(202);

    const mail = await mailTo(email, 2);
    expect(mail.subject).toBe('Restablezca su contraseña de IME Panel');
    expect(mail.headers.get('content-language')).toBe('es');
    const { inspected, set } = await setPasswordWith(linkIn(mail, 'reset-password'), 'another lantern for the harbour');
    expect(inspected.body).toMatchObject({ purpose: 'PASSWORD_RESET', email });
    expect(set.status).toBe(200);
    expect((await signIn(email)).status).toBe(401);
    expect((await signIn(email, 'another lantern for the harbour')).status).toBe(200);

    // The unknown address's request was handled before the known one's e-mail was even queued: nothing for it.
    expect(mailsTo(nobody)).toEqual([]);
    expect((await t.sql.query(`select count(*)::int as n from jobs.job where data->>'to' = $1`, [nobody])).rows[0].n).toBe(0);
    expect((await t.sql.query(`select count(*)::int as n from cases.message where recipient = $1`, [nobody])).rows[0].n).toBe(0);
    const audit = await t.sql.query(`select details from identity.audit_entry where operation = 'requestPasswordReset' and $1 = any(record_ids)`, [created.body.user.id]);
    expect(audit.rows).toEqual([{ details: expect.objectContaining({ emailed: true, queued: true }) }]);
  });

  it('an administrator\'s "reset password" is e-mailed too, in the language the account was changed to', async () => {
    const email = address('ian');
    const created = await api('POST', '/auth/users', { token: await adminToken(), body: { email, name: 'Ian Reset', role: 'ANALYST' } });
    expect((await mailTo(email)).subject).toBe('You are invited to IME Panel');
    expect((await setPasswordWith(linkIn(await mailTo(email), 'accept-invitation'))).set.status).toBe(200);
    const changed = await api('PATCH', `/auth/users/${created.body.user.id}`, { token: await adminToken(), body: { language: 'es' } });
    expect(changed.body).toMatchObject({ user: { language: 'es' }, changed: ['language'], sessionsEnded: 0 });
    const reset = await api('POST', `/auth/users/${created.body.user.id}/password-reset`, { token: await adminToken() });
    expect(reset.status).toBe(201);
    expect(reset.body).toMatchObject({ emailed: true, link: expect.stringContaining('#/reset-password?token=') });
    const mail = await mailTo(email, 2);
    expect(mail.subject).toBe('Restablezca su contraseña de IME Panel');
    expect(linkIn(mail, 'reset-password')).toBe(reset.body.link);
  });
});

describe('the e-mail joins the transaction that issues its link', () => {
  it('a rolled-back transaction queues nothing; a committed one queues its e-mail', async () => {
    const log = createLogger('account-mail', 'silent');
    const orm = await createIdentityOrm(loadIdentityDatabaseSettings(t.databaseEnv), log);
    // The gateway's own job runner, as its own database role (imepanel_identity).
    const jobs = await openJobRunner(loadJobSettings({}, t.databaseEnv.IDENTITY_DATABASE_URL), log, 'imepanel-gateway-jobs');
    try {
      const mail = accountMailer(jobs, { sends: true, identityDatabaseUrl: t.databaseEnv.IDENTITY_DATABASE_URL, jobsDatabaseUrl: t.databaseEnv.IDENTITY_DATABASE_URL });
      expect(mail.inTransaction).toBe(true);
      const email = (to: string) => ({ purpose: 'PASSWORD_RESET' as const, userId: randomUUID(), to, language: 'en', link: 'https://panel.example/admin/#/reset-password?token=x', expiresAt: new Date() });
      const queued = (to: string) => t.sql.query(`select count(*)::int as n from jobs.job where name = 'email' and data->>'to' = $1`, [to]).then((r) => r.rows[0].n);
      const [rolledBack, committed] = [address('rolled-back'), address('committed')];
      await expect(
        orm.em.fork().transactional(async (tx) => {
          await mail.queue(email(rolledBack), tx);
          throw new Error('refused after queueing');
        }),
      ).rejects.toThrow('refused after queueing');
      const id = await orm.em.fork().transactional((tx) => mail.queue(email(committed), tx));
      expect(await queued(rolledBack)).toBe(0);
      expect(await queued(committed)).toBe(1);
      await mailTo(committed);
      await until('the SENT message', async () => (await t.sql.query(`select status from cases.message where id = $1`, [id])).rows[0]?.status === 'SENT');
      expect(mailsTo(rolledBack)).toEqual([]);
    } finally {
      await jobs.stop({ graceful: false, wait: true });
      await orm.close(true);
    }
  });
});

describe('a production gateway', () => {
  const gateways: RunningService[] = [];
  const production = (env: Record<string, string>) => ({
    ...t.databaseEnv,
    HOST: '127.0.0.1',
    GATEWAY_PORT: '0',
    EXAMINERS_URL: t.subgraphUrls.examiners,
    CASES_URL: t.subgraphUrls.cases,
    REPORTS_URL: t.subgraphUrls.reports,
    NODE_ENV: 'production',
    JWT_SECRET: 'p'.repeat(48),
    SERVICE_JWT_SECRET: 's'.repeat(48),
    ...MANY_LINK_USES,
    ...env,
  });
  /** A production gateway on this platform's identity store; answers its address and an administrator's token. */
  const startProduction = async (env: Record<string, string>) => {
    const gateway = await startGateway(loadGatewayConfig(production(env)), createLogger('production-gateway', 'silent'));
    gateways.push(gateway);
    const { token } = await issueToken(loadAuthConfig(production(env)), { sub: 'production-admin', name: 'Production admin', role: 'ADMIN' });
    return { base: gateway.url.replace(/\/graphql$/, ''), token };
  };
  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
  });

  it('with SMTP_URL does not show the administrator an e-mailed link: the user gets it by e-mail only', async () => {
    const { base, token } = await startProduction({ SMTP_URL: smtpUrl });
    const email = address('pat');
    const created = await call(base, 'POST', '/auth/users', { token, body: { email, name: 'Pat Production', role: 'ANALYST' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.invitation).toEqual({ link: null, expiresAt: expect.any(String), emailed: true, messageId: expect.any(String) });
    const link = linkIn(await mailTo(email), 'accept-invitation');
    expect(link.startsWith(`${base}/admin/#/accept-invitation`)).toBe(true);
    expect((await setPasswordWith(link, PASSWORD, base)).set.status).toBe(200);
    const reset = await call(base, 'POST', `/auth/users/${created.body.user.id}/password-reset`, { token });
    expect(reset.body).toMatchObject({ link: null, emailed: true });
  });

  it('without SMTP_URL shows the link to the administrator who made it (the message outbox keeps it too)', async () => {
    const { base, token } = await startProduction({});
    const created = await call(base, 'POST', '/auth/users', { token, body: { email: address('quinn'), name: 'Quinn Outbox', role: 'ANALYST' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.invitation).toMatchObject({ link: expect.stringContaining('#/accept-invitation?token='), emailed: false, messageId: expect.any(String) });
  });
});
