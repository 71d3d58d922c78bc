import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createLogger } from '@imepanel/runtime';
import { ensureAdminConsoleBuilt } from '../scripts/lib/admin-console';
import { CONSOLE_ANALYST, type ConsoleBrowser, createConsoleAdmin, createConsoleUser, launchConsoleBrowser, openConsole, signOutOfConsole, closeConsoleTestAfterwards } from './support/browser';
import { startTestPlatform, type TestPlatform } from './support/platform';
import { at, insertCase, insertClient, insertReport } from './support/stats-fixtures';

/**
 * The Statistics page (docs/console.md, "Statistics") in headless Chromium: an analyst answers "how did
 * turnaround change by month in US-NY" from the console alone, sees a small group as suppressed (never as a
 * figure), and downloads the same question as CSV. The rows are written straight into the tables, so the
 * figures the page must show are known.
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
  const clientId = await insertClient(t.sql);
  // Cases: US-NY 8 a month in January to March, US-WA 6 a month, US-CA 2 in February only (fewer than k = 5).
  for (const month of ['01', '02', '03']) {
    for (let i = 0; i < 8; i++) await insertCase(t.sql, { clientId, jurisdiction: 'US-NY', status: 'REQUESTED', createdAt: at(`2026-${month}-1${i}T10:00:00Z`) });
    for (let i = 0; i < 6; i++) await insertCase(t.sql, { clientId, jurisdiction: 'US-WA', status: 'REQUESTED', createdAt: at(`2026-${month}-0${i + 1}T10:00:00Z`) });
  }
  for (let i = 0; i < 2; i++) await insertCase(t.sql, { clientId, jurisdiction: 'US-CA', status: 'REQUESTED', createdAt: at(`2026-02-2${i}T10:00:00Z`) });
  // Reports in US-NY: six examined in January, final ten days later; six in February, final twenty days later.
  for (let i = 0; i < 6; i++) {
    await insertReport(t.sql, { clientId, jurisdiction: 'US-NY', status: 'FINAL', examDate: `2026-01-1${i}`, dueDate: `2026-02-28`, finalisedAt: at(`2026-01-2${i}T12:00:00Z`) });
    await insertReport(t.sql, { clientId, jurisdiction: 'US-NY', status: 'FINAL', examDate: `2026-02-0${i + 1}`, dueDate: `2026-03-31`, finalisedAt: at(`2026-02-2${i + 1}T12:00:00Z`) });
  }
  await createClientUser(t.databaseUrl, clientId);
  browser = await launchConsoleBrowser();
  page = browser.page;
}, 180_000);

const CLIENT_USER = { email: 'stats-client@test.example', password: 'stats-client-password' };

async function createClientUser(databaseUrl: string, clientId: string) {
  await createConsoleUser(databaseUrl, { ...CLIENT_USER, displayName: 'Stats client', role: 'CLIENT', clientId });
}

closeConsoleTestAfterwards(() => ({ browser, platform: t }));

const row = (text: string) => page.locator('tr', { hasText: text });

async function askMonths(from: string, to: string) {
  await page.getByLabel('From', { exact: true }).fill(from);
  await page.getByLabel('To', { exact: true }).fill(to);
}

describe('the Statistics page', () => {
  it('answers how turnaround changed by month in US-NY, for an analyst, with the CSV of the same question', async () => {
    await openConsole(page, consoleUrl, '/statistics', CONSOLE_ANALYST);
    await page.getByRole('heading', { name: 'Statistics', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Reports' }).click();
    await page.getByRole('combobox', { name: 'Measure' }).click();
    await page.getByRole('option', { name: /Median turnaround/ }).click();
    await page.getByRole('combobox', { name: 'By month and' }).click();
    await page.getByRole('option', { name: 'nothing else' }).click();
    await page.getByLabel('Jurisdictions').fill('US-NY');
    await askMonths('2026-01', '2026-03');
    const all = row('All');
    await expect.poll(() => all.locator('td').allInnerTexts()).toEqual(['10.0', '20.0']);
    expect(await page.locator('th', { hasText: '2026-01' }).count()).toBe(1);
    // The chart is drawn (one line) and says in words what it shows.
    const chart = page.getByRole('group', { name: /Median turnaround .* by month/ });
    await chart.waitFor();
    expect(await page.locator('.recharts-line').count()).toBe(1);
    // With the keyboard: the chart is one tab stop, and the arrow keys read each month's figure aloud (a live region).
    await chart.getByRole('application').focus();
    await page.keyboard.press('ArrowRight');
    const announced = page.getByRole('status').filter({ hasText: '2026-' });
    await expect.poll(() => announced.first().innerText()).toMatch(/2026-0[12][\s\S]*(10|20)\.0/);
    await browser.screenshot('statistics-turnaround');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    const header = lines[0].split(',');
    const month = header.indexOf('month');
    const turnaround = header.indexOf('medianTurnaroundDays');
    const figures = lines.slice(1).map((l) => l.split(',')).filter((cells) => cells[month]).map((cells) => [cells[month], Number(cells[turnaround])]);
    expect(figures).toEqual([
      ['2026-01', 10],
      ['2026-02', 20],
    ]);
    expect(browser.pageErrors).toEqual([]);
    await signOutOfConsole(page, consoleUrl);
  });

  it('never shows a group smaller than k as a figure: withheld for an analyst, suppressed for client staff, exact for an administrator', async () => {
    // An analyst's withheld groups are left out as empty ones are (docs/statistics.md): no US-CA row at all, and
    // the cell chosen to protect it (US-WA in February) reads as a dash like an empty one.
    await openConsole(page, consoleUrl, '/statistics', CONSOLE_ANALYST);
    await page.getByRole('heading', { name: 'Statistics', level: 1 }).waitFor();
    await askMonths('2026-01', '2026-03');
    await expect.poll(() => row('US-NY').locator('td').allInnerTexts()).toEqual(['8', '8', '8']);
    expect(await row('US-CA').count()).toBe(0);
    expect(await row('US-WA').locator('td').allInnerTexts()).toEqual(['6', '—', '6']);
    await page.getByText(/A dash means no cases, or too few to publish/).waitFor();
    await browser.screenshot('statistics-as-analyst');
    await signOutOfConsole(page, consoleUrl);

    // Client staff see their own organisation's small groups marked as suppressed.
    await openConsole(page, consoleUrl, '/statistics', CLIENT_USER);
    await page.getByRole('heading', { name: 'Statistics', level: 1 }).waitFor();
    await askMonths('2026-01', '2026-03');
    const california = row('US-CA');
    await california.waitFor();
    expect(await california.locator('td').allInnerTexts()).toEqual(['—', 'suppressed', '—']);
    await signOutOfConsole(page, consoleUrl);

    await openConsole(page, consoleUrl, '/statistics');
    await askMonths('2026-01', '2026-03');
    await expect.poll(() => row('US-CA').locator('td').allInnerTexts()).toEqual(['—', '2', '—']);
    expect(await row('US-WA').locator('td').allInnerTexts()).toEqual(['6', '6', '6']);
    await signOutOfConsole(page, consoleUrl);
  });
});
