import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createLogger } from '@imepanel/runtime';
import { ensureAdminConsoleBuilt } from '../scripts/lib/admin-console';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { CONSOLE_ANALYST, createConsoleAdmin, launchConsoleBrowser, openConsole, signOutOfConsole, type ConsoleBrowser, closeConsoleTestAfterwards } from './support/browser';
import { panelWorld, scheduledCase } from './support/journey';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * The console with a keyboard and a screen reader (docs/console.md, "Accessibility"), in headless Chromium:
 * axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on the main screens, for an administrator and for an
 * analyst; a record opens from a list with the keyboard alone, and a dashboard bar too; what an analyst may not
 * read says so.
 */
let t: TestPlatform;
let browser: ConsoleBrowser;
let page: Page;
let consoleUrl: string;
let examinerId: string;
let examinerName: string;
let caseId: string;
let caseReference: string;

beforeAll(async () => {
  await ensureAdminConsoleBuilt(createLogger('admin-console', 'warn'));
  t = await startTestPlatform();
  await createConsoleAdmin(t.databaseUrl);
  consoleUrl = t.gatewayUrl.replace(/\/graphql$/, '/admin/');
  const world = await panelWorld(t.gateway, { examiners: 1 });
  examinerId = world.examiners[0].id;
  const kase = await scheduledCase(t.gateway, world, examinerId);
  caseId = kase.id;
  caseReference = kase.referenceNumber;
  const named = await t.gateway.request<{ examiner: { displayName: string } }>(`query ($id: ID!) { examiner(id: $id) { displayName } }`, { id: examinerId });
  examinerName = named.examiner.displayName;
  browser = await launchConsoleBrowser();
  page = browser.page;
}, 180_000);

closeConsoleTestAfterwards(() => ({ browser, platform: t }));

/** A screen: where it is, and what shows that it has finished loading. */
interface Screen {
  name: string;
  route: string;
  ready(page: Page): Promise<unknown>;
}

const screens = (): Screen[] => [
  { name: 'dashboard', route: '/', ready: (p) => p.getByTestId('widget-panel').getByRole('link').first().waitFor() },
  { name: 'examiners list', route: '/examiners', ready: (p) => p.locator('tr', { hasText: examinerName }).waitFor() },
  { name: 'examiner page', route: `/examiners/${examinerId}/show`, ready: (p) => p.getByText('Offices').waitFor() },
  { name: 'examiner credentials', route: `/examiners/${examinerId}/show/credentials`, ready: (p) => p.locator('tr', { hasText: 'US-NY' }).first().waitFor() },
  { name: 'cases list', route: '/cases', ready: (p) => p.locator('tr', { hasText: caseReference }).waitFor() },
  { name: 'case page', route: `/cases/${caseId}/show`, ready: (p) => p.getByText('Referral questions').waitFor() },
  { name: 'case timeline', route: `/cases/${caseId}/show/timeline`, ready: (p) => p.getByRole('tab', { name: 'Timeline', selected: true }).waitFor() },
  { name: 'reports list', route: '/reports', ready: (p) => p.locator('.list-page').waitFor() },
  { name: 'statistics', route: '/statistics', ready: (p) => p.getByText(/overall:|No cases in these months/).first().waitFor() },
];

async function visit(screen: Screen) {
  await openConsole(page, consoleUrl, screen.route, currentUser);
  await screen.ready(page);
  // Nothing still loading (a spinner would be checked instead of the screen).
  await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
  await expectNoAccessibilityViolations(page, `${screen.name} (${currentRole})`);
}

let currentUser = undefined as undefined | typeof CONSOLE_ANALYST;
let currentRole = 'administrator';

describe('accessibility (axe-core, WCAG 2.x A and AA)', () => {
  it('the login page', async () => {
    await signOutOfConsole(page, consoleUrl);
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    await expectNoAccessibilityViolations(page, 'login');
  });

  it('the main screens, as an administrator', async () => {
    for (const screen of screens()) await visit(screen);
    await visit({ name: 'users', route: '/users', ready: (p) => p.locator('tr', { hasText: 'console-analyst@test.example' }).waitFor() });
    await visit({ name: 'practice groups', route: '/practiceGroups', ready: (p) => p.locator('.list-page').waitFor() });
    await visit({ name: 'specialty tree', route: '/specialty-tree', ready: (p) => p.getByRole('button', { name: 'Expand all' }).waitFor() });
    await visit({ name: 'eligibility check', route: `/eligibility?caseId=${caseId}`, ready: (p) => p.getByText('Eligibility check').first().waitFor() });
  });

  it('the main screens, as an analyst, who reads "Not shown to analysts" where the API withholds a field', async () => {
    await signOutOfConsole(page, consoleUrl);
    currentUser = CONSOLE_ANALYST;
    currentRole = 'analyst';
    try {
      for (const screen of screens()) await visit(screen);
      // The cases list gives an analyst the month where others read the date.
      await openConsole(page, consoleUrl, '/cases', CONSOLE_ANALYST);
      const month = new Date().toISOString().slice(0, 7);
      await page.locator('tr', { hasText: caseReference }).getByText(month).waitFor();
      await openConsole(page, consoleUrl, `/cases/${caseId}/show`, CONSOLE_ANALYST);
      await page.getByText('Referral questions').waitFor();
      const claimNumber = page.locator('.RaLabeled-label', { hasText: 'Claim number' }).locator('..');
      expect(await claimNumber.innerText()).toContain('Not shown to analysts');
      await browser.screenshot('case-as-analyst');
      // The timeline is withheld from analysts (free-text notes): it says so, not "No events yet" or "No Cases found".
      await page.getByRole('tab', { name: 'Timeline' }).click();
      await page.getByTestId('not-shown').first().waitFor();
      const timeline = await page.locator('#main-content').innerText();
      expect(timeline).toContain('Not shown to analysts');
      expect(timeline).not.toMatch(/No events yet|No Cases found/);
    } finally {
      await signOutOfConsole(page, consoleUrl);
      currentUser = undefined;
      currentRole = 'administrator';
    }
  });
});

describe('the keyboard', () => {
  it('opens an examiner from the list with Tab and Enter alone', async () => {
    await openConsole(page, consoleUrl, `/examiners?filter=${encodeURIComponent(JSON.stringify({ q: examinerName }))}`);
    const row = page.locator('tr', { hasText: examinerName });
    await row.waitFor();
    // From the top of the page: Tab until the row has the focus (through the menu, the filters and the checkboxes).
    await page.locator('body').focus();
    let onRow = false;
    for (let presses = 0; presses < 80 && !onRow; presses++) {
      await page.keyboard.press('Tab');
      onRow = await row.evaluate((el) => el === el.ownerDocument.activeElement);
    }
    expect(onRow).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#/examiners/${examinerId}/show`));
    await page.getByText('Offices').waitFor();
  });

  it('a dashboard bar is a named link that opens its filtered list with Enter', async () => {
    await openConsole(page, consoleUrl, '/');
    const bar = page.getByTestId('widget-cases').getByRole('link', { name: /: \d+$/ }).first();
    await bar.waitFor();
    const name = await bar.getAttribute('aria-label');
    expect(name).toMatch(/^.+: \d+$/);
    await bar.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/cases\?/);
  });

  it('reaches a record in a show page’s related table with the keyboard too', async () => {
    await openConsole(page, consoleUrl, `/examiners/${examinerId}/show/cases`);
    const row = page.locator('tr', { hasText: caseReference });
    await row.waitFor();
    expect(await row.getAttribute('tabindex')).toBe('0');
    await row.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#/cases/${caseId}/show`));
  });
});
