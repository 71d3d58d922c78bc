import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleAdmin, launchConsoleBrowser, openConsole, type ConsoleBrowser } from './support/browser';
import { addVerifiedCredential, createCase, uniqueSuffix } from './support/fixtures';
import { earliestSlot, examDateAhead, panelWorld, timeTravelToExam } from './support/journey';
import { completeReportContent } from './support/lifecycle-states';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * The claimant portal in Chromium at a phone's size (docs/claimant-portal.md): the whole path of one California
 * claimant — link, date of birth, the code from the message outbox, the notice and its acknowledgement, the
 * choice from the QME panel, an accommodation answered by the client, feedback, the report and its PDF, who saw
 * their data — and each step on the case's timeline; a wrong date of birth and a wrong code locking the link; a
 * revoked link and its session refused. axe-core finds no WCAG 2.2 AA violation on any page.
 */
let t: TestPlatform;
let browser: ConsoleBrowser;
let page: Page;
let world: Awaited<ReturnType<typeof panelWorld>>;
let origin: string;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const checkedPages = new Set<string>();

beforeAll(async () => {
  // Every verification of this file comes from one address: the per-address throttle is the shared rate limit
  // (packages/runtime/src/shared-state/rate-limit.test.ts), raised here so the locks on the link are what is tested.
  t = await startTestPlatform({ CLAIMANT_VERIFY_RATE_LIMIT_BURST: '1000', CLAIMANT_VERIFY_RATE_LIMIT_PER_MINUTE: '1000' });
  origin = new URL(t.gatewayUrl).origin;
  world = await panelWorld(t.gateway, { examiners: 3, jurisdiction: 'US-CA' });
  for (const examiner of world.examiners) await addVerifiedCredential(t.gateway, examiner.id, { kind: 'QME_CERTIFICATION', jurisdiction: 'US-CA' });
  await createConsoleAdmin(t.databaseUrl);
  browser = await launchConsoleBrowser();
  page = browser.page;
  await page.setViewportSize({ width: 390, height: 844 });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** A CA case of the world's client with an unrepresented claimant (who chooses from the panel). */
async function caCase(claimant: { email: string; dateOfBirth: string; language?: string; firstName?: string }) {
  return createCase(t.gateway, world.client.id, {
    requiredSpecialtyCode: world.specialty.code,
    jurisdiction: 'US-CA',
    claimant: { firstName: claimant.firstName ?? 'Maria', lastName: `Lopez-${uniqueSuffix()}`, dateOfBirth: claimant.dateOfBirth, email: claimant.email, latitude: 42.65, longitude: -73.75, language: claimant.language ?? 'en' },
  });
}

async function issueLink(caseId: string, as = t.gateway) {
  const data = await as.request<any>(`mutation ($id: ID!) { issueClaimantAccess(caseId: $id, party: CLAIMANT) { path sentTo access { id status } } }`, { id: caseId });
  return data.issueClaimantAccess as { path: string; sentTo: string | null; access: { id: string; status: string } };
}

/** The newest one-time code e-mailed to the address, from the message outbox (the administrators' API). */
async function latestCode(email: string, after: number): Promise<string> {
  for (let i = 0; i < 150; i++) {
    const data = await t.gateway.request<any>(`query ($to: String!) { messages(filter: { recipient: $to, template: "CLAIMANT_ACCESS_CODE" }, page: { limit: 1 }) { items { text createdAt } } }`, { to: email });
    const message = data.messages.items[0];
    if (message && new Date(message.createdAt).getTime() >= after) return /(\d{6})/.exec(message.text)![1]!;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no code reached ${email}`);
}

/** axe-core on the page as it is, WCAG 2.2 AA. */
async function accessible(name: string) {
  const result = await new AxeBuilder({ page: page as never }).withTags(WCAG).analyze();
  expect(result.violations.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  checkedPages.add(name);
}

async function enterDateOfBirth(dateOfBirth: string) {
  await page.getByLabel(/date of birth|fecha de nacimiento/i).fill(dateOfBirth);
  await page.getByRole('button', { name: /continue|continuar/i }).click();
}

/** Opens a link and signs in with the date of birth and the code e-mailed. */
async function signIn(path: string, email: string, dateOfBirth: string, check = false) {
  await page.goto(`${origin}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  if (check) await accessible('date of birth');
  const asked = Date.now() - 1000;
  await enterDateOfBirth(dateOfBirth);
  await page.getByLabel(/^(code|código)/i).waitFor();
  if (check) await accessible('code');
  await page.getByLabel(/^(code|código)/i).fill(await latestCode(email, asked));
  await page.getByRole('button', { name: /continue|continuar/i }).click();
  await page.waitForURL(/\/claimant\/case$/);
}

const timeline = async (caseId: string, as = t.gateway) =>
  ((await as.request<any>(`query ($id: ID!) { case(id: $id) { timeline { type actorRole at } } }`, { id: caseId })).case.timeline as { type: string; actorRole: string | null }[]).map((e) => e.type);

describe('a California claimant exercises every right in the portal', () => {
  const email = `maria.${uniqueSuffix()}@example.net`;
  const dateOfBirth = '1984-07-19';
  let caseId: string;
  let chosen: string;

  it('opens the link, proves who they are and reads their case', async () => {
    const kase = await caCase({ email, dateOfBirth });
    caseId = kase.id;
    await t.gateway.request(`mutation ($id: ID!) { proposePanel(caseId: $id, input: { size: 3 }) { id } }`, { id: caseId });
    const link = await issueLink(caseId);
    expect(link.sentTo).toMatch(/^m•••@example\.net$/);
    expect(link.access.status).toBe('ACTIVE');
    // The token is stored only as its hash.
    const token = link.path.split('/').pop()!;
    const stored = await t.sql.query(`select token_hash from cases.claimant_access where id = $1`, [link.access.id]);
    expect(stored.rows[0].token_hash).not.toContain(token);
    await signIn(link.path, email, dateOfBirth, true);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Your exam');
    expect(await page.locator('main').textContent()).toContain('Hello, Maria');
    expect(await page.locator('main').textContent()).toContain('You help choose the doctor from a list.');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await accessible('case');
  });

  it('chooses the examiner from the QME panel within the choice period', async () => {
    await page.getByRole('link', { name: 'Choose a doctor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose a doctor' }).waitFor();
    expect(await page.locator('main').textContent()).toMatch(/You choose one doctor from this list\. Choose by/);
    await accessible('panel');
    const choose = page.getByRole('button', { name: /^Choose / }).first();
    const name = (await choose.textContent())!.replace(/^Choose /, '');
    // No strikes for an unrepresented claimant (Labor Code §4062.1(c)).
    expect(await page.getByRole('button', { name: /^Remove / }).count()).toBe(0);
    await choose.click();
    await page.getByText('Done. Thank you.').waitFor();
    const state = (await t.gateway.request<any>(`query ($id: ID!) { case(id: $id) { status examinerId examiner { displayName } panels { selectedBy selectionBasis } } }`, { id: caseId })).case;
    expect(state).toMatchObject({ status: 'ASSIGNED', examiner: { displayName: name }, panels: [{ selectedBy: 'CLAIMANT', selectionBasis: 'CLAIMANT_CHOICE' }] });
    chosen = state.examinerId;
  });

  it('reads the notice in plain words and acknowledges it', async () => {
    const { version } = (await t.gateway.request<any>(`query ($id: ID!) { case(id: $id) { version } }`, { id: caseId })).case;
    const slot = await earliestSlot(t.gateway, caseId, examDateAhead());
    const booked = await t.gateway.request<any>(`mutation ($id: ID!, $v: Int!, $at: DateTime!) { scheduleExam(caseId: $id, version: $v, input: { scheduledAt: $at }) { version } }`, { id: caseId, v: version, at: slot.startsAt });
    await t.gateway.request(`mutation ($id: ID!, $v: Int!) { serveNotice(caseId: $id, version: $v, input: { method: EMAIL }) { id } }`, { id: caseId, v: booked.scheduleExam.version });
    // The notice went by e-mail with its PDF and a link of the claimant's own.
    const notices = async () => (await t.gateway.request<any>(`query ($to: String!) { messages(filter: { recipient: $to, template: "CLAIMANT_NOTICE" }) { items { text attachmentNames } } }`, { to: email })).messages.items;
    await expect.poll(async () => (await notices()).length, { timeout: 15_000 }).toBe(1);
    const [mail] = await notices();
    expect(mail.text).toMatch(/\/claimant\/open\/[A-Za-z0-9_-]{43}/);
    expect(mail.attachmentNames).toEqual([expect.stringMatching(/^notice-.*\.pdf$/)]);
    await page.getByRole('link', { name: 'My exam' }).click();
    await page.getByRole('heading', { name: 'Your notice' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Your doctor');
    await page.getByRole('button', { name: 'I have read the notice' }).click();
    await page.getByText(/You said you read the notice on/).waitFor();
    await accessible('case with notice');
    expect(await timeline(caseId)).toEqual(expect.arrayContaining(['CLAIMANT_ACCESS_ISSUED', 'NOTICE_SERVED', 'NOTICE_ACKNOWLEDGED', 'ASSIGNED']));
    const ack = await t.sql.query(`select acknowledged_at, acknowledged_by from cases.notice where case_id = $1`, [caseId]);
    expect(ack.rows[0].acknowledged_by).toBe('CLAIMANT');
  });

  it('asks for an accommodation, answered by staff on the case page of the console', async () => {
    await page.getByRole('link', { name: 'Ask for help' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ask for help' }).waitFor();
    await accessible('requests');
    await page.getByLabel(/Help to take part/).check();
    await page.getByLabel('Tell us more').fill('I use a wheelchair and need step-free access.');
    await page.getByRole('button', { name: 'Send my request' }).click();
    await page.getByText('We got your request.').waitFor();
    const client = await t.as({ role: 'CLIENT', clientId: world.client.id });
    const requests = (await client.request<any>(`query ($id: ID!) { case(id: $id) { claimantRequests { id kind status details } } }`, { id: caseId })).case.claimantRequests;
    expect(requests).toEqual([expect.objectContaining({ kind: 'ACCOMMODATION', status: 'OPEN', details: 'I use a wheelchair and need step-free access.' })]);
    // An administrator answers in the console: the case page's Claimant tab, its Claimant portal panel.
    const staff = await browser.context.newPage();
    try {
      await staff.setViewportSize({ width: 1440, height: 1000 });
      await openConsole(staff, `${origin}/admin/`, `/cases/${caseId}/show/claimant`);
      await staff.getByText('Requests from the claimant').waitFor();
      await staff.getByText('I use a wheelchair and need step-free access.').waitFor();
      await staff.getByLabel('Answer to the claimant').fill('The office has a ramp and a lift. We told the doctor.');
      await staff.getByRole('button', { name: 'Grant' }).click();
      await staff.getByText(/Answer \(.*\): The office has a ramp and a lift/).waitFor();
      await staff.getByRole('tab', { name: 'Timeline' }).click();
      await staff.getByText('Claimant request answered').first().waitFor();
    } finally {
      await staff.close();
    }
    await page.reload();
    await page.getByText('The office has a ramp and a lift. We told the doctor.').waitFor();
    expect(await page.locator('main').textContent()).toContain('Yes');
    expect(await timeline(caseId)).toEqual(expect.arrayContaining(['CLAIMANT_REQUEST_MADE', 'CLAIMANT_REQUEST_ANSWERED']));
  });

  it('gives feedback after the exam, which the examiner cannot trace to them', async () => {
    await timeTravelToExam(t.sql, caseId);
    const { version } = (await t.gateway.request<any>(`query ($id: ID!) { case(id: $id) { version } }`, { id: caseId })).case;
    await t.gateway.request(`mutation ($id: ID!, $v: Int!) { markExamined(caseId: $id, version: $v) { id } }`, { id: caseId, v: version });
    await page.getByRole('link', { name: 'Tell us how it went' }).click();
    await page.getByLabel('How many minutes did the exam take?').fill('25');
    await page.getByRole('group', { name: 'Did the doctor explain what would happen?' }).getByLabel('Yes').check();
    await page.getByLabel('4 - Good').check();
    await page.getByRole('group', { name: 'Was your privacy respected?' }).getByLabel('No').check();
    await accessible('feedback');
    await page.getByRole('button', { name: 'Send my feedback' }).click();
    await page.getByText('Thank you. We got your feedback.').waitFor();
    const events = await t.sql.query(`select kind, score, case_id, note, occurred_on::text as on from examiners.reputation_event where examiner_id = $1 and source_key is not null`, [chosen]);
    expect(events.rows).toEqual([{ kind: 'CLAIMANT_FEEDBACK', score: 3, case_id: null, note: null, on: expect.stringMatching(/^\d{4}-\d{2}-01$/) }]);
    // The case timeline says feedback was given — but not to the examiner, who cannot see which case it was.
    expect(await timeline(caseId)).toContain('CLAIMANT_FEEDBACK_GIVEN');
    expect(await timeline(caseId, await t.as({ role: 'EXAMINER', examinerId: chosen }))).not.toContain('CLAIMANT_FEEDBACK_GIVEN');
    // Once only.
    await page.goto(`${origin}/claimant/feedback`);
    await page.getByText('You have already given feedback. Thank you.').waitFor();
  });

  it('receives the final report in the portal, recorded as the claimant’s copy', async () => {
    await page.getByRole('link', { name: 'My report' }).click();
    await page.getByText('The doctor’s report is not ready yet.', { exact: false }).waitFor();
    const { startReport: report } = await t.gateway.request<any>(`mutation ($id: ID!) { startReport(input: { caseId: $id }) { id version questions { id } } }`, { id: caseId });
    const updated = await t.gateway.request<any>(`mutation ($id: ID!, $v: Int!, $input: UpdateReportInput!) { updateReport(id: $id, version: $v, input: $input) { version } }`, {
      id: report.id,
      v: report.version,
      input: { ...completeReportContent(report.questions), findings: 'Tender lower back; full range of motion.' },
    });
    const submitted = await t.gateway.request<any>(`mutation ($id: ID!, $v: Int!) { submitReport(id: $id, version: $v) { version } }`, { id: report.id, v: updated.updateReport.version });
    const qa = await t.gateway.request<any>(`mutation ($id: ID!, $v: Int!) { startReportQa(id: $id, version: $v) { version } }`, { id: report.id, v: submitted.submitReport.version });
    await t.gateway.request(`mutation ($id: ID!, $v: Int!) { finaliseReport(id: $id, version: $v) { id } }`, { id: report.id, v: qa.startReportQa.version });
    await page.reload();
    await page.getByText('Your report is ready.').waitFor();
    await accessible('report ready');
    await page.getByRole('button', { name: 'Open my report' }).click();
    await page.getByText('Tender lower back; full range of motion.').waitFor();
    await accessible('report');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the report (PDF)' }).click();
    const file = await (await download).path();
    const { readFile } = await import('node:fs/promises');
    expect((await readFile(file!)).subarray(0, 5).toString()).toBe('%PDF-');
    const deliveries = await t.sql.query(`select recipient, method, delivered_at from reports.report_delivery where report_id = $1`, [report.id]);
    expect(deliveries.rows).toEqual([expect.objectContaining({ recipient: 'CLAIMANT', method: 'PORTAL' })]);
  });

  it('sees who read their data, and the case timeline shows every step', async () => {
    const client = await t.as({ role: 'CLIENT', clientId: world.client.id });
    await client.request(`query CaseScreen($id: ID!) { case(id: $id) { claimant { firstName } } }`, { id: caseId });
    await page.getByRole('link', { name: 'Who saw my data' }).click();
    await page.getByRole('table').waitFor();
    const text = await page.locator('main').textContent();
    expect(text).toContain('You (on this page)');
    expect(text).toContain('The office that ordered the exam');
    expect(text).toContain('Your name and contact details');
    expect(text).toContain('Your report');
    await accessible('data access');
    const audit = await t.sql.query(`select distinct actor_role from cases.audit_entry where action = 'READ' and $1 = any(record_ids)`, [caseId]);
    expect(audit.rows.map((r) => r.actor_role)).toContain('CLAIMANT');
    expect(await timeline(caseId)).toEqual(expect.arrayContaining(['NOTICE_ACKNOWLEDGED', 'ASSIGNED', 'CLAIMANT_REQUEST_MADE', 'CLAIMANT_REQUEST_ANSWERED', 'CLAIMANT_FEEDBACK_GIVEN', 'REPORTED']));
  });

  it('refuses the claimant everything but the claimant operations', async () => {
    const session = (await page.context().cookies()).find((c) => c.name === 'imepanel_claimant')!.value;
    const answer = await fetch(`${t.gatewayUrl}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${session}` }, body: JSON.stringify({ query: `{ case(id: "${caseId}") { id } cases { total } }` }) });
    const body = (await answer.json()) as any;
    expect(body.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });
});

describe('the link is locked after five wrong tries, and a revoked link is refused', () => {
  it('locks on wrong dates of birth, in the claimant’s language', async () => {
    const email = `ana.${uniqueSuffix()}@example.net`;
    const kase = await caCase({ email, dateOfBirth: '1975-02-03', language: 'es', firstName: 'Ana' });
    const link = await issueLink(kase.id);
    await page.context().clearCookies();
    await page.goto(`${origin}${link.path}`);
    await page.getByRole('heading', { level: 1, name: 'Confirme que es usted' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    for (let i = 1; i <= 5; i++) {
      await enterDateOfBirth('1975-03-02');
      await page.getByRole('alert').waitFor();
      if (i === 1) await accessible('date of birth refused');
    }
    expect(await page.getByRole('alert').textContent()).toContain('El enlace quedó bloqueado');
    await enterDateOfBirth('1975-02-03');
    expect(await page.getByRole('alert').textContent()).toContain('Este enlace está bloqueado');
    const access = await t.sql.query(`select failed_attempts, locked_at from cases.claimant_access where id = $1`, [link.access.id]);
    expect(access.rows[0]).toMatchObject({ failed_attempts: 5, locked_at: expect.any(Date) });
    expect((await t.gateway.request<any>(`query ($id: ID!) { case(id: $id) { claimantAccesses { status failedAttempts } } }`, { id: kase.id })).case.claimantAccesses[0]).toEqual({ status: 'LOCKED', failedAttempts: 5 });
  });

  it('locks on wrong codes, and a reissued link works again', async () => {
    const email = `lee.${uniqueSuffix()}@example.net`;
    const kase = await caCase({ email, dateOfBirth: '1990-10-10' });
    const client = await t.as({ role: 'CLIENT', clientId: world.client.id });
    const link = await issueLink(kase.id, client);
    await page.context().clearCookies();
    await page.goto(`${origin}${link.path}`);
    const asked = Date.now() - 1000;
    await enterDateOfBirth('1990-10-10');
    const code = await latestCode(email, asked);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 1; i <= 5; i++) {
      await page.getByLabel('Code').fill(wrong);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('alert').waitFor();
    }
    await page.getByLabel('Code').fill(code);
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await page.getByRole('alert').textContent()).toMatch(/This link is locked/);
    expect(page.url()).not.toMatch(/\/claimant\/case$/);
    // The client reissues: the old link stays refused, the new one works.
    const again = await issueLink(kase.id, client);
    await signIn(again.path, email, '1990-10-10');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Your exam');
  });

  it('refuses a revoked link, and ends the session it opened', async () => {
    const email = `kim.${uniqueSuffix()}@example.net`;
    const kase = await caCase({ email, dateOfBirth: '1968-12-24' });
    const link = await issueLink(kase.id);
    await page.context().clearCookies();
    await signIn(link.path, email, '1968-12-24');
    const client = await t.as({ role: 'CLIENT', clientId: world.client.id });
    expect((await client.request<any>(`mutation ($id: ID!) { revokeClaimantAccess(accessId: $id) { revokedAt } }`, { id: link.access.id })).revokeClaimantAccess.revokedAt).toBeTruthy();
    await page.goto(`${origin}/claimant/case`);
    await page.getByText('Your session has ended.').waitFor();
    await accessible('start');
    await page.goto(`${origin}${link.path}`);
    await enterDateOfBirth('1968-12-24');
    expect(await page.getByRole('alert').textContent()).toMatch(/no longer works/);
    expect(await timeline(kase.id)).toContain('CLAIMANT_ACCESS_REVOKED');
  });

  it('checked every page with axe-core', () => {
    expect([...checkedPages].sort()).toEqual(['case', 'case with notice', 'code', 'data access', 'date of birth', 'date of birth refused', 'feedback', 'panel', 'report', 'report ready', 'requests', 'start'].sort());
    expect(browser.cspViolations).toEqual([]);
  });
});
