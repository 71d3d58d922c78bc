import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request, Route } from 'playwright-core';
import { createLogger } from '@imepanel/runtime';
import { ensureAdminConsoleBuilt } from '../scripts/lib/admin-console';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { CONSOLE_ADMIN, createConsoleAdmin, launchConsoleBrowser, openConsole, type ConsoleBrowser, closeConsoleTestAfterwards } from './support/browser';
import { createExaminer } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * The console never says what did not happen (docs/console.md, "Sessions" and "Truthful states"), in headless
 * Chromium against the real platform: a session renewed silently under an open form; a session ended by an
 * administrator while a form is open — the save is not reported done, the form keeps what was typed, the user
 * signs in again in a dialog over it and saves; the warning before a session's time limit; a list whose subgraph
 * is down says so and recovers with Retry; a page still loading says it is loading.
 *
 * Access tokens live a minute here (the console renews them half-way), and sessions nine minutes, so that the
 * session's end is within the console's ten-minute warning from the start.
 */
const SESSION_ENV = { JWT_TTL_SECONDS: '60', SESSION_IDLE_TIMEOUT_SECONDS: '60', SESSION_MAX_AGE_SECONDS: '540' };

let t: TestPlatform;
let browser: ConsoleBrowser;
let page: Page;
let consoleUrl: string;
let adminToken: string;
let consoleAdminId: string;

beforeAll(async () => {
  await ensureAdminConsoleBuilt(createLogger('admin-console', 'warn'));
  t = await startTestPlatform(SESSION_ENV);
  await createConsoleAdmin(t.databaseUrl);
  consoleAdminId = (await t.sql.query('select id from identity.user_account where email = $1', [CONSOLE_ADMIN.email])).rows[0].id;
  adminToken = await t.token({ role: 'ADMIN' });
  consoleUrl = t.gatewayUrl.replace(/\/graphql$/, '/admin/');
  browser = await launchConsoleBrowser();
  page = browser.page;
}, 180_000);

closeConsoleTestAfterwards(() => ({ browser, platform: t }));

const authUrl = (path: string) => t.gatewayUrl.replace(/\/graphql$/, path);

