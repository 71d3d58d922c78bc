import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createLogger } from '@imepanel/runtime';
import { ensureAdminConsoleBuilt } from '../scripts/lib/admin-console';
import { createConsoleAdmin, launchConsoleBrowser, openConsole, type ConsoleBrowser, closeConsoleTestAfterwards } from './support/browser';
import { samplePdf } from './support/documents';
import { createCase, createClient, isoDate } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';

/** The console's documents panel (admin/src/documents) in a real browser: upload, the list, the chain check, a download. */
let t: TestPlatform;
let browser: ConsoleBrowser;
let page: Page;
let consoleUrl: string;

beforeAll(async () => {
  await ensureAdminConsoleBuilt(createLogger('documents-console', 'warn'));
  t = await startTestPlatform();
  await createConsoleAdmin(t.databaseUrl);
  consoleUrl = t.gatewayUrl.replace(/\/graphql$/, '/admin/');
  browser = await launchConsoleBrowser();
  page = browser.page;
}, 300_000);

closeConsoleTestAfterwards(() => ({ browser, platform: t }));

describe("the console's case documents", () => {
  it('uploads a record, lists it with its pages and hash, verifies the chain and downloads the same bytes', async () => {
    const client = await createClient(t.gateway);
    const kase = await createCase(t.gateway, client.id);
    await openConsole(page, consoleUrl, `/case-documents/${kase.id}`);
    const panel = page.getByTestId('case-documents');
    await expect.poll(() => panel.innerText()).toContain('No documents yet.');

    const pdf = await samplePdf(3, 'Clinic notes');
    await page.getByLabel('Document file').setInputFiles({ name: 'clinic-notes.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByLabel('Served on the other party').fill(isoDate(-2));
    await panel.getByRole('button', { name: 'Upload' }).click();
    await expect.poll(() => panel.innerText()).toContain('Uploaded clinic-notes.pdf');
    const row = panel.locator('tr', { hasText: 'clinic-notes.pdf' });
    await expect.poll(() => row.innerText()).toContain('Medical record');
    expect(await row.innerText()).toContain(isoDate(-2));
    expect(await row.locator('td').nth(5).innerText()).toBe('3');

    const { case: read } = await t.gateway.request<any>(`query ($id: ID!) { case(id: $id) { documents { fileName sha256 pageCount } } }`, { id: kase.id });
    expect(read.documents).toMatchObject([{ fileName: 'clinic-notes.pdf', pageCount: 3 }]);
    expect(await row.innerText()).toContain(read.documents[0].sha256.slice(0, 16));

    await panel.getByRole('button', { name: 'Verify chain of custody' }).click();
    await expect.poll(() => panel.innerText()).toMatch(/Chain of custody verified: \d+ entries/);

    const download = page.waitForEvent('download');
    await row.getByRole('button', { name: 'Download' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('clinic-notes.pdf');
    const { readFile } = await import('node:fs/promises');
    expect((await readFile((await file.path())!)).equals(pdf)).toBe(true);

    // The same records on the case's own page, its Documents tab.
    await openConsole(page, consoleUrl, `/cases/${kase.id}/show/documents`);
    await page.getByTestId('case-documents').locator('tr', { hasText: 'clinic-notes.pdf' }).waitFor();
    expect(browser.cspViolations).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
