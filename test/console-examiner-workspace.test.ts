import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GraphQLClient } from 'graphql-request';
import { createLogger } from '@imepanel/runtime';
import { ensureAdminConsoleBuilt } from '../scripts/lib/admin-console';
import { type ConsoleBrowser, createConsoleUser, launchConsoleBrowser, openConsole, closeConsoleTestAfterwards } from './support/browser';
import { createClient, uniqueSuffix } from './support/fixtures';
import { caseState, panelWorld, scheduledCase, timeTravelToExam } from './support/journey';
import { startTestPlatform, type TestPlatform } from './support/platform';
import { requestUpload, samplePdf, transfer } from './support/documents';

/**
 * The examiner's workspace in a real browser against the real platform: an examiner opens an assigned, examined
 * case, writes its report, submits it incomplete and sees the refusal field by field, completes it and submits it;
 * then answers QA's change request. Their upcoming exams, credentials and conflicts are on their own pages.
 */
let t: TestPlatform;
let browser: ConsoleBrowser;
let page: Page;
let consoleUrl: string;
let world: Awaited<ReturnType<typeof panelWorld>>;
let examined: { id: string; referenceNumber: string };
let upcoming: { id: string; referenceNumber: string };
let conflictClient: { id: string; name: string };
/** A medical record of the examined case, served long ago and so released to the examiner (docs/documents.md). */
let record: { id: string; fileName: string };
const EXAMINER = { email: `examiner-${uniqueSuffix()}@panel.example`, password: 'examiner-test-password' };

beforeAll(async () => {
  await ensureAdminConsoleBuilt(createLogger('admin-console', 'warn'));
  t = await startTestPlatform();
  consoleUrl = t.gatewayUrl.replace(/\/graphql$/, '/admin/');
  world = await panelWorld(t.gateway, { examiners: 1 });
  const examinerId = world.examiners[0].id;
  examined = await scheduledCase(t.gateway, world, examinerId);
  await timeTravelToExam(t.sql, examined.id);
  const state = await caseState(t.gateway, examined.id);
  await t.gateway.request(`mutation ($id: ID!, $v: Int!) { markExamined(caseId: $id, version: $v) { version } }`, { id: examined.id, v: state.version });
  // The link is spent with the token of whoever asked for it.
  const adminToken = await t.token({ role: 'ADMIN', sub: 'examiner-workspace-admin' });
  const asAdmin = new GraphQLClient(t.gatewayUrl, { headers: { authorization: `Bearer ${adminToken}` } });
  const upload = await requestUpload(asAdmin, { caseId: examined.id, fileName: 'clinic-notes.pdf', servedOn: '2026-01-05', providedBy: 'CLIENT' });
  const stored = await transfer(new URL(t.gatewayUrl).origin + upload.link.path, { method: 'POST', token: adminToken, source: await samplePdf(2, 'Clinic notes'), headers: { 'content-type': 'application/pdf' } });
  expect(stored.status).toBe(201);
  record = { id: upload.document.id, fileName: 'clinic-notes.pdf' };
  upcoming = await scheduledCase(t.gateway, world, examinerId);
  conflictClient = await createClient(t.gateway, `Northwind Mutual ${uniqueSuffix()}`);
  await t.gateway.request(
    `mutation ($e: ID!, $client: String!, $label: String) { declareConflict(examinerId: $e, input: { partyType: CLIENT, partyIdentity: $client, partyLabel: $label, reason: "Consulted for their claims unit" }) { id } }`,
    { e: examinerId, client: conflictClient.id, label: conflictClient.name },
  );
  await createConsoleUser(t.databaseUrl, { ...EXAMINER, displayName: 'Dr Ada Examiner', role: 'EXAMINER', examinerId });
  browser = await launchConsoleBrowser();
  page = browser.page;
}, 180_000);

closeConsoleTestAfterwards(() => ({ browser, platform: t }));

const REPORT = `query ($id: ID!) { report(id: $id) { id version status recordsReviewed reviewedRecords { documentId received reviewed reliedOn } causationOpinion mmiReached diagnoses { icd10 description }
  answers { questionId answer } missingItems { field } } }`;
const report = async (id: string) => (await t.gateway.request<{ report: any }>(REPORT, { id })).report;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The input labelled exactly `label` (react-admin marks a required one with " *"). */
const field = (label: string) => page.getByLabel(new RegExp(`^${escape(label)}\\W*$`));

/** The text of the notification the console raised, once it shows; then closes it. */
async function notification(kind: 'success' | 'error', containing?: string): Promise<string> {
  const toast = page.locator(`.RaNotification-${kind} .MuiSnackbarContent-message`, containing ? { hasText: containing } : {}).last();
  await toast.waitFor();
  const text = await toast.innerText();
  await page.keyboard.press('Escape');
  await toast.waitFor({ state: 'detached' }).catch(() => undefined);
  return text;
}

