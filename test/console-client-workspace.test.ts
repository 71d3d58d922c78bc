import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createLogger } from '@imepanel/runtime';
import { ensureAdminConsoleBuilt } from '../scripts/lib/admin-console';
import { type ConsoleBrowser, createConsoleUser, launchConsoleBrowser, openConsole, closeConsoleTestAfterwards } from './support/browser';
import { graphqlError, uniqueNpi, uniqueSuffix } from './support/fixtures';
import { examDateAhead, panelWorld, timeTravelToExam } from './support/journey';
import { startTestPlatform, type TestPlatform } from './support/platform';
import { samplePdf, sha256 } from './support/documents';

/**
 * The client staff's workspace in a real browser against the real platform: an adjuster orders an IME through the
 * referral form and follows it to the delivered report. What the client cannot do (the panel draw, scheduling, the
 * examiner's report, QA, delivery) is done through the API, as the administrators and the examiner would.
 */
let t: TestPlatform;
let browser: ConsoleBrowser;
let page: Page;
let consoleUrl: string;
let world: Awaited<ReturnType<typeof panelWorld>>;
const ADJUSTER = { email: `adjuster-${uniqueSuffix()}@client.example`, password: 'adjuster-test-password' };

beforeAll(async () => {
  await ensureAdminConsoleBuilt(createLogger('admin-console', 'warn'));
  t = await startTestPlatform();
  consoleUrl = t.gatewayUrl.replace(/\/graphql$/, '/admin/');
  world = await panelWorld(t.gateway, { examiners: 3 });
  await createConsoleUser(t.databaseUrl, { ...ADJUSTER, displayName: 'Casey Adjuster', role: 'CLIENT', clientId: world.client.id });
  browser = await launchConsoleBrowser();
  page = browser.page;
}, 180_000);

closeConsoleTestAfterwards(() => ({ browser, platform: t }));

const CASE = `query ($id: ID!) { case(id: $id) { id version status examinerId claimNumber client { id } reasons referralQuestions { id text }
  treatingProviderNpis requiredSpecialtyCode jurisdictionCode claimantTimeZone claimant { firstName lastName dateOfBirth city language accommodations representative { name } }
  panels { id status members { examinerId struckBy selected examiner { displayName } } } reports { id status } } }`;
const kase = async (id: string) => (await t.gateway.request<{ case: any }>(CASE, { id })).case;
const casesOfClient = async () =>
  (await t.gateway.request<any>(`query ($c: ID!) { cases(filter: { clientId: $c }) { total items { id } } }`, { c: world.client.id })).cases.total as number;

/** Opens a console route afresh (from another route, so that the page reads the record again). */
async function visit(route: string) {
  await page.goto(`${consoleUrl}#/cases`);
  await page.goto(`${consoleUrl}#${route}`);
}

/** The elements that stick out of the page's right edge, to explain sideways scrolling. */
const OVERFLOWING = `[...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
  .slice(0, 12).map((e) => e.tagName + '.' + String(e.className).split(' ').slice(0, 3).join('.') + ' ' + Math.round(e.getBoundingClientRect().left) + '-' + Math.round(e.getBoundingClientRect().right)).join('; ')`;

/** The text of the notification the console raised (an error one when `error`), once it shows; then closes it. */
async function notification(kind: 'success' | 'error', containing?: string): Promise<string> {
  const toast = page.locator(`.RaNotification-${kind} .MuiSnackbarContent-message`, containing ? { hasText: containing } : {}).last();
  await toast.waitFor();
  const text = await toast.innerText();
  await page.keyboard.press('Escape');
  await toast.waitFor({ state: 'detached' }).catch(() => undefined);
  return text;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The input labelled exactly `label` (react-admin marks a required one with " *"). */
const field = (label: string) => page.getByLabel(new RegExp(`^${escape(label)}\\W*$`));

async function pick(label: string, search: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: new RegExp(`^${escape(label)}\\W*$`) }).fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

