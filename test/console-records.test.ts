import AxeBuilder from '@axe-core/playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@imepanel/runtime';
import { ensureAdminConsoleBuilt } from '../scripts/lib/admin-console';
import { createConsoleAdmin, launchConsoleBrowser, openConsole, type ConsoleBrowser } from './support/browser';
import { addVerifiedCredential, createActiveExaminer, createCase, createClient, createExaminer, createSpecialty, DEFAULT_SPECIALTY_CODE, isoDate, uniqueSuffix } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * The history of records and the console's pages for the rest of the panel (docs/console.md, "History",
 * "Practice groups", "Specialties", "Eligibility check", "Examiners"): one platform and one browser for the file,
 * fixtures through the API, every step as an administrator would take it.
 */
let t: TestPlatform;
let browser: ConsoleBrowser;
let consoleUrl: string;

beforeAll(async () => {
  await ensureAdminConsoleBuilt(createLogger('admin-console', 'warn'));
  t = await startTestPlatform();
  await createConsoleAdmin(t.databaseUrl);
  consoleUrl = t.gatewayUrl.replace(/\/graphql$/, '/admin/');
  browser = await launchConsoleBrowser();
}, 180_000);

afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail') return;
  await browser?.screenshot(`FAILED ${task.name}`).catch(() => undefined);
  console.error(`${browser?.pageErrors.join('\n')} ${browser?.consoleErrors.join('\n')}\n${await browser?.page.locator('body').innerText().catch(() => '')}`);
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** axe-core finds nothing wrong in the part of the page given (WCAG 2.1 A and AA). */
async function expectAccessible(selector: string) {
  const results = await new AxeBuilder({ page: browser.page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('history of a record', () => {
  it("a case's History tab shows a correction with the editor's name and the fields it changed", async () => {
    const client = await createClient(t.gateway);
    const kase = await createCase(t.gateway, client.id);
    const editor = await t.as({ role: 'ADMIN', name: 'Rosa Editor' });
    await editor.request(`mutation ($id: ID!, $v: Int!) { updateCase(id: $id, version: $v, input: { bodyParts: ["left knee"], priority: URGENT }) { id } }`, {
      id: kase.id,
      v: kase.version,
    });

    const page = browser.page;
    await openConsole(page, consoleUrl, `/cases/${kase.id}/show`);
    await page.getByRole('tab', { name: 'History' }).click();
    const events = page.getByRole('table', { name: 'Status changes and events' });
    const correction = events.locator('tbody tr', { hasText: 'Updated' });
    await correction.waitFor();
    expect(await correction.innerText()).toContain('Rosa Editor');
    expect(await correction.innerText()).toContain('Changed body parts, priority');
    const audit = page.getByRole('table', { name: 'Changes' });
    await audit.locator('tbody tr', { hasText: 'Referral corrected' }).filter({ hasText: 'Rosa Editor (ADMIN)' }).waitFor();
    await audit.locator('tbody tr', { hasText: 'Referral received' }).waitFor();
    await browser.screenshot('case-history');
  });

  it("a credential's History shows the earlier term after a renewal", async () => {
    const examiner = await createExaminer(t.gateway, { specialties: [{ code: DEFAULT_SPECIALTY_CODE, primary: true }] });
    const oldTerm = await addVerifiedCredential(t.gateway, examiner.id, { expiresOn: isoDate(20) });
    const { credential } = await t.gateway.request<any>(`query ($id: ID!) { credential(id: $id) { number } }`, { id: oldTerm.id });
    const newNumber = `LIC-R-${uniqueSuffix()}`;
    const { renewCredential: newTerm } = await t.gateway.request<any>(
      `mutation ($id: ID!, $v: Int!, $input: RenewCredentialInput!) { renewCredential(id: $id, version: $v, input: $input) { id } }`,
      { id: oldTerm.id, v: oldTerm.version, input: { expiresOn: isoDate(750), number: newNumber } },
    );

    const page = browser.page;
    await openConsole(page, consoleUrl, `/credentials/${newTerm.id}`);
    await page.getByRole('tab', { name: 'History' }).click();
    const terms = page.getByRole('table', { name: /^Terms/ });
    await terms.locator('tbody tr', { hasText: `Term ${credential.number} replaced by its renewal` }).waitFor();
    await terms.locator('tbody tr', { hasText: `Term ${credential.number} verified` }).waitFor();
    await terms.locator('tbody tr', { hasText: `Term ${newNumber} recorded` }).waitFor();
    expect(await page.getByRole('heading', { name: 'Terms (this one and 1 earlier)' }).count()).toBe(1);
    // The audit log's entries under either term: the renewal, and the earlier term's addition and verification.
    const audit = page.getByRole('table', { name: 'Changes' });
    await audit.locator('tbody tr', { hasText: 'Renewed (new term)' }).waitFor();
    await audit.locator('tbody tr', { hasText: 'Verified' }).waitFor();
    expect(await audit.locator('tbody tr', { hasText: 'Renewed (new term)' }).count()).toBe(1);
    await browser.screenshot('credential-history');
  });
});

describe('the missing pages', () => {
  it('creates a practice group and lists it, with its examiners on its page', async () => {
    const name = `Hudson Valley Orthopaedics ${uniqueSuffix()}`;
    const page = browser.page;
    await openConsole(page, consoleUrl, '/practiceGroups');
    await page.getByRole('link', { name: 'New practice group' }).click();
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Website').fill('https://hvo.example');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Examiners' }).waitFor();
    const { rows } = await t.sql.query(`select id, website from examiners.practice_group where name = $1`, [name]);
    expect(rows).toEqual([expect.objectContaining({ website: 'https://hvo.example' })]);
    await page.getByText("No examiner is in this group yet: choose it on an examiner's form.").waitFor();

    // An examiner put in the group appears on its page; the group is on the list.
    const member = await createExaminer(t.gateway, { practiceGroupId: rows[0].id, lastName: `Member-${uniqueSuffix()}` });
    const { examiner } = await t.gateway.request<any>(`query ($id: ID!) { examiner(id: $id) { displayName } }`, { id: member.id });
    await page.reload();
    await page.locator('tbody tr', { hasText: examiner.displayName }).waitFor();
    await openConsole(page, consoleUrl, `/practiceGroups?filter=${encodeURIComponent(JSON.stringify({ q: name }))}`);
    await page.locator('tbody tr', { hasText: name }).waitFor();
    await browser.screenshot('practice-groups');
  });

  it('expands the specialty tree by keyboard', async () => {
    const parent = await createSpecialty(t.gateway, `TREE_${uniqueSuffix().toUpperCase()}`);
    const child = await createSpecialty(t.gateway, `LEAF_${uniqueSuffix().toUpperCase()}`, parent.code);
    const page = browser.page;
    await openConsole(page, consoleUrl, '/specialty-tree');
    const toggle = page.getByRole('button', { name: `Expand Specialty ${parent.code} (1 sub-specialty)` });
    await toggle.waitFor();
    expect(await page.getByRole('link', { name: `Specialty ${child.code}` }).count()).toBe(0);
    await toggle.focus();
    await page.keyboard.press('Enter');
    const collapse = page.getByRole('button', { name: `Collapse Specialty ${parent.code} (1 sub-specialty)` });
    expect(await collapse.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('list', { name: `Sub-specialties of Specialty ${parent.code}` }).getByRole('link', { name: `Specialty ${child.code}` }).waitFor();
    // Tab moves on from the button to the specialty's link; Space closes the branch again.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe(`Specialty ${parent.code}`);
    await collapse.focus();
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await expectAccessible('#specialty-tree');
    await browser.screenshot('specialty-tree');
  });

  it("the eligibility page explains an ineligible examiner's failed rule, reached from the case", async () => {
    const client = await createClient(t.gateway);
    const kase = await createCase(t.gateway, client.id);
    // Active, with the specialty, but licensed in California only: the New York case's licence rule fails.
    const lastName = `Westcoast-${uniqueSuffix()}`;
    const examiner = await createActiveExaminer(t.gateway, { specialtyCode: DEFAULT_SPECIALTY_CODE, jurisdiction: 'US-CA', input: { lastName } });

    const page = browser.page;
    await openConsole(page, consoleUrl, `/cases/${kase.id}/show`);
    await page.getByRole('link', { name: 'Check an examiner' }).click();
    await page.waitForURL(new RegExp(`#/eligibility\\?caseId=${kase.id}`));
    await page.getByLabel('Examiner').fill(lastName);
    await page.getByRole('option', { name: new RegExp(lastName) }).click();
    await page.getByRole('button', { name: 'Check' }).click();
    await page.waitForURL(new RegExp(`examinerId=${examiner.id}`));
    await page.getByTestId('eligibility-verdict').filter({ hasText: 'is not eligible for this case: 1 of' }).waitFor();
    const licence = page.getByTestId('rule-MEDICAL_LICENSE');
    expect(await licence.getAttribute('data-passed')).toBe('false');
    expect(await licence.innerText()).toContain("Failed: Do they hold a verified medical licence in the case's jurisdiction");
    expect(await licence.innerText()).toMatch(/US-NY/);
    expect(await page.getByTestId('rule-SPECIALTY').getAttribute('data-passed')).toBe('true');
    await expectAccessible('[aria-label="Eligibility rules"]');
    await browser.screenshot('eligibility-check');

    // The examiner's page leads to the same check, the examiner already chosen.
    await openConsole(page, consoleUrl, `/examiners/${examiner.id}/show`);
    await page.getByRole('link', { name: 'Check against a case' }).click();
    await page.waitForURL(new RegExp(`#/eligibility\\?examinerId=${examiner.id}`));
    await page.getByText('Choose a case and an examiner to see every rule judged.').waitFor();
  });

  it("a pending examiner's activation checklist ticks the licence once it is verified", async () => {
    const lastName = `Pending-${uniqueSuffix()}`;
    const examiner = await createExaminer(t.gateway, { lastName, specialties: [{ code: DEFAULT_SPECIALTY_CODE, primary: true }] });
    await t.gateway.request(`mutation ($id: ID!, $input: AddCredentialInput!) { addCredential(examinerId: $id, input: $input) { id } }`, {
      id: examiner.id,
      input: { kind: 'MEDICAL_LICENSE', issuer: 'New York State Education Department', number: `NY-${uniqueSuffix()}`, jurisdiction: 'US-NY', expiresOn: isoDate(400) },
    });

    const page = browser.page;
    await openConsole(page, consoleUrl, `/examiners/${examiner.id}/show`);
    const specialty = page.getByTestId('activation-ACTIVATION_NEEDS_SPECIALTY');
    const licence = page.getByTestId('activation-ACTIVATION_NEEDS_LICENCE');
    await licence.waitFor();
    expect(await specialty.getAttribute('data-done')).toBe('true');
    expect(await licence.getAttribute('data-done')).toBe('false');
    expect(await licence.innerText()).toContain('A licence in US-NY is recorded but not verified');
    await page.getByText('1 of 2 still to do before "Activate" is accepted.').waitFor();
    await browser.screenshot('activation-checklist-pending');

    // The fix: "Verify it" opens the credentials, where the licence is verified.
    await licence.getByRole('link', { name: 'Verify it' }).click();
    await page.waitForURL(/show\/credentials/);
    await page.locator('tbody tr', { hasText: 'New York State Education Department' }).getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Profile' }).click();
    await expect.poll(() => licence.getAttribute('data-done')).toBe('true');
    expect(await licence.innerText()).toContain('Verified in US-NY');
    await page.getByText('Everything activation needs is in place: "Activate" will be accepted.').waitFor();
    // …and the API agrees: the examiner can now be activated.
    const { examiner: current } = await t.gateway.request<any>(`query ($id: ID!) { examiner(id: $id) { version } }`, { id: examiner.id });
    const { changeExaminerStatus } = await t.gateway.request<any>(
      `mutation ($id: ID!, $v: Int!) { changeExaminerStatus(id: $id, version: $v, input: { status: ACTIVE }) { status } }`,
      { id: examiner.id, v: current.version },
    );
    expect(changeExaminerStatus.status).toBe('ACTIVE');
  });

  it('shows a reputation score with the sample it rests on, low-confidence under five reports', async () => {
    const examiner = await createExaminer(t.gateway);
    await t.gateway.request(`mutation ($id: ID!) { recordReputationEvent(examinerId: $id, input: { kind: QA_AUDIT, score: 90 }) { id } }`, { id: examiner.id });
    await t.gateway.request(`mutation { refreshReputation { examinersScored } }`);
    const page = browser.page;
    await openConsole(page, consoleUrl, `/examiners/${examiner.id}/show/reputation`);
    const cue = page.getByTestId('sample-cue').first();
    await cue.waitFor();
    expect(await cue.innerText()).toBe('from no report or appointment · low confidence');
    expect(await cue.getAttribute('data-low-confidence')).toBe('true');
  });
});