/** The console administrator's open sessions, newest first, as an administrator reads them through the API. */
async function openSessions(): Promise<{ id: string; createdAt: string; expiresAt: string }[]> {
  const response = await fetch(authUrl(`/auth/users/${consoleAdminId}/sessions`), { headers: { authorization: `Bearer ${adminToken}` } });
  expect(response.status).toBe(200);
  const { items } = (await response.json()) as { items: { id: string; createdAt: string; expiresAt: string }[] };
  return items.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

const examinerBio = async (id: string) =>
  (await t.gateway.request<{ examiner: { bio: string | null; phone: string | null; version: number } }>(`query ($id: ID!) { examiner(id: $id) { bio phone version } }`, { id })).examiner;

/** Waits for the console to land on the examiner's page after a save (react-admin redirects there once it is stored). */
const savedAndShown = (id: string) => page.waitForURL(new RegExp(`#/examiners/${id}/show`));

describe('sessions while a form is open', () => {
  it('renews the access token silently under an open form, and the save goes through with the renewed token', async () => {
    const examiner = await createExaminer(t.gateway);
    const tokenOf = (request: Request) => request.headers().authorization;
    const sent: string[] = [];
    const record = (request: Request) => void (request.url().endsWith('/graphql') && sent.push(tokenOf(request)));
    page.on('request', record);
    await openConsole(page, consoleUrl, `/examiners/${examiner.id}`);
    await page.getByLabel('Phone').fill('+1 518 555 0142');
    // The access token lives a minute: the console renews it half-way, with nobody asked for anything.
    const renewal = await page.waitForResponse((r) => r.url().endsWith('/auth/refresh') && r.status() === 200, { timeout: 45_000 });
    const renewed = ((await renewal.json()) as { token: string }).token;
    expect(await page.getByLabel('Phone').inputValue()).toBe('+1 518 555 0142');
    expect(await page.getByRole('dialog').count()).toBe(0);

    // The first attempt is refused as if its token had expired in flight: the console renews and sends it again,
    // and nothing says it failed.
    let refusedOnce = false;
    const expireInFlight = async (route: Route) => {
      if (refusedOnce || !(route.request().postData() ?? '').includes('updateExaminer')) return route.continue();
      refusedOnce = true;
      await route.fulfill({ status: 401, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'The access token has expired', extensions: { code: 'UNAUTHENTICATED' } }] }) });
    };
    await page.route('**/graphql', expireInFlight);
    const save = page.waitForRequest((r) => r.url().endsWith('/graphql') && (r.postData() ?? '').includes('updateExaminer'));
    await page.getByRole('button', { name: 'Save' }).click();
    expect(tokenOf(await save)).toBe(`Bearer ${renewed}`);
    page.off('request', record);
    // The form was read with the token of the sign-in, which the renewal replaced.
    expect(sent[0]).toMatch(/^Bearer /);
    expect(sent[0]).not.toBe(`Bearer ${renewed}`);
    await savedAndShown(examiner.id);
    await page.unroute('**/graphql', expireInFlight);
    expect(refusedOnce).toBe(true);
    expect(await page.getByText(/session has ended/i).count()).toBe(0);
    expect((await examinerBio(examiner.id)).phone).toBe('+1 518 555 0142');
  }, 90_000);

  it('a session ended by an administrator: Save is never reported done, the form keeps the edit, the user signs in again over it and saves', async () => {
    const examiner = await createExaminer(t.gateway);
    await openConsole(page, consoleUrl, `/examiners/${examiner.id}`);
    await page.getByLabel('Bio').fill('Hand surgeon; typed before the session ended');

    // An administrator ends the console's session (docs/security.md, "Ending access now").
    const [session] = await openSessions();
    const ended = await fetch(authUrl(`/auth/sessions/${session.id}`), { method: 'DELETE', headers: { authorization: `Bearer ${adminToken}` } });
    expect(ended.status).toBe(200);

    await page.getByRole('button', { name: 'Save' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
    await dialog.waitFor();
    await page.getByText(/Not saved: your session has ended/).waitFor();
    await browser.screenshot('session-ended-dialog');
    await expectNoAccessibilityViolations(page, 'the sign-in dialog over an edit form');
    // No success, no navigation away, nothing lost, nothing stored.
    expect(await page.getByText(/Element updated/i).count()).toBe(0);
    expect(page.url()).toMatch(new RegExp(`#/examiners/${examiner.id}$`));
    expect(await page.getByLabel('Bio').inputValue()).toBe('Hand surgeon; typed before the session ended');
    expect((await examinerBio(examiner.id)).bio).toBeNull();

    // A wrong password is refused in the dialog, which stays.
    expect(await dialog.getByLabel('Email').inputValue()).toBe(CONSOLE_ADMIN.email);
    await dialog.getByLabel('Password').fill('not-the-password');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await dialog.getByText(/wrong password/i).waitFor();

    await dialog.getByLabel('Password').fill(CONSOLE_ADMIN.password);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(page.url()).toMatch(new RegExp(`#/examiners/${examiner.id}$`));
    expect(await page.getByLabel('Bio').inputValue()).toBe('Hand surgeon; typed before the session ended');

    await page.getByRole('button', { name: 'Save' }).click();
    await savedAndShown(examiner.id);
    expect(await examinerBio(examiner.id)).toMatchObject({ bio: 'Hand surgeon; typed before the session ended', version: examiner.version + 1 });
    // A new session, the ended one stays ended.
    expect((await openSessions()).map((s) => s.id)).not.toContain(session.id);
  });

  it('warns before the session’s time limit, and "Sign in again now" starts a new session in place, ending the old one', async () => {
    await openConsole(page, consoleUrl, '/examiners');
    const [session] = await openSessions();
    const warning = page.getByTestId('session-expiry-warning');
    await warning.waitFor();
    // (The browser runs in UTC and en-US, test/support/browser.ts; spaces normalised, as ICU versions differ in them.)
    const spaces = (text: string) => text.replace(/\s+/g, ' ');
    const endsAt = new Date(session.expiresAt).toLocaleTimeString('en-US', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
    expect(spaces(await warning.innerText())).toContain(spaces(`Your session ends at ${endsAt}`));

    await warning.getByRole('button', { name: 'Sign in again now' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign in again' });
    await dialog.getByLabel('Password').fill(CONSOLE_ADMIN.password);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await dialog.waitFor({ state: 'detached' });
    const sessions = await openSessions();
    expect(sessions.map((s) => s.id)).not.toContain(session.id);
    expect(sessions).toHaveLength(1);
    expect(page.url()).toMatch(/#\/examiners/);
  });
});

describe('truthful states', () => {
  it('a list whose subgraph is down says the service is unavailable, never "no examiners"; Retry shows the rows once it is back', async () => {
    const examiner = await createExaminer(t.gateway);
    await t.platform.stopSubgraph('examiners');
    try {
      await openConsole(page, consoleUrl, `/examiners?filter=${encodeURIComponent(JSON.stringify({ q: examiner.npi }))}`);
      const error = page.getByTestId('load-error');
      await error.waitFor({ timeout: 30_000 }); // after react-query's own retries
      expect(await error.innerText()).toContain('The service is unavailable — try again');
      await browser.screenshot('examiners-list-outage');
      const text = await page.locator('#main-content').innerText();
      expect(text).not.toMatch(/No Examiners? found|No results/i);
      expect(text).not.toMatch(/\d+-\d+ of \d+/);
    } finally {
      await t.platform.startSubgraph('examiners');
    }
    // Back within seconds (subgraph-faults.test.ts); Retry asks again.
    const row = page.locator('tr', { hasText: examiner.npi });
    const deadline = Date.now() + 15_000;
    while (!(await row.isVisible()) && Date.now() < deadline) {
      const retry = page.getByRole('button', { name: 'Retry' });
      if (await retry.isVisible()) await retry.click();
      await row.waitFor({ timeout: 2_000 }).catch(() => undefined);
    }
    await row.waitFor();
    expect(await page.getByTestId('load-error').count()).toBe(0);
    expect(await page.locator('#main-content').innerText()).toMatch(/1-1 of 1/);
  });

  it('an examiner page that is still loading shows a loading indicator, not "No office recorded"', async () => {
    const examiner = await createExaminer(t.gateway);
    await openConsole(page, consoleUrl, '/examiners');
    // Hold the examiner's own read until the loading state has been looked at.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let passedOn: Promise<void> = Promise.resolve();
    const hold = async (route: Route) => {
      if (!(route.request().postData() ?? '').includes('query Examiner(')) return route.continue();
      passedOn = held.then(() => route.continue());
      await passedOn;
    };
    await page.route('**/graphql', hold);
    try {
      await page.goto(`${consoleUrl}#/examiners/${examiner.id}/show`);
      await page.getByRole('progressbar').first().waitFor();
      expect(await page.getByText('No office recorded').count()).toBe(0);
      expect(await page.getByText('No specialty yet').count()).toBe(0);
      await browser.screenshot('examiner-loading');
    } finally {
      release();
      await passedOn;
      await page.unroute('**/graphql', hold);
    }
    // Loaded: its office (created with one) is shown.
    await page.getByText('1 Main St').waitFor();
  });
});