describe('the examiner workspace', () => {
  let reportId: string;

  it('signs an examiner in to their work: exams coming up, cases waiting for a report, their own menu', async () => {
    await openConsole(page, consoleUrl, '/', EXAMINER);
    await page.getByText('Examined: the report is yours to start').waitFor();
    await expect.poll(() => page.title()).toBe('My work · IME Panel');
    const menu = page.locator('.RaSidebar-fixed').first();
    for (const item of ['Home', 'Upcoming exams', 'My cases', 'My reports', 'My credentials', 'My conflicts']) await menu.getByRole('menuitem', { name: item }).waitFor();
    for (const item of ['Examiners', 'Specialties', 'Audits & feedback', 'Order an IME']) expect(await menu.getByRole('menuitem', { name: item }).count(), item).toBe(0);
    const exams = page.getByTestId('examiner-upcoming-exams');
    await exams.getByRole('link', { name: upcoming.referenceNumber }).waitFor();
    await exams.getByText('1 Main St, Albany NY').waitFor();
    // In the zone of the examiner's hours, named.
    await exams.getByText(/\d{4}-\d\d-\d\d \d\d:\d\d America\/New_York/).waitFor();
    await browser.screenshot('examiner-home');
  });

  it('opens the examined case’s report, submits it incomplete and sees the refusal field by field; nothing is submitted', async () => {
    await page.getByTestId('examiner-examined-cases').getByRole('link', { name: examined.referenceNumber }).click();
    await page.getByRole('button', { name: 'Start the report' }).click();
    await page.waitForURL(/#\/reports\/[^/]+$/);
    reportId = decodeURIComponent(/#\/reports\/([^/?]+)$/.exec(page.url())![1]);
    await page.getByText('Referral questions').first().waitFor();
    await expect.poll(() => page.title()).toBe(`IME report · case ${examined.referenceNumber} · IME Panel`);

    await page.getByRole('button', { name: 'Submit for QA' }).click();
    const refusal = page.getByTestId('submission-refused');
    await refusal.waitFor();
    for (const [input, words] of [
      ['answers.0.answer', /Answer to question 1.*"What caused the lumbar injury\?" is not answered/],
      ['answers.1.answer', /Answer to question 2.*not answered/],
      ['recordsReviewed', /Records reviewed.*no records reviewed are listed/],
      ['mmiReached', /MMI reached.*state whether maximum medical improvement has been reached/],
      ['causationOpinion', /Causation opinion.*state the causation opinion/],
    ] as const) {
      expect(await refusal.getByTestId(`missing-${input}`).innerText(), input).toMatch(words);
    }
    // …and under the inputs themselves.
    await page.locator('.ra-input-causationOpinion').getByText('causation was asked: state the causation opinion').waitFor();
    await page.locator('.ra-input-answers\\.0\\.answer').getByText(/is not answered/).waitFor();
    await browser.screenshot('examiner-report-refused');
    expect((await report(reportId)).status).toBe('DRAFT');
  });

  it('completes the report (a malformed ICD-10 code is caught first) and submits it', async () => {
    await field('1. What caused the lumbar injury?').fill('The lifting incident at work, on the balance of probabilities.');
    await field('2. Has the claimant reached MMI?').fill('Not yet: expected within three months of physiotherapy.');
    // The case's records released to the examiner are listed to mark (and to download); one not on file is typed.
    const onFile = page.getByTestId(`record-${record.id}`);
    await onFile.getByText(record.fileName).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), onFile.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toBe(record.fileName);
    await page.getByLabel(`${record.fileName}: relied on`).check();
    expect(await page.getByLabel(`${record.fileName}: received`).isChecked()).toBe(true);
    expect(await page.getByLabel(`${record.fileName}: reviewed`).isChecked()).toBe(true);
    await page.locator('.ra-input-recordsReviewed').getByRole('button', { name: 'Add' }).click();
    await page.locator('.ra-input-recordsReviewed').getByLabel('Record').fill('MRI lumbar spine');
    await page.locator('.ra-input-diagnoses').getByRole('button', { name: 'Add' }).click();
    await field('ICD-10 code').fill('back pain');
    await field('Description').fill('Radiculopathy, lumbar region');
    await field('Causation opinion').fill('The lifting incident is the probable cause of the lumbar radiculopathy.');
    await page.getByRole('radio', { name: 'No' }).check();

    await page.getByRole('button', { name: 'Submit for QA' }).click();
    await page.getByText(/'back pain' is not an ICD-10 code/).waitFor();
    expect(await notification('error')).toContain('correct the fields marked in red');
    expect((await report(reportId)).status).toBe('DRAFT');

    await field('ICD-10 code').fill('m54.16');
    await page.getByRole('button', { name: 'Submit for QA' }).click();
    await notification('success', 'Submitted for QA review.');
    const submitted = await report(reportId);
    expect(submitted).toMatchObject({
      status: 'SUBMITTED',
      recordsReviewed: ['MRI lumbar spine'],
      reviewedRecords: [{ documentId: record.id, received: true, reviewed: true, reliedOn: true }],
      diagnoses: [{ icd10: 'M54.16', description: 'Radiculopathy, lumbar region' }],
      causationOpinion: 'The lifting incident is the probable cause of the lumbar radiculopathy.',
      mmiReached: false,
      missingItems: [],
    });
    expect(submitted.answers.map((a: any) => a.answer)).toEqual([
      'The lifting incident at work, on the balance of probabilities.',
      'Not yet: expected within three months of physiotherapy.',
    ]);
  });

  it('answers QA’s change request and submits again', async () => {
    const current = await report(reportId);
    const inQa = (await t.gateway.request<any>(`mutation ($id: ID!, $v: Int!) { startReportQa(id: $id, version: $v) { version } }`, { id: reportId, v: current.version })).startReportQa;
    await t.gateway.request(`mutation ($id: ID!, $v: Int!) { requestReportChanges(id: $id, version: $v, input: { notes: "Cite the records reviewed by date" }) { status } }`, {
      id: reportId,
      v: inQa.version,
    });
    await page.goto(`${consoleUrl}#/reports`);
    await page.goto(`${consoleUrl}#/`);
    await page.getByTestId('examiner-open-reports').getByRole('link', { name: examined.referenceNumber }).click();
    await page.getByTestId('qa-change-requests').getByText(/Cite the records reviewed by date/).waitFor();
    await page.locator('.ra-input-recordsReviewed').getByLabel('Record').fill('MRI lumbar spine, 2026-05-01');
    await page.getByRole('button', { name: 'Submit for QA' }).click();
    await notification('success', 'Submitted for QA review.');
    expect(await report(reportId)).toMatchObject({ status: 'SUBMITTED', recordsReviewed: ['MRI lumbar spine, 2026-05-01'] });
  });

  it('writes an addendum to the final report, with its reason', async () => {
    const current = await report(reportId);
    const inQa = (await t.gateway.request<any>(`mutation ($id: ID!, $v: Int!) { startReportQa(id: $id, version: $v) { version } }`, { id: reportId, v: current.version })).startReportQa;
    await t.gateway.request(`mutation ($id: ID!, $v: Int!) { finaliseReport(id: $id, version: $v) { status } }`, { id: reportId, v: inQa.version });
    await page.goto(`${consoleUrl}#/reports/${reportId}/show`);
    await page.getByText('Final').first().waitFor();
    await page.getByRole('combobox', { name: 'Addendum reason' }).click();
    await page.getByRole('option', { name: 'Late records' }).click();
    await page.getByRole('button', { name: 'Write an addendum' }).click();
    await page.waitForURL((url) => /^#\/reports\/[^/]+$/.test(url.hash) && !url.hash.includes(reportId));
    await expect.poll(() => page.title()).toBe(`Addendum report · case ${examined.referenceNumber} · IME Panel`);
    const addendumId = decodeURIComponent(/#\/reports\/([^/?]+)$/.exec(page.url())![1]);
    expect(await t.gateway.request<any>(`query ($id: ID!) { report(id: $id) { kind status addendumReason parent { id } } }`, { id: addendumId })).toEqual({
      report: { kind: 'ADDENDUM', status: 'DRAFT', addendumReason: 'LATE_RECORDS', parent: { id: reportId } },
    });
  });

  it('shows the examiner’s credentials with their expiry, and their declared conflicts', async () => {
    await page.getByRole('menuitem', { name: 'My credentials' }).click();
    await expect.poll(() => page.title()).toBe('My credentials · IME Panel');
    const credential = page.locator('tr', { hasText: 'State Board of Medicine' });
    await credential.locator('[data-expiry="VALID"]').waitFor();
    await credential.getByText('Verified').waitFor();

    await page.getByRole('menuitem', { name: 'My conflicts' }).click();
    await expect.poll(() => page.title()).toBe('My conflicts · IME Panel');
    const conflict = page.getByTestId('my-conflicts').locator('tr', { hasText: 'Consulted for their claims unit' });
    await conflict.getByText(`Client: ${conflictClient.name}`).waitFor();
    await browser.screenshot('examiner-conflicts');

    // The panel's curation is not theirs.
    await page.goto(`${consoleUrl}#/examiners`);
    await page.getByText('Access denied').first().waitFor();
    expect(browser.pageErrors).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
});