describe('the client staff workspace', () => {
  let caseId: string;
  let reference: string;

  it('signs an adjuster in to their own home page and menu, without the panel curation', async () => {
    await openConsole(page, consoleUrl, '/', ADJUSTER);
    await page.getByText('Cases in progress', { exact: true }).waitFor();
    await expect.poll(() => page.title()).toBe('Our IMEs · IME Panel');
    const menu = page.locator('.RaMenu-open, .RaSidebar-fixed').first();
    for (const item of ['Home', 'Order an IME', 'Our cases', 'Reports']) await menu.getByRole('menuitem', { name: item }).waitFor();
    for (const item of ['Examiners', 'Credentials', 'Specialties', 'Audits & feedback', 'Reputation weights']) {
      expect(await menu.getByRole('menuitem', { name: item }).count(), item).toBe(0);
    }
    // A page of the panel's curation is refused, not shown.
    await page.goto(`${consoleUrl}#/examiners`);
    await page.getByText('Access denied').first().waitFor();
    await browser.screenshot('client-home');
  });

  it('orders an IME through the referral form; a refusal of the API shows under its field and stores nothing', async () => {
    await page.goto(`${consoleUrl}#/`);
    await page.getByRole('link', { name: 'Order an IME' }).first().click();
    await page.waitForURL(/#\/cases\/create/);
    await expect.poll(() => page.title()).toBe('Order an IME · IME Panel');

    await field('First name').fill('Morgan');
    await field('Last name').fill('Referral');
    await field('Date of birth').fill('1979-03-04');
    await field('Email').fill('morgan@example.net');
    await field('City').fill('Albany');
    await field('State').fill('NY');
    await field('Represented by an attorney').check();
    await field("Claimant's time zone").fill('America/Chicago');
    await page.locator('.ra-input-claimant\\.accommodations').getByRole('button', { name: 'Add' }).click();
    await page.locator('.ra-input-claimant\\.accommodations').getByLabel('Accommodation').fill('Wheelchair-accessible room');
    await field("Representative's name").fill('Sam Counsel');
    await field('Firm').fill('Counsel LLP');
    await field('Claim number').fill(`WC-${uniqueSuffix()}`);
    await field('Employer').fill('Hudson Logistics');
    await pick('Jurisdiction', 'US-NY', /US-NY/);
    await page.locator('.ra-input-bodyParts').getByRole('button', { name: 'Add' }).click();
    await page.locator('.ra-input-bodyParts').getByLabel('Body part').fill('lumbar spine');
    await page.locator('.ra-input-treatingProviderNpis').getByRole('button', { name: 'Add' }).click();
    await field('NPI (10 digits)').fill('1234567890');
    await field('Causation').check();
    await field('Maximum medical improvement (MMI)').check();
    await page.locator('.ra-input-referralQuestions').getByLabel('Question').first().fill('What caused the lumbar injury?');
    await page.locator('.ra-input-referralQuestions').getByRole('button', { name: 'Add' }).click();
    await page.locator('.ra-input-referralQuestions').getByLabel('Question').nth(1).fill('Has the claimant reached maximum medical improvement?');
    await pick('Specialty', world.specialty.code, `Specialty ${world.specialty.code}`);
    await browser.screenshot('client-order-form');

    // An NPI with a wrong check digit: the API refuses it at that field, and no case is created.
    await page.getByRole('button', { name: 'Order the IME' }).click();
    await page.locator('.ra-input-treatingProviderNpis').getByText(/check digit|not a valid NPI|NPI/i).last().waitFor();
    expect(page.url()).toMatch(/#\/cases\/create/);
    expect(await casesOfClient()).toBe(0);

    // The referral letter attached to the order: uploaded to the case once it exists.
    const letter = await samplePdf(2, 'Referral letter');
    await page.getByLabel('Attach documents').setInputFiles({ name: 'referral-letter.pdf', mimeType: 'application/pdf', buffer: letter });
    await page.getByTestId('referral-attachments').getByText('referral-letter.pdf').waitFor();

    const npi = uniqueNpi();
    await field('NPI (10 digits)').fill(npi);
    await page.getByRole('button', { name: 'Order the IME' }).click();
    await page.waitForURL(/#\/cases\/[^/]+\/show/);
    expect(await notification('success')).toMatch(/^IME ordered: case IME-\S+ with 1 document\./);
    caseId = decodeURIComponent(/#\/cases\/([^/]+)\/show/.exec(page.url())![1]);
    const ordered = await kase(caseId);
    reference = (await t.gateway.request<any>(`query ($id: ID!) { case(id: $id) { referenceNumber } }`, { id: caseId })).case.referenceNumber;
    expect(ordered).toMatchObject({
      status: 'REQUESTED',
      client: { id: world.client.id },
      reasons: ['CAUSATION', 'MMI'],
      treatingProviderNpis: [npi],
      requiredSpecialtyCode: world.specialty.code,
      jurisdictionCode: 'US-NY',
      claimant: {
        firstName: 'Morgan',
        lastName: 'Referral',
        dateOfBirth: '1979-03-04',
        city: 'Albany',
        language: 'en',
        accommodations: ['Wheelchair-accessible room'],
        representative: { name: 'Sam Counsel' },
      },
      claimantTimeZone: 'America/Chicago',
    });
    expect(ordered.referralQuestions.map((q: any) => q.text)).toEqual(['What caused the lumbar injury?', 'Has the claimant reached maximum medical improvement?']);
    const documents = (await t.gateway.request<any>(`query ($id: ID!) { case(id: $id) { documents { kind fileName status providedBy sha256 pageCount } } }`, { id: caseId })).case.documents;
    expect(documents).toEqual([{ kind: 'REFERRAL', fileName: 'referral-letter.pdf', status: 'STORED', providedBy: 'CLIENT', sha256: sha256(letter), pageCount: 2 }]);
    await page.getByText(`Case ${reference}`).first().waitFor();
    await expect.poll(() => page.title()).toBe(`Case ${reference} · IME Panel`);
  });

  it('sees the case in their list with its status, and makes the client’s choices on the panel', async () => {
    await page.goto(`${consoleUrl}#/cases`);
    const row = page.locator('tr', { hasText: reference });
    await row.getByText('Requested').waitFor();

    const panel = (await t.gateway.request<any>(`mutation ($id: ID!) { proposePanel(caseId: $id) { id members { examinerId examiner { displayName } } } }`, { id: caseId })).proposePanel;
    const [first, second] = panel.members.map((m: any) => m.examiner.displayName as string);
    await page.goto(`${consoleUrl}#/cases/${caseId}/show/exam`);
    await page.getByText(/No panel rule applies here: you may strike one examiner, or select/).waitFor();
    await page.getByRole('button', { name: `Strike ${first}` }).click();
    await notification('success', `${first} was struck`);
    await page.locator('tr', { hasText: first }).getByText('Client').waitFor();

    // A second strike by the same side is the API's to refuse: its words, and no change.
    await page.getByRole('button', { name: `Strike ${second}` }).click();
    expect(await notification('error')).toMatch(/already struck/);
    expect((await kase(caseId)).panels.at(-1).members.filter((m: any) => m.struckBy)).toHaveLength(1);

    await page.getByRole('button', { name: `Select ${second}` }).click();
    await notification('success', `${second} was selected`);
    const assigned = await kase(caseId);
    expect(assigned.status).toBe('ASSIGNED');
    expect(assigned.examinerId).toBe(panel.members[1].examinerId);
    await page.locator('tr', { hasText: second }).getByText('Yes').waitFor();
    await page.getByRole('tab', { name: 'Referral' }).click();
    await page.getByText('Assigned').first().waitFor();
  });

  it('follows the appointment and the notice, reads and prints the delivered report, and requests an addendum', async () => {
    let state = await kase(caseId);
    const scheduled = await t.gateway.request<any>(
      `mutation ($id: ID!, $v: Int!, $at: DateTime!) { scheduleExam(caseId: $id, version: $v, input: { scheduledAt: $at, location: "1 Main St, Albany NY" }) { version } }`,
      { id: caseId, v: state.version, at: examDateAhead().toISOString() },
    );
    // The accommodation the referral asked for is arranged and confirmed before the notice (docs/rules.md).
    const arranged = await t.gateway.request<any>(
      `mutation ($id: ID!, $v: Int!) { arrangeAccommodation(caseId: $id, version: $v, input: { accommodation: "Wheelchair-accessible room", arrangement: "Ground-floor room 2", arrangedBy: "Albany front desk", confirmed: true }) { version } }`,
      { id: caseId, v: scheduled.scheduleExam.version },
    );
    await t.gateway.request(`mutation ($id: ID!, $v: Int!) { serveNotice(caseId: $id, version: $v, input: { method: EMAIL }) { version } }`, {
      id: caseId,
      v: arranged.arrangeAccommodation.version,
    });
    await visit(`/cases/${caseId}/show/exam`);
    await page.getByText('1 Main St, Albany NY').waitFor();
    // The time where the exam is held, its zone named (docs/rules.md, "Time zones").
    await page.getByText(/, \d{1,2}:\d\d [AP]M E[SD]T \(America\/New_York\)/).first().waitFor();
    await page.locator('tr', { hasText: 'Email' }).first().waitFor();
    await page.getByText('Scheduled').first().waitFor();

    // The exam takes place; the examiner writes the report; QA passes it; it is delivered to every recipient.
    await timeTravelToExam(t.sql, caseId);
    state = await kase(caseId);
    await t.gateway.request(`mutation ($id: ID!, $v: Int!) { markExamined(caseId: $id, version: $v) { version } }`, { id: caseId, v: state.version });
    const examiner = await t.as({ role: 'EXAMINER', examinerId: state.examinerId });
    const started = (await examiner.request<any>(`mutation ($c: ID!) { startReport(input: { caseId: $c }) { id version questions { id text } } }`, { c: caseId })).startReport;
    const written = (
      await examiner.request<any>(
        `mutation ($id: ID!, $v: Int!, $input: UpdateReportInput!) { updateReport(id: $id, version: $v, input: $input) { version } }`,
        {
          id: started.id,
          v: started.version,
          input: {
            recordsReviewed: ['MRI lumbar spine 2026-05-01'],
            diagnoses: [{ icd10: 'M54.16', description: 'Radiculopathy, lumbar region' }],
            answers: started.questions.map((q: any, i: number) => ({ questionId: q.id, answer: i === 0 ? 'Lifting at work, on the balance of probabilities.' : 'Not yet: expected within 3 months.' })),
            causationOpinion: 'The lifting incident is the probable cause.',
            mmiReached: false,
          },
        },
      )
    ).updateReport;
    const submitted = (await examiner.request<any>(`mutation ($id: ID!, $v: Int!) { submitReport(id: $id, version: $v) { version } }`, { id: started.id, v: written.version })).submitReport;
    const inQa = (await t.gateway.request<any>(`mutation ($id: ID!, $v: Int!) { startReportQa(id: $id, version: $v) { version } }`, { id: started.id, v: submitted.version })).startReportQa;
    await t.gateway.request(`mutation ($id: ID!, $v: Int!, $input: FinaliseReportInput) { finaliseReport(id: $id, version: $v, input: $input) { status } }`, {
      id: started.id,
      v: inQa.version,
      input: { checklist: [{ item: 'Every referral question answered', passed: true }], deliveries: ['CLIENT', 'CLAIMANT', 'CLAIMANT_REPRESENTATIVE', 'BOARD', 'TREATING_PHYSICIAN'].map((recipient) => ({ recipient, method: 'EMAIL' })) },
    });
    expect((await kase(caseId)).reports[0].status).toBe('DELIVERED');

    await page.goto(`${consoleUrl}#/`);
    const ready = page.getByTestId('client-final-reports');
    await ready.getByRole('link', { name: reference }).click();
    await page.waitForURL(/#\/reports\/[^/]+\/show/);
    await page.getByText('Delivered').first().waitFor();
    await page.getByRole('tab', { name: 'Printable report' }).click();
    const printable = page.getByTestId('printable-report');
    await printable.getByText('Lifting at work, on the balance of probabilities.').waitFor();
    await printable.getByText('M54.16 Radiculopathy, lumbar region').waitFor();
    await printable.getByText('Question 2: Has the claimant reached maximum medical improvement?').waitFor();
    await printable.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
    await browser.screenshot('client-printable-report');

    // An addendum requested with its reason: a draft for the assigned examiner; another organisation cannot.
    const anotherClient = await t.as({ role: 'CLIENT', clientId: (await panelWorld(t.gateway, { examiners: 0 })).client.id });
    const START_ADDENDUM = `mutation ($c: ID!, $p: ID!) { startReport(input: { caseId: $c, kind: ADDENDUM, parentReportId: $p, addendumReason: CLIENT_REQUEST }) { id } }`;
    expect((await graphqlError(anotherClient.request(START_ADDENDUM, { c: caseId, p: started.id }))).extensions.code).toBe('NOT_FOUND');
    await page.getByRole('combobox', { name: 'Addendum reason' }).click();
    await page.getByRole('option', { name: 'Client request' }).click();
    await page.getByRole('button', { name: 'Request an addendum' }).click();
    expect(await notification('success')).toContain('Addendum requested');
    await page.waitForURL((url) => /#\/reports\/[^/]+\/show/.test(url.hash) && !url.hash.includes(started.id));
    const reports = (await t.gateway.request<any>(`query ($c: ID!) { reports(filter: { caseId: $c }, sort: { field: CREATED_AT, direction: ASC }) { items { id kind status addendumReason examinerId parent { id } } } }`, { c: caseId })).reports.items;
    expect(reports).toEqual([
      expect.objectContaining({ id: started.id, kind: 'IME', status: 'DELIVERED' }),
      expect.objectContaining({ kind: 'ADDENDUM', status: 'DRAFT', addendumReason: 'CLIENT_REQUEST', examinerId: state.examinerId, parent: { id: started.id } }),
    ]);
    await page.getByText('Client request').first().waitFor();

    await visit('/cases');
    await page.locator('tr', { hasText: reference }).getByText('Reported').waitFor();
  });

  it('reads at a phone’s width without sideways scrolling of the page', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const route of ['/', '/cases/create', `/cases/${caseId}/show`]) {
        await page.goto(`${consoleUrl}#${route}`);
        await page.locator('#react-admin-title').waitFor();
        await page.waitForTimeout(500);
        const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
        expect(overflow, `${route}: ${await page.evaluate(OVERFLOWING)}`).toBeLessThanOrEqual(1);
      }
      await browser.screenshot('client-phone');
    } finally {
      await page.setViewportSize({ width: 1024, height: 900 });
    }
    expect(browser.pageErrors).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
});
