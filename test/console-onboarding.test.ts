import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@imepanel/runtime';
import { ensureAdminConsoleBuilt } from '../scripts/lib/admin-console';
import { createConsoleAdmin, launchConsoleBrowser, openConsole, type ConsoleBrowser } from './support/browser';
import { uniqueSuffix } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * Onboarding a new client organisation end to end in the console, with no token minted by hand (docs/console.md,
 * "Onboarding an organisation"): an administrator records the organisation and invites its manager; the manager
 * sets a password, signs in and invites an adjuster; the adjuster signs in to the organisation's own workspace.
 */
let t: TestPlatform;
let admin: ConsoleBrowser;
let member: ConsoleBrowser;
let consoleUrl: string;
const PASSWORD = 'a kettle of hawks above the dunes';

beforeAll(async () => {
  await ensureAdminConsoleBuilt(createLogger('admin-console', 'warn'));
  t = await startTestPlatform();
  await createConsoleAdmin(t.databaseUrl);
  consoleUrl = t.gatewayUrl.replace(/\/graphql$/, '/admin/');
  admin = await launchConsoleBrowser();
  member = await launchConsoleBrowser();
}, 180_000);

afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail') return;
  for (const [name, browser] of [['admin', admin], ['member', member]] as const) {
    await browser?.screenshot(`FAILED ${task.name} (${name})`).catch(() => undefined);
    console.error(`${name}: ${browser?.pageErrors.join("\n")} ${browser?.consoleErrors.join('\n')}\n${await browser?.page.locator('body').innerText().catch(() => '')}`);
  }
});

afterAll(async () => {
  await admin?.close();
  await member?.close();
  await t?.close();
});

const account = async (email: string) => (await t.sql.query(`select role, client_id, manager, active from identity.user_account where email = $1`, [email])).rows[0];

/** The invited person opens the link, sets a password and signs in. */
async function acceptAndSignIn(page: Page, link: string, email: string) {
  await page.goto(link);
  await page.getByLabel('New password').fill(PASSWORD);
  await page.getByLabel('Repeat the password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Set password' }).click();
  await page.getByText(`Your password is set. Sign in as ${email}.`).waitFor();
  await page.getByRole('link', { name: 'Go to sign-in' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.RaLayout-appFrame').waitFor();
}

describe('onboarding an organisation', () => {
  it('an administrator onboards an organisation and its manager; the manager invites an adjuster, who signs in to the workspace', async () => {
    const name = `Harbor Mutual ${uniqueSuffix()}`;
    const page = admin.page;
    await openConsole(page, consoleUrl, '/clients');
    await page.getByRole('link', { name: 'Onboard an organisation' }).click();
    await page.getByLabel('Name').fill(name);
    await page.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Insurer' }).click();
    await page.getByLabel('Contact e-mail').fill('claims@harbor.example');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'People and cases' }).waitFor();
    const { rows } = await t.sql.query(`select id, kind, contact_email from cases.client where name = $1`, [name]);
    expect(rows).toEqual([expect.objectContaining({ kind: 'INSURER', contact_email: 'claims@harbor.example' })]);
    const clientId = rows[0].id;

    // "Invite its manager": the form comes bound to the organisation, as its manager.
    await page.getByRole('link', { name: 'Invite its manager' }).click();
    const managerEmail = `marta-${uniqueSuffix()}@harbor.example`;
    await page.getByLabel('E-mail').fill(managerEmail);
    await page.getByLabel('Name').fill('Marta Quay');
    await page.getByRole('button', { name: 'Save' }).click();
    const managerLink = await page.getByTestId('account-link').getByLabel('Link').inputValue();
    expect(await account(managerEmail)).toEqual({ role: 'CLIENT', client_id: clientId, manager: true, active: true });
    await admin.screenshot('onboarding-manager-invited');

    // The manager signs in and invites a colleague: into their own organisation, as client staff.
    await acceptAndSignIn(member.page, managerLink, managerEmail);
    await openConsole(member.page, consoleUrl, '/users/create');
    const adjusterEmail = `ade-${uniqueSuffix()}@harbor.example`;
    await member.page.getByLabel('E-mail').fill(adjusterEmail);
    await member.page.getByLabel('Name').fill('Ade Pier');
    await member.page.getByRole('button', { name: 'Save' }).click();
    const adjusterLink = await member.page.getByTestId('account-link').getByLabel('Link').inputValue();
    expect(await account(adjusterEmail)).toEqual({ role: 'CLIENT', client_id: clientId, manager: false, active: true });
    await member.page.getByRole('button', { name: 'Profile' }).click();
    await member.page.getByRole('menuitem', { name: 'Logout' }).click();
    await member.page.getByRole('button', { name: 'Sign in' }).waitFor();

    // The adjuster lands in the organisation's workspace: ordering and following its IMEs, nothing else.
    await acceptAndSignIn(member.page, adjusterLink, adjusterEmail);
    await member.page.getByRole('menuitem', { name: 'Order an IME' }).waitFor();
    expect(await member.page.getByRole('menuitem', { name: 'Users' }).count()).toBe(0);
    expect(await member.page.getByRole('menuitem', { name: 'Examiners' }).count()).toBe(0);
    await member.screenshot('onboarding-adjuster-home');

    // The administrator finds the organisation's people from its page.
    await openConsole(page, consoleUrl, `/clients/${clientId}/show`);
    await page.getByRole('link', { name: 'Its users' }).click();
    await page.locator('tbody tr', { hasText: adjusterEmail }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(2);
  });
});
