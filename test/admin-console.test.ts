import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createLogger } from '@imepanel/runtime';
import { ensureAdminConsoleBuilt } from '../scripts/lib/admin-console';
import { CONSOLE_ANALYST, createConsoleAdmin, launchConsoleBrowser, openConsole, signOutOfConsole, type ConsoleBrowser, closeConsoleTestAfterwards } from './support/browser';
import { addVerifiedCredential, createActiveExaminer, createCase, createClient, createExaminer, createSpecialty, isoDate, uniqueNpi, uniqueSuffix } from './support/fixtures';
import { panelWorld, scheduledCase, timeTravelToExam } from './support/journey';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * The admin console in a real browser (Debian's headless Chromium) against the real gateway, subgraphs and
 * PostgreSQL: what a panel administrator does in a day, with the data checked through the API afterwards.
 */
let t: TestPlatform;
let browser: ConsoleBrowser;
let page: Page;
let consoleUrl: string;

beforeAll(async () => {
  await ensureAdminConsoleBuilt(createLogger('admin-console', 'warn'));
  t = await startTestPlatform();
  await createConsoleAdmin(t.databaseUrl);
  consoleUrl = t.gatewayUrl.replace(/\/graphql$/, '/admin/');
  browser = await launchConsoleBrowser();
  page = browser.page;
}, 180_000);

closeConsoleTestAfterwards(() => ({ browser, platform: t }));

const EXAMINER = `query ($id: ID!) { examiner(id: $id) { id version npi phone bio status reputationScore
  credentials { number verificationStatus verifiedBy verifiedAt expiresOn } } }`;
const examiner = async (id: string) => (await t.gateway.request<{ examiner: any }>(EXAMINER, { id })).examiner;
const conflicts = async (id: string) =>
  (await t.gateway.request<{ examiner: { conflicts: any[] } }>(`query ($id: ID!) { examiner(id: $id) { conflicts { id partyType partyKey partyLabel reason startsOn endsOn version } } }`, { id }))
    .examiner.conflicts;

/** The row of the list or table that contains `text`. */
const row = (text: string | RegExp) => page.locator('tr', { hasText: text });

async function pick(label: string, search: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

describe('the admin console', () => {
  it('shows the login form on a first visit without a session, after a handful of route changes', async () => {
    // A page of its own, counting every route change the console makes (react-router's hash history goes
    // through pushState/replaceState) from before its first script runs.
    const visitor = await browser.context.newPage();
    try {
      await visitor.addInitScript(`
        window.routeChanges = [];
        for (const method of ['pushState', 'replaceState']) {
          const original = history[method].bind(history);
          history[method] = (data, unused, url) => {
            window.routeChanges.push(String(url ?? ''));
            original(data, unused, url);
          };
        }`);
      // No session: the browser's storage for the gateway's origin is empty.
      await visitor.goto(t.gatewayUrl.replace(/\/graphql$/, '/health/live'));
      await visitor.evaluate('localStorage.clear()');

      await visitor.goto(consoleUrl);
      // (waits as long as a redirect loop may take to settle, so that what fails is the count below)
      await visitor.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 60_000 });
      expect(visitor.url()).toMatch(/#\/login$/);
      await visitor.getByLabel('Email').waitFor();
      await visitor.getByLabel('Password').waitFor();
      // One redirect to #/login (react-admin may replace the entry once more); a redirect loop makes thousands.
      const routeChanges = await visitor.evaluate<string[]>('window.routeChanges');
      expect(routeChanges.length, routeChanges.slice(0, 20).join('\n')).toBeLessThanOrEqual(4);
    } finally {
      await visitor.close();
    }
  });

  it('leads the root to the console and serves its icon, at the root and where the page names it', async () => {
    const origin = new URL(consoleUrl).origin;
    const root = await fetch(`${origin}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/admin/');

    const isIcon = async (url: string) => {
      const response = await fetch(url);
      const bytes = new Uint8Array(await response.arrayBuffer());
      // An ICO file starts with reserved 0, type 1 (icon): 00 00 01 00.
      return { status: response.status, type: response.headers.get('content-type'), header: [...bytes.slice(0, 4)] };
    };
    expect(await isIcon(`${origin}/favicon.ico`)).toEqual({ status: 200, type: 'image/x-icon', header: [0, 0, 1, 0] });
    await page.goto(consoleUrl);
    const named = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(await isIcon(new URL(named!, consoleUrl).toString())).toMatchObject({ status: 200, header: [0, 0, 1, 0] });
  });

  it('serves the console at /admin and shows the dashboard, each count leading to its filtered list', async () => {
    const response = await fetch(consoleUrl);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root">');

    await createExaminer(t.gateway);
    await openConsole(page, consoleUrl);
    const panel = page.getByTestId('widget-panel');
    await expect.poll(() => panel.getByTestId('count-Pending review').innerText()).toMatch(/^[1-9]\d*\s/);
    await page.getByTestId('widget-cases').waitFor();

    await panel.getByTestId('count-Pending review').click();
    await page.waitForURL(/#\/examiners\?.*PENDING_REVIEW/);
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('tbody tr').filter({ hasText: 'Active' }).count()).toBe(0);
  });

  it('serves the console under a strict Content-Security-Policy and keeps the session out of reach of scripts', async () => {
    const response = await fetch(consoleUrl);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    // Each response has its own nonce, the one its styles carry.
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(await response.text()).toContain(`nonce="${nonce}"`);
    expect((await fetch(consoleUrl)).headers.get('content-security-policy')).not.toBe(policy);

    await openConsole(page, consoleUrl);
    await page.getByTestId('widget-panel').waitFor();
    const stored = (await page.evaluate('JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookies: document.cookie })')) as string;
    expect(stored).not.toMatch(/eyJ[\w-]+\.[\w-]+\./); // no JWT anywhere a script could read it
    expect(stored).not.toMatch(/imepanel_refresh/); // the refresh cookie is HttpOnly
    const cookies = await browser.context.cookies(consoleUrl.replace(/\/admin\/$/, '/auth/refresh'));
    expect(cookies.find((c) => c.name === 'imepanel_refresh')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/auth/refresh' });

    // A reload keeps the session (restored through the refresh cookie), still with no token in local storage
    // (which holds only react-admin's UI preferences).
    await page.reload();
    await page.getByTestId('widget-panel').waitFor();
    const afterReload = (await page.evaluate('JSON.stringify({ ...localStorage })')) as string;
    expect(afterReload).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
    expect(afterReload).not.toMatch(/"token"|refresh/i);
  });

  it('lists examiners with server-side search, filters and sorting', async () => {
    const token = `Zephyr${uniqueSuffix()}`;
    const specialty = await createSpecialty(t.gateway);
    await Promise.all([
      createActiveExaminer(t.gateway, { specialtyCode: specialty.code, input: { lastName: `${token}-Alpha` } }),
      createExaminer(t.gateway, { lastName: `${token}-Bravo` }),
      createExaminer(t.gateway, { lastName: `${token}-Charlie` }),
    ]);
    // (react-admin remembers a list's last filters: start from none)
    await openConsole(page, consoleUrl, `/examiners?filter=${encodeURIComponent('{}')}`);
    await page.getByPlaceholder('Name, NPI or email').fill(token);
    await page.waitForURL(new RegExp(token));
    await expect.poll(() => page.locator('tbody tr').count()).toBe(3);
    expect(await page.locator('tbody tr').first().innerText()).toContain(`${token}-Alpha`);

    // Sort by name, descending: a click on the column header, answered by the API.
    await page.getByRole('button', { name: 'Name' }).click();
    await expect.poll(() => page.locator('tbody tr').first().innerText()).toContain(`${token}-Charlie`);

    // Status, picked in the filter bar.
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Active' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('tbody tr').first().innerText()).toContain(`${token}-Alpha`);

    // A specialty filter from the URL, as the dashboard and specialty pages link to it.
    await openConsole(page, consoleUrl, `/examiners?filter=${encodeURIComponent(JSON.stringify({ q: token, specialtyCode: specialty.code }))}`);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    expect(await row(`${token}-Alpha`).innerText()).toContain(`Specialty ${specialty.code}`);
    await browser.screenshot('examiners-list');
  });

  it('onboards an examiner with a specialty: created pending review', async () => {
    const specialty = await createSpecialty(t.gateway);
    const npi = uniqueNpi();
    const lastName = `Onboarded-${uniqueSuffix()}`;
    await openConsole(page, consoleUrl, '/examiners/create');
    await page.getByLabel('First name').fill('Grace');
    await page.getByLabel('Last name').fill(lastName);
    await page.getByLabel('Suffix').fill('MD');
    await page.getByLabel('NPI').fill(npi);
    await page.getByLabel('Email').fill(`${lastName.toLowerCase()}@example.org`);
    await page.getByLabel('Years in practice').fill('17');
    await page.getByRole('button', { name: 'Add' }).first().click();
    await pick('Specialty', specialty.code, new RegExp(specialty.code));
    await page.getByLabel('Primary', { exact: true }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/examiners\/[0-9a-f-]+\/show/);
    await page.getByText('Pending review').first().waitFor();

    const { examiners } = await t.gateway.request<any>(`query ($q: String!) { examiners(filter: { search: $q }) { items { npi suffix status yearsInPractice specialties { primary specialty { code } } } } }`, { q: lastName });
    expect(examiners.items).toEqual([{ npi, suffix: 'MD', status: 'PENDING_REVIEW', yearsInPractice: 17, specialties: [{ primary: true, specialty: { code: specialty.code } }] }]);
  });

  it('edits an examiner, showing the API validation message next to the field and keeping the input', async () => {
    const created = await createExaminer(t.gateway);
    await openConsole(page, consoleUrl, `/examiners/${created.id}`);
    await page.getByLabel('Phone').fill('+1 518 555 0100');
    await page.getByLabel('NPI').fill('1234567890'); // ten digits, wrong check digit: only the API knows
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('valid check digit').waitFor();
    await browser.screenshot('examiner-validation');
    expect(await page.getByLabel('Phone').inputValue()).toBe('+1 518 555 0100');
    expect((await examiner(created.id)).phone).toBeNull();

    // Leaving with unsaved edits asks first; staying keeps them.
    const warning = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.message()))));
    await page.getByRole('menuitem', { name: 'Examiners' }).click();
    expect(await warning).toMatch(/changes weren't saved/i);
    expect(page.url()).toContain(`#/examiners/${created.id}`);
    expect(await page.getByLabel('Phone').inputValue()).toBe('+1 518 555 0100');

    await page.getByLabel('NPI').fill(created.npi);
    await page.getByRole('button', { name: 'Save' }).click();
    // Where the console lands after this save varies: react-router may still carry the navigation the user
    // cancelled above. What must hold is that the save went through, with the edits kept.
    const deadline = Date.now() + 15_000;
    let saved = await examiner(created.id);
    while (saved.version === created.version && Date.now() < deadline) {
      await page.waitForTimeout(200);
      saved = await examiner(created.id);
    }
    expect(saved).toMatchObject({ phone: '+1 518 555 0100', npi: created.npi, version: created.version + 1 });
    // The console leaves the edit page once the save's answer arrives; the next test must not start before
    // that, or this redirect lands on top of the page it opens.
    const editRoute = new RegExp(`#/examiners/${created.id}$`);
    await page.waitForURL((url) => !editRoute.test(url.href), { timeout: 15_000 });
  });

  it('adds a credential, shows its expiry colour, and verifies it recording who and when', async () => {
    const created = await createExaminer(t.gateway);
    const number = `NY-${uniqueSuffix()}`;
    await openConsole(page, consoleUrl, `/examiners/${created.id}/show/credentials`);
    await page.getByRole('link', { name: 'Add credential' }).click();
    await page.waitForURL(/#\/credentials\/create/);
    await page.getByLabel('Issuer').fill('New York State Education Department');
    await page.getByLabel('Number').fill(number);
    await pick('Jurisdiction', 'US-NY', /US-NY/);
    await page.getByLabel('Expires on').fill(isoDate(30));
    await page.getByRole('button', { name: 'Save' }).click();

    await page.waitForURL(new RegExp(`#/examiners/${created.id}/show/credentials`));
    const credentialRow = row(number);
    await credentialRow.getByText('Unverified').waitFor();
    expect(await credentialRow.locator('[data-expiry]').getAttribute('data-expiry')).toBe('EXPIRING');

    await credentialRow.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Verify' }).click();
    await credentialRow.getByText('Verified').waitFor();
    await credentialRow.getByText(/^by /).waitFor();
    await browser.screenshot('examiner-credentials');

    const [credential] = (await examiner(created.id)).credentials;
    expect(credential).toMatchObject({ number, verificationStatus: 'VERIFIED', expiresOn: isoDate(30) });
    expect(credential.verifiedBy).toBeTruthy();
    expect(Date.now() - new Date(credential.verifiedAt).getTime()).toBeLessThan(120_000);

    await openConsole(page, consoleUrl, '/credentials');
    await row(number).waitFor();
    await browser.screenshot('credentials-expiring');
  });

  it('renews a credential: the worklist drops the old term, its history keeps it, and the page says what a lapse would do', async () => {
    const specialty = await createSpecialty(t.gateway);
    const active = await createActiveExaminer(t.gateway, { specialtyCode: specialty.code, jurisdiction: 'US-NJ' });
    const number = `RN-${uniqueSuffix()}`;
    const added = await t.gateway.request<any>(
      `mutation ($e: ID!, $input: AddCredentialInput!) { addCredential(examinerId: $e, input: $input) { id version } }`,
      { e: active.id, input: { kind: 'MEDICAL_LICENSE', issuer: 'New Jersey Board of Medical Examiners', number, jurisdiction: 'US-NJ', issuedOn: isoDate(-700), expiresOn: isoDate(10) } },
    );
    await t.gateway.request(`mutation ($id: ID!, $v: Int!) { verifyCredential(id: $id, version: $v) { id } }`, { id: added.addCredential.id, v: added.addCredential.version });

    // The renewal worklist, as the menu opens it: current terms expiring within 60 days.
    await page.setViewportSize({ width: 1024, height: 900 });
    await openConsole(page, consoleUrl, `/credentials?filter=${encodeURIComponent(JSON.stringify({ expiringWithinDays: 60, current: true, examinerId: active.id }))}`);
    const worklistRow = row(number);
    await worklistRow.waitFor();
    // At 1024 px the row's actions are on screen, not cut off to the right.
    for (const name of ['Reject', 'Renew', 'Edit', 'Remove']) {
      const box = await worklistRow.getByRole('button', { name }).or(worklistRow.getByRole('link', { name })).first().boundingBox();
      expect(box!.x + box!.width, name).toBeLessThanOrEqual(1024);
    }
    await worklistRow.getByRole('button', { name: 'Renew' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('New expiry date').fill(isoDate(5));
    await dialog.getByRole('button', { name: 'Renew' }).click();
    // A renewal ending before the old term is refused at its field, and the dialog keeps what was typed.
    await dialog.getByText(/ends after the previous term/).first().waitFor();
    await dialog.getByLabel('New expiry date').fill(isoDate(740));
    await dialog.getByRole('button', { name: 'Renew' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The renewed term is on the list (unverified, far from expiry it is not due: the old one is gone).
    await page.getByText('No results found').or(page.getByText('No Credential')).first().waitFor();
    await page.setViewportSize({ width: 1440, height: 1000 });

    const terms = await t.gateway.request<any>(`query ($e: ID!) { credentials(filter: { examinerId: $e, jurisdiction: "US-NJ", kind: [MEDICAL_LICENSE] }) { items { id number current expiresOn verificationStatus } } }`, { e: active.id });
    const renewal = terms.credentials.items.find((c: any) => c.current && c.number === number);
    expect(renewal).toMatchObject({ expiresOn: isoDate(740), verificationStatus: 'UNVERIFIED' });
    expect(terms.credentials.items.find((c: any) => c.id === added.addCredential.id)).toMatchObject({ current: false, verificationStatus: 'VERIFIED', expiresOn: isoDate(10) });

    // The renewal's page: the earlier term as it was verified, and what a lapse would do.
    await openConsole(page, consoleUrl, `/credentials/${renewal.id}`);
    const earlier = page.getByRole('table', { name: 'Earlier terms' });
    await earlier.getByText(isoDate(10)).waitFor();
    await earlier.getByText('Verified').waitFor();
    await page.getByText(/does not count for eligibility until it is verified/).waitFor();
    await browser.screenshot('credential-terms');
    // The old term's page says it is history.
    await openConsole(page, consoleUrl, `/credentials/${added.addCredential.id}`);
    await page.getByText(/A renewal replaced this term/).waitFor();
  });

  it('verifies many credentials at once, exports the list as CSV, and suspends many examiners with one reason', async () => {
    const created = await createExaminer(t.gateway);
    const numbers: string[] = [];
    for (let i = 0; i < 3; i++) {
      const number = `BULK-${uniqueSuffix()}-${i}`;
      numbers.push(number);
      await t.gateway.request(`mutation ($e: ID!, $n: String!) { addCredential(examinerId: $e, input: { kind: BOARD_CERTIFICATION, issuer: "ABIM", number: $n }) { id } }`, { e: created.id, n: number });
    }
    const already = await addVerifiedCredential(t.gateway, created.id, { kind: 'BOARD_CERTIFICATION', jurisdiction: null });
    await openConsole(page, consoleUrl, `/credentials?filter=${encodeURIComponent(JSON.stringify({ examinerId: created.id, current: true }))}`);
    await row(numbers[0]).waitFor();
    await page.getByRole('checkbox', { name: 'Select all' }).check();
    await page.getByRole('button', { name: 'Verify selected' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Verify selected: 3 of 4 selected').waitFor();
    await dialog.getByLabel(/Note/).fill('Checked on the board register');
    await dialog.getByRole('button', { name: 'Verify selected' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const after = (await examiner(created.id)).credentials;
    expect(after.map((c: any) => c.verificationStatus)).toEqual(['VERIFIED', 'VERIFIED', 'VERIFIED', 'VERIFIED']);
    expect(after.find((c: any) => c.number === numbers[1]).verifiedBy).toBeTruthy();
    const untouched = await t.gateway.request<any>(`query ($id: ID!) { credential(id: $id) { version } }`, { id: already.id });
    expect(untouched.credential.version).toBe(already.version);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv.split('\n')[0]).toMatch(/^examiner,kind,jurisdiction,number,issuer/);
    for (const number of numbers) expect(csv).toContain(number);

    const specialty = await createSpecialty(t.gateway);
    const tag = uniqueSuffix();
    const pair = [
      await createActiveExaminer(t.gateway, { specialtyCode: specialty.code, input: { lastName: `Bulk ${tag} One` } }),
      await createActiveExaminer(t.gateway, { specialtyCode: specialty.code, input: { lastName: `Bulk ${tag} Two` } }),
    ];
    await openConsole(page, consoleUrl, `/examiners?filter=${encodeURIComponent(JSON.stringify({ q: `Bulk ${tag}` }))}`);
    await row(`Bulk ${tag} Two`).waitFor();
    await page.getByRole('checkbox', { name: 'Select all' }).check();
    await page.getByRole('button', { name: 'Suspend selected' }).click();
    // A suspension needs its reason: the button stays disabled until there is one.
    expect(await dialog.getByRole('button', { name: 'Suspend selected' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Reason for the suspension').fill('Malpractice carrier withdrew cover for the group');
    await dialog.getByRole('button', { name: 'Suspend selected' }).click();
    await dialog.waitFor({ state: 'hidden' });
    for (const one of pair) {
      const status = await t.gateway.request<any>(`query ($id: ID!) { examiner(id: $id) { status statusReason } }`, { id: one.id });
      expect(status.examiner).toEqual({ status: 'SUSPENDED', statusReason: 'Malpractice carrier withdrew cover for the group' });
    }
    // The examiner's History tab: both status changes with their reasons, and who made the changes.
    await openConsole(page, consoleUrl, `/examiners/${pair[0].id}/show/history`);
    const changes = page.getByRole('table', { name: 'Status changes' });
    await changes.getByText('Malpractice carrier withdrew cover for the group').waitFor();
    await expect.poll(() => changes.locator('tbody tr').count()).toBe(2);
    expect(await changes.locator('tbody tr').first().innerText()).toMatch(/Active → Suspended/);
    await page.getByRole('table', { name: 'Changes' }).getByText('Status changed').first().waitFor();
    await browser.screenshot('examiner-history');
  });

  it('edits a credential (back to unverified), rejects it with a note, and removes it', async () => {
    const created = await createExaminer(t.gateway);
    const credential = await addVerifiedCredential(t.gateway, created.id, { expiresOn: isoDate(500) });
    await openConsole(page, consoleUrl, `/examiners/${created.id}/show/credentials`);
    await row('State Board of Medicine').getByRole('link', { name: 'Edit' }).click();
    await page.waitForURL(new RegExp(`#/credentials/${credential.id}`));
    await page.getByLabel('Expires on').fill(isoDate(-2));
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(new RegExp(`#/examiners/${created.id}/show/credentials`));
    const credentialRow = row('State Board of Medicine');
    await credentialRow.getByText('Unverified').waitFor();
    expect(await credentialRow.locator('[data-expiry]').getAttribute('data-expiry')).toBe('EXPIRED');

    await credentialRow.getByRole('button', { name: 'Reject' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Why is it rejected?').fill('Licence lapsed; renewal not found at the board');
    await dialog.getByRole('button', { name: 'Reject' }).click();
    await credentialRow.getByText('Rejected').waitFor();
    expect((await examiner(created.id)).credentials).toEqual([expect.objectContaining({ verificationStatus: 'REJECTED', expiresOn: isoDate(-2) })]);

    await credentialRow.getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('No results found').or(page.getByText('No Credential')).first().waitFor();
    expect((await examiner(created.id)).credentials).toEqual([]);
  });

  it('records a QA audit and shows the score change after a refresh', async () => {
    const created = await createExaminer(t.gateway);
    await t.gateway.request(`mutation ($id: ID!) { recordReputationEvent(examinerId: $id, input: { kind: QA_AUDIT, score: 95 }) { id } }`, { id: created.id });
    await t.gateway.request(`mutation { refreshReputation { examinersScored } }`);
    const before = (await examiner(created.id)).reputationScore as number;
    expect(before).toBeGreaterThan(0);

    await openConsole(page, consoleUrl, `/examiners/${created.id}/show/reputation`);
    const score = page.getByTestId('reputation-score');
    await expect.poll(() => score.innerText()).toBe(before.toFixed(1));

    await page.getByRole('link', { name: 'Record audit, complaint or feedback' }).click();
    await page.waitForURL(/#\/reputationEvents\/create/);
    await page.getByLabel('Audit score (0–100)').fill('35');
    await page.getByLabel('Note').fill('Missing records list on two reports');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(new RegExp(`#/examiners/${created.id}/show/reputation`));
    await row('Missing records list').waitFor();
    expect(await score.innerText()).toBe(before.toFixed(1)); // unchanged until the next refresh

    await page.getByRole('button', { name: 'Recompute scores now' }).click();
    await expect.poll(async () => Number(await score.innerText())).toBeLessThan(before);
    await browser.screenshot('examiner-reputation');
    expect((await examiner(created.id)).reputationScore).toBeLessThan(before);
  });

  it('refuses a save over someone else’s newer change, keeps the form, and can carry the edits over', async () => {
    const created = await createExaminer(t.gateway);
    await openConsole(page, consoleUrl, `/examiners/${created.id}`);
    await page.getByLabel('Bio').fill('Board-certified orthopaedic surgeon; my careful notes');

    // Meanwhile another administrator changes the phone number.
    await t.gateway.request(`mutation ($id: ID!, $version: Int!) { updateExaminer(id: $id, version: $version, input: { phone: "555-0199" }) { version } }`, {
      id: created.id,
      version: created.version,
    });

    await page.getByRole('button', { name: 'Save' }).click();
    const alert = page.getByTestId('conflict-alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Someone else saved this examiner');
    expect(await page.getByLabel('Bio').inputValue()).toBe('Board-certified orthopaedic surgeon; my careful notes');
    await browser.screenshot('examiner-conflict');
    expect(await examiner(created.id)).toMatchObject({ bio: null, phone: '555-0199' });

    await alert.getByRole('button', { name: 'Keep my edits on the latest version' }).click();
    await alert.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(new RegExp(`#/examiners/${created.id}/show`));
    expect(await examiner(created.id)).toMatchObject({ bio: 'Board-certified orthopaedic surgeon; my careful notes', phone: '555-0199' });
  });

  it('suspends an examiner with a reason, after a confirmation', async () => {
    const created = await createExaminer(t.gateway);
    await openConsole(page, consoleUrl, `/examiners/${created.id}/show`);
    await page.getByRole('button', { name: 'Suspend' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Suspend' }).click();
    await dialog.getByText('Say why').waitFor(); // no reason, no call
    expect((await examiner(created.id)).status).toBe('PENDING_REVIEW');
    await dialog.getByLabel('Reason').fill('Licence under board review');
    await dialog.getByRole('button', { name: 'Suspend' }).click();
    await page.getByText(/Suspended since .*: Licence under board review/).waitFor();
    expect((await examiner(created.id)).status).toBe('SUSPENDED');
  });

  it('curates the specialty taxonomy: a sub-specialty created, then deactivated', async () => {
    const parent = await createSpecialty(t.gateway);
    const code = `SUB_${uniqueSuffix().toUpperCase()}`;
    await openConsole(page, consoleUrl, '/specialties/create');
    await page.getByLabel('Code').fill(code);
    await page.getByLabel('Name').fill(`Hand surgery ${code}`);
    await pick('Part of (parent specialty)', parent.code, new RegExp(parent.code));
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(new RegExp(`#/specialties/${code}/show`));
    await page.getByRole('link', { name: `Specialty ${parent.code}` }).waitFor();

    await page.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Deactivate' }).click();
    await page.getByRole('button', { name: 'Reactivate' }).waitFor();
    const { specialty } = await t.gateway.request<any>(`query ($code: String!) { specialty(code: $code) { active parent { code } } }`, { code });
    expect(specialty).toEqual({ active: false, parent: { code: parent.code } });

    await openConsole(page, consoleUrl, `/specialties?filter=${encodeURIComponent(JSON.stringify({ q: parent.code }))}`);
    await row(code).waitFor();
    await browser.screenshot('specialties');
  });

  it('previews other reputation weights without changing any score', async () => {
    await openConsole(page, consoleUrl, '/reputation-weights');
    await page.getByLabel('QA audits').fill('5');
    await page.getByRole('button', { name: 'Preview the effect' }).click();
    const preview = page.getByTestId('weights-preview');
    await expect.poll(() => preview.locator('tbody tr').count()).toBeGreaterThan(0);
    await browser.screenshot('reputation-weights');
    const { reputationWeights } = await t.gateway.request<any>(`{ reputationWeights { audit version } }`);
    expect(reputationWeights.audit).not.toBe(5);
  });

  it('shows cases and reports read-only, with the claimant section for the administrator', async () => {
    const world = await panelWorld(t.gateway, { examiners: 1 });
    const kase = await scheduledCase(t.gateway, world, world.examiners[0].id, { dueDate: isoDate(20) });
    await timeTravelToExam(t.sql, kase.id);
    await t.gateway.request(`mutation ($id: ID!, $v: Int!) { markExamined(caseId: $id, version: $v) { id } }`, { id: kase.id, v: kase.version });
    const { startReport: report } = await t.gateway.request<any>(`mutation ($c: ID!) { startReport(input: { caseId: $c }) { id } }`, { c: kase.id });

    await openConsole(page, consoleUrl, '/cases');
    await page.getByPlaceholder('Reference, claim number or claimant').fill(kase.referenceNumber);
    await page.waitForURL(new RegExp(kase.referenceNumber)); // the search is applied (debounced) before going on
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await browser.screenshot('cases-list');
    await row(kase.referenceNumber).click();
    await page.waitForURL(new RegExp(`#/cases/${kase.id}/show`));
    await page.getByText('What caused the lumbar injury?').waitFor();
    await page.getByRole('tab', { name: 'Claimant' }).click();
    await page.getByText('1980-04-12').waitFor();
    await browser.screenshot('case');
    expect(await page.getByRole('button', { name: /edit|delete/i }).count()).toBe(0);

    await openConsole(page, consoleUrl, `/reports?filter=${encodeURIComponent(JSON.stringify({ examinerId: world.examiners[0].id }))}`);
    await row(kase.referenceNumber).getByText('Draft').waitFor();
    await browser.screenshot('reports-list');
    await row(kase.referenceNumber).click();
    await page.waitForURL(new RegExp(`#/reports/${report.id}/show`));
    await page.getByText('Before submission:').waitFor();

    // The dashboard after the day's work above.
    await openConsole(page, consoleUrl, '/');
    await expect.poll(() => page.getByTestId('widget-cases').getByText('Examined').count()).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    await browser.screenshot('dashboard');
    expect(browser.pageErrors).toEqual([]);
  });

  it('declares a conflict with a client, shows a refused period under its field, ends one, keeps edits over a newer change, removes one', async () => {
    const created = await createExaminer(t.gateway);
    const client = await createClient(t.gateway);
    const employer = `Globex ${uniqueSuffix()}`;
    await openConsole(page, consoleUrl, `/examiners/${created.id}/show/conflicts`);
    await page.getByText('No conflict declared.').waitFor();

    // A client is picked, not typed: the API keys a client by its id.
    await page.getByRole('button', { name: 'Declare a conflict' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Client', exact: true }).fill(client.name);
    await page.getByRole('option', { name: client.name }).click();
    await dialog.getByLabel('Reason').fill('Consults for this insurer');
    await dialog.getByRole('button', { name: 'Declare' }).click();
    await row(client.name).getByText('ongoing').waitFor();

    // An employer, with a period the API refuses: the message sits under the field and nothing typed is lost.
    await page.getByRole('button', { name: 'Declare a conflict' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Party' }).click();
    await page.getByRole('option', { name: 'Employer' }).click();
    await dialog.getByLabel('Name').fill(employer);
    await dialog.getByLabel('Reason').fill('Was their occupational physician');
    await dialog.getByLabel('From').fill('2026-06-01');
    await dialog.getByLabel('Until').fill('2026-01-31');
    await dialog.getByRole('button', { name: 'Declare' }).click();
    await dialog.getByText('endsOn (2026-01-31) is before startsOn (2026-06-01)').waitFor();
    expect(await dialog.getByLabel('Name').inputValue()).toBe(employer);
    await browser.screenshot('examiner-conflict-refused');
    expect((await conflicts(created.id)).length).toBe(1);
    await dialog.getByLabel('Until').fill('2026-08-31');
    await dialog.getByRole('button', { name: 'Declare' }).click();
    await row('Was their occupational physician').getByText('2026-08-31').waitFor();

    const declared = await conflicts(created.id);
    expect(declared).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ partyType: 'CLIENT', partyLabel: client.name, reason: 'Consults for this insurer', endsOn: null }),
        expect.objectContaining({ partyType: 'EMPLOYER', partyLabel: null, startsOn: '2026-06-01', endsOn: '2026-08-31' }),
      ]),
    );
    for (const c of declared) expect(c.partyKey).toMatch(/^[0-9a-f]{64}$/);

    // The client relationship ends; meanwhile someone else rewords it. The edit is refused, kept, and applied on top.
    const clientConflict = declared.find((c: any) => c.partyType === 'CLIENT');
    await row(client.name).getByRole('button', { name: 'Edit' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Until').fill(isoDate(-1));
    await t.gateway.request(`mutation ($id: ID!, $v: Int!) { updateConflict(id: $id, version: $v, input: { reason: "Consulted for this insurer until last year" }) { version } }`, {
      id: clientConflict.id,
      v: clientConflict.version,
    });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Someone else changed this conflict after you opened it').waitFor();
    expect(await dialog.getByLabel('Until').inputValue()).toBe(isoDate(-1));
    expect((await conflicts(created.id)).find((c: any) => c.id === clientConflict.id).endsOn).toBeNull();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await row(client.name).getByText(isoDate(-1)).waitFor();
    expect((await conflicts(created.id)).find((c: any) => c.id === clientConflict.id)).toMatchObject({
      endsOn: isoDate(-1),
      reason: 'Consulted for this insurer until last year',
    });
    await browser.screenshot('examiner-conflicts');

    await row('Was their occupational physician').getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await row('Was their occupational physician').waitFor({ state: 'detached' });
    expect((await conflicts(created.id)).map((c: any) => c.partyType)).toEqual(['CLIENT']);
  });

  it('lets an analyst read examiners, cases and reports, without the fields only other roles may read', async () => {
    const created = await createActiveExaminer(t.gateway, { specialtyCode: (await createSpecialty(t.gateway)).code });
    const kase = await createCase(t.gateway, (await createClient(t.gateway)).id);
    const world = await panelWorld(t.gateway, { examiners: 1 });
    const examined = await scheduledCase(t.gateway, world, world.examiners[0].id, { dueDate: isoDate(20) });
    await timeTravelToExam(t.sql, examined.id);
    await t.gateway.request(`mutation ($id: ID!, $v: Int!) { markExamined(caseId: $id, version: $v) { id } }`, { id: examined.id, v: examined.version });
    const { startReport: report } = await t.gateway.request<any>(`mutation ($c: ID!) { startReport(input: { caseId: $c }) { id } }`, { c: examined.id });
    await signOutOfConsole(page, consoleUrl);
    try {
      await openConsole(page, consoleUrl, `/examiners/${created.id}/show`, CONSOLE_ANALYST);
      await page.getByText(created.npi).waitFor();
      await page.getByRole('tab', { name: 'Conflicts' }).click();
      await page.getByText('Conflicts are shown to administrators and to the examiner only.').waitFor();
      await page.getByRole('tab', { name: 'Credentials' }).click();
      await row('State Board of Medicine').waitFor();
      await page.waitForTimeout(300); // let the access checks settle before counting what they hide
      // An analyst reads: none of the actions that change the panel are offered.
      for (const name of ['Edit', 'Suspend', 'Retire', 'Verify', 'Reject', 'Remove', 'Add credential']) {
        expect(await page.getByRole('button', { name, exact: true }).or(page.getByRole('link', { name, exact: true })).count(), name).toBe(0);
      }

      // The claim number and the referral questions are not for analysts: the list and the page show the rest.
      await openConsole(page, consoleUrl, `/cases?filter=${encodeURIComponent(JSON.stringify({ q: kase.referenceNumber }))}`, CONSOLE_ANALYST);
      await row(kase.referenceNumber).click();
      await page.waitForURL(new RegExp(`#/cases/${kase.id}/show`));
      await page.getByText('lumbar spine').waitFor();
      expect(await page.getByText(/CLM-/).count()).toBe(0);
      // Dates of a case are months for an analyst (docs/security.md, "De-identified rows").
      await page.getByText(new Date().toISOString().slice(0, 7)).first().waitFor();
      await page.getByRole('tab', { name: 'Claimant' }).click();
      await page.getByText('Claimant details are hidden').waitFor();
      await browser.screenshot('case-as-analyst');

      await openConsole(page, consoleUrl, `/reports/${report.id}/show`, CONSOLE_ANALYST);
      await page.getByText(examined.referenceNumber).first().waitFor();
      await page.getByText('Draft').first().waitFor();
    } finally {
      await signOutOfConsole(page, consoleUrl);
    }
  });

  it('rendered every screen above without a Content-Security-Policy violation', () => {
    expect(browser.cspViolations).toEqual([]);
  });
});
