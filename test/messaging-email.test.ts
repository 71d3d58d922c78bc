import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, emailInvitation, emailPasswordReset, loadJobSettings, openJobRunner, QUEUES, sendEmail, type JobRunner } from '@imepanel/runtime';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * E-mail (docs/messaging.md, "E-mail"): with SMTP_URL the platform sends through a real SMTP server (started here,
 * read back with mailparser), in the recipient's language, with attachments; without it the message outbox keeps
 * every message for administrators. Messages are queued as the gateway's login would: through the job runner, as
 * the identity store's own database role.
 */

const until = async <T>(what: string, probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, timeoutMs = 30_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

const MESSAGES = `query ($r: String!) { messages(filter: { recipient: $r }) { total items { id recipient language template subject text status attempts attachmentNames sentAt } } }`;

/** The job runner the gateway's login would use: its own database role (imepanel_identity). */
const identityJobs = (t: TestPlatform) => openJobRunner(loadJobSettings({}, t.databaseEnv.IDENTITY_DATABASE_URL), createLogger('identity-jobs', 'silent'), 'imepanel-identity-jobs');

describe('with SMTP_URL: sent through SMTP', () => {
  let t: TestPlatform;
  let jobs: JobRunner;
  const received: ParsedMail[] = [];
  let refuseNext = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      if (refuseNext > 0) {
        refuseNext--;
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('mailbox busy'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    t = await startTestPlatform({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'IME Panel <no-reply@imepanel.test>', JOBS_POLLING_SECONDS: '0.5' });
    jobs = await identityJobs(t);
  }, 180_000);

  afterAll(async () => {
    await jobs?.stop({ graceful: false, wait: true });
    await t?.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it("sends an invitation in the recipient's language, once, and records it as SENT", async () => {
    const to = `invitee-${Date.now()}@example.org`;
    const id = await emailInvitation(jobs, { to, language: 'es-MX', inviteLink: 'https://panel.example/invite/abc123', role: 'CLIENT', expiresAt: new Date('2026-12-08T12:00:00Z'), organisation: 'Acme' });
    const mail = await until('the invitation at the SMTP server', () => received.find((m) => m.subject?.includes('IME Panel') && (m.to as { text: string }).text === to));
    expect(mail.subject).toBe('Invitación a IME Panel');
    expect(mail.from?.text).toContain('no-reply@imepanel.test');
    expect(mail.text).toContain('https://panel.example/invite/abc123');
    expect(mail.text).toContain('como miembro del personal de Acme');
    expect(mail.html).toContain('<p>');
    expect(mail.headers.get('content-language')).toBe('es');
    const listed = await until('the SENT row', async () => {
      const found = (await t.gateway.request<any>(MESSAGES, { r: to })).messages;
      return found.items[0]?.status === 'SENT' ? found : null;
    });
    expect(listed.total).toBe(1);
    expect(listed.items[0]).toMatchObject({ id, language: 'es', template: 'INVITATION', attempts: 1 });
  });

  it('sends a claimant notice with its PDF attached, and retries a refusal with backoff', async () => {
    refuseNext = 1;
    const to = `claimant-${Date.now()}@example.net`;
    const pdf = Buffer.from('%PDF-1.4\n% notice\n');
    await sendEmail(jobs, {
      to,
      language: 'en',
      template: 'CLAIMANT_NOTICE',
      params: { claimantName: 'Jordan Doe', examAt: '2026-12-17 10:00', location: '1 Main St, Albany NY', examinerName: 'Dr. Lee', accessLink: 'https://panel.example/c/xyz', referenceNumber: 'IME-2026-000123' },
      attachments: [{ filename: 'notice.pdf', contentType: 'application/pdf', contentBase64: pdf.toString('base64') }],
      relatedType: 'Case',
    });
    const mail = await until('the notice at the SMTP server', () => received.find((m) => (m.to as { text: string }).text === to), 45_000);
    expect(mail.subject).toBe('Notice of your medical examination (IME-2026-000123)');
    expect(mail.text).toContain('https://panel.example/c/xyz');
    expect(mail.attachments.map((a) => [a.filename, a.contentType, a.content.equals(pdf)])).toEqual([['notice.pdf', 'application/pdf', true]]);
    const row = (await t.gateway.request<any>(MESSAGES, { r: to })).messages.items[0];
    expect(row).toMatchObject({ status: 'SENT', attempts: 2, attachmentNames: ['notice.pdf'] });
  }, 60_000);

  it('keeps the message outbox to administrators', async () => {
    const client = await t.as({ role: 'CLIENT', clientId: '00000000-0000-4000-8000-000000000001' });
    const refused = await client.request(`{ messages { total } }`).catch((error: { response?: { errors?: { extensions: { code: string } }[] } }) => error.response?.errors?.[0]?.extensions.code);
    expect(refused).toBe('FORBIDDEN');
  });
});

describe('without SMTP_URL: the local message outbox', () => {
  let t: TestPlatform;
  let jobs: JobRunner;

  beforeAll(async () => {
    t = await startTestPlatform({ JOBS_POLLING_SECONDS: '0.5' });
    jobs = await identityJobs(t);
  }, 180_000);

  afterAll(async () => {
    await jobs?.stop({ graceful: false, wait: true });
    await t?.close();
  });

  it('keeps a password reset for administrators to read, and queuing it twice keeps one', async () => {
    const to = `user-${Date.now()}@example.org`;
    const id = await emailPasswordReset(jobs, { to, language: 'en', resetLink: 'https://panel.example/reset/t0k3n', expiresAt: new Date('2026-12-02T12:00:00Z') });
    const row = await until('the stored message', async () => (await t.gateway.request<any>(MESSAGES, { r: to })).messages.items[0]);
    expect(row).toMatchObject({ id, status: 'STORED', template: 'PASSWORD_RESET', subject: 'Reset your IME Panel password', sentAt: null });
    expect(row.text).toContain('https://panel.example/reset/t0k3n');
    // The same message queued again (a retried request) is the same message.
    await sendEmail(jobs, { messageId: id, to, language: 'en', template: 'PASSWORD_RESET', params: { resetLink: 'https://panel.example/reset/t0k3n', expiresAt: 'x' } });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await t.gateway.request<any>(MESSAGES, { r: to })).messages.total).toBe(1);
  });

  it('puts a job whose retries are spent in the dead letters, which administrators read without its stack', async () => {
    // A job the e-mail worker cannot take (its message id is no uuid), with no retry: straight to the dead letters.
    await jobs.send(QUEUES.email, { messageId: 'not-a-uuid', to: 'x@example.org', language: 'en', template: 'PASSWORD_RESET', subject: 's', text: 't', html: 'h', attachments: [], relatedType: null, relatedId: null }, { retryLimit: 0 });
    const letter = await until('the dead letter', async () => {
      const found = await t.gateway.request<any>(`{ deadLetters { total items { id queue dataJson error createdOn } } }`);
      return found.deadLetters.items.find((d: any) => d.dataJson.includes('not-a-uuid'));
    });
    expect(letter.queue).toBe('email');
    expect(letter.error).toMatch(/uuid/i);
    expect(letter.error).not.toMatch(/\bat \//);
    const client = await t.as({ role: 'CLIENT', clientId: '00000000-0000-4000-8000-000000000001' });
    const refused = await client.request(`{ deadLetters { total } }`).catch((error: { response?: { errors?: { extensions: { code: string } }[] } }) => error.response?.errors?.[0]?.extensions.code);
    expect(refused).toBe('FORBIDDEN');
  });

  it('keeps an invitation for administrators to read, and shows its link to whoever invited (nothing is e-mailed)', async () => {
    const to = `invited-${Date.now()}@example.org`;
    const response = await fetch(t.gatewayUrl.replace(/\/graphql$/, '/auth/users'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.token({ role: 'ADMIN' })}` },
      body: JSON.stringify({ email: to, name: 'Olive Outbox', role: 'ANALYST', language: 'es' }),
    });
    expect(response.status).toBe(201);
    const { invitation } = (await response.json()) as { invitation: { link: string; emailed: boolean; messageId: string } };
    expect(invitation).toMatchObject({ emailed: false, messageId: expect.any(String), link: expect.stringContaining('#/accept-invitation?token=') });
    const row = await until('the stored invitation', async () => (await t.gateway.request<any>(MESSAGES, { r: to })).messages.items[0]);
    expect(row).toMatchObject({ id: invitation.messageId, status: 'STORED', template: 'INVITATION', language: 'es', subject: 'Invitación a IME Panel' });
    expect(row.text).toContain(invitation.link);
  });

  it('refuses an address that is not one, queuing nothing', async () => {
    await expect(sendEmail(jobs, { to: 'not-an-address', language: 'en', template: 'PASSWORD_RESET', params: { resetLink: 'https://x', expiresAt: 'x' } })).rejects.toThrow(/not an e-mail address/);
  });
});
