import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@imepanel/runtime';
import { ensureAdminConsoleBuilt } from '../scripts/lib/admin-console';
import { createConsoleAdmin, launchConsoleBrowser, openConsole, type ConsoleBrowser } from './support/browser';
import { TestClock } from './support/clock';
import { createClient, uniqueSuffix } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * Accounts in the console, in a real browser (Debian's headless Chromium) against the real platform: an
 * administrator invites a user of a client organisation, who opens the link, sets a password and signs in; an
 * administrator disables a signed-in user, who is signed out (docs/security.md, "Accounts and invitations").
 */
let t: TestPlatform;
let admin: ConsoleBrowser;
let invitee: ConsoleBrowser;
let consoleUrl: string;
let clientName: string;
const clock = new TestClock();
const PASSWORD = 'seven lanterns over the quiet harbor';

beforeAll(async () => {
  await ensureAdminConsoleBuilt(createLogger('admin-console', 'warn'));
  // Every person of this file signs in from the same address (127.0.0.1), more often than the per-address login
  // limit allows a minute; that limit has its own tests (security-hardening, security-sessions).
  t = await startTestPlatform({ LOGIN_RATE_LIMIT_PER_MINUTE: '600', LOGIN_RATE_LIMIT_BURST: '100' }, { clock });
  await createConsoleAdmin(t.databaseUrl);
  clientName = `Lighthouse Mutual ${uniqueSuffix()}`;
  await createClient(t.gateway, clientName);
  consoleUrl = t.gatewayUrl.replace(/\/graphql$/, '/admin/');
  admin = await launchConsoleBrowser();
  invitee = await launchConsoleBrowser();
}, 180_000);

afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail') return;
  for (const [name, browser] of [['admin', admin], ['invitee', invitee]] as const) {
    await browser?.reportFailure(task.name, name);
  }
});

afterAll(async () => {
  clock.reset();
  await admin?.close();
  await invitee?.close();
  await t?.close();
});

const userRow = async (email: string) => (await t.sql.query(`select id, role, client_id, manager, active, password_hash, language from identity.user_account where email = $1`, [email])).rows[0];

/** The administrator invites a user through "Invite a user"; answers the invitation link the page shows. */
async function invite(page: Page, input: { email: string; name: string; client: string; manager: boolean; spanish?: boolean }): Promise<string> {
  await openConsole(page, consoleUrl, '/users/create');
  await page.getByLabel('E-mail').fill(input.email);
  await page.getByLabel('Name').fill(input.name);
  if (input.spanish) {
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'Español' }).click();
  }
  await page.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Client staff' }).click();
  await page.getByRole('combobox', { name: 'Client organisation' }).fill(input.client.slice(0, 14));
  await page.getByRole('option', { name: input.client }).click();
  if (input.manager) await page.getByLabel('Manages the organisation’s users').check();
  await page.getByRole('button', { name: 'Save' }).click();
  const alert = page.getByTestId('account-link');
  await alert.waitFor();
  return alert.getByLabel('Link').inputValue();
}

/** Signs in on the login page as a person would. */
async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('accounts in the console', () => {
  it('an administrator invites a user; the invited user opens the link, sets a password and signs in', async () => {
    const email = `harper-${uniqueSuffix()}@lighthouse.example`;
    const link = await invite(admin.page, { email, name: 'Harper Lane', client: clientName, manager: true, spanish: true });
    expect(link).toMatch(/\/admin\/#\/accept-invitation\?token=[\w-]{43}$/);
    await admin.screenshot('accounts-invitation-link');
    await admin.page.getByText('invited, not set yet').waitFor();
    expect(await userRow(email)).toMatchObject({ role: 'CLIENT', manager: true, active: true, password_hash: '', language: 'es' });
    await admin.page.getByText('Español').waitFor();

    const page = invitee.page;
    await page.goto(link);
    await page.getByText(`Harper Lane, ${email}`).waitFor();
    // The password rule is the gateway's, and its refusal is shown on the page.
    await page.getByLabel('New password').fill('harbor1234');
    await page.getByLabel('Repeat the password').fill('harbor1234');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByText(/at least 15 characters/).first().waitFor();
    await page.getByLabel('New password').fill(PASSWORD);
    await page.getByLabel('Repeat the password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByText(`Your password is set. Sign in as ${email}.`).waitFor();
    await invitee.screenshot('accounts-password-set');
    await page.getByRole('link', { name: 'Go to sign-in' }).click();
    await signIn(page, email, PASSWORD);
    await page.locator('.RaLayout-appFrame').waitFor();
    // A manager sees the Users page, limited to the organisation.
    await page.getByRole('menuitem', { name: 'Users' }).click();
    await page.locator('tbody tr', { hasText: email }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);

    // The link works once.
    await page.goto(link);
    await page.getByText('This link has been used already: ask for a new one').waitFor();
  });

  it('an administrator disables a signed-in user, who is signed out', async () => {
    const email = `rowan-${uniqueSuffix()}@lighthouse.example`;
    const link = await invite(admin.page, { email, name: 'Rowan Pike', client: clientName, manager: false });
    const accepted = await fetch(new URL('/auth/password', consoleUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: new URL(link.replace('#/', '')).searchParams.get('token'), password: PASSWORD }),
    });
    expect(accepted.status).toBe(200);

    const page = invitee.page;
    await page.goto(`${consoleUrl}#/login`);
    const signOut = page.getByRole('button', { name: 'Profile' });
    if (await signOut.isVisible().catch(() => false)) {
      await signOut.click();
      await page.getByRole('menuitem', { name: 'Logout' }).click();
    }
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await signIn(page, email, PASSWORD);
    await page.locator('.RaLayout-appFrame').waitFor();

    // The administrator sees the session on the user's page, and disables the account.
    await admin.page.reload();
    await admin.page.getByRole('table', { name: 'Open sessions' }).locator('tbody tr').first().waitFor();
    await admin.page.getByRole('button', { name: 'Disable' }).click();
    await admin.page.getByText('The user is disabled and signed out everywhere').waitFor();
    await admin.page.getByRole('button', { name: 'Enable' }).waitFor();
    expect((await userRow(email)).active).toBe(false);

    // The user's next step in the console finds the session ended: the page stays, a dialog asks to sign in again
    // (docs/console.md, "Sessions"), and the disabled account's password is refused there.
    await page.goto(`${consoleUrl}#/cases`);
    const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
    await dialog.waitFor({ timeout: 30_000 });
    expect(await dialog.getByLabel('Email').inputValue()).toBe(email);
    await dialog.getByLabel('Password').fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
    await dialog.getByText('Unknown e-mail address or wrong password').waitFor();
    // "Sign out" leaves for the login page.
    await dialog.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    await page.waitForURL(/#\/login/);
  });

  it('a user turns on two-factor in My account, and then signs in with the authenticator code', async () => {
    const email = `tess-${uniqueSuffix()}@lighthouse.example`;
    const link = await invite(admin.page, { email, name: 'Tess Quill', client: clientName, manager: false });
    await fetch(new URL('/auth/password', consoleUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: new URL(link.replace('#/', '')).searchParams.get('token'), password: PASSWORD }),
    });
    const page = invitee.page;
    await page.goto(`${consoleUrl}#/login`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await signIn(page, email, PASSWORD);
    await page.locator('.RaLayout-appFrame').waitFor();
    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'My account' }).click();
    await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await invitee.screenshot('accounts-totp-enrolment');
    const code = () => generate({ secret, epoch: Math.floor(clock.now().getTime() / 1000) });
    const confirmation = await code();
    await page.getByLabel('Code').fill(confirmation);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText(/On: every sign-in asks for your authenticator app’s code/).waitFor();

    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'Logout' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await signIn(page, email, PASSWORD);
    await page.getByText('Enter the code your authenticator app shows.').waitFor();
    // The code that confirmed the set-up is used up; the next one signs in.
    await page.getByLabel('Code').fill(confirmation);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText('Wrong or already used code').waitFor();
    clock.set(new Date(clock.now().getTime() + 30_000));
    await page.getByLabel('Code').fill(await code());
    await page.getByRole('button', { name: 'Verify' }).click();
    // Signing in loads the whole console: as the other sign-ins of this file, allow a loaded machine its time.
    await page.locator('.RaLayout-appFrame').waitFor({ timeout: 30_000 });
    expect((await userRow(email)).active).toBe(true);
  });
});
