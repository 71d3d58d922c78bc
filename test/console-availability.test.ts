import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createLogger } from '@imepanel/runtime';
import { ensureAdminConsoleBuilt } from '../scripts/lib/admin-console';
import { type ConsoleBrowser, createConsoleUser, launchConsoleBrowser, openConsole, closeConsoleTestAfterwards } from './support/browser';
import { createActiveExaminer, createCase, uniqueSuffix } from './support/fixtures';
import { earliestSlot, panelWorld } from './support/journey';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * The console's availability page in a real browser against the real platform (docs/console.md, "Availability"):
 * an examiner edits their weekly hours, adds time off, saves, and sees their week of bookings in the zone of their
 * hours; what they saved is what the API then holds and what slots are offered from. One browser for the file.
 */
let t: TestPlatform;
let browser: ConsoleBrowser;
let page: Page;
let consoleUrl: string;
let examinerId: string;
let booked: { caseId: string; referenceNumber: string; startsAt: string };
const EXAMINER = { email: `availability-${uniqueSuffix()}@panel.example`, password: 'availability-test-password' };

const AVAILABILITY = `query ($id: ID!) { examinerAvailability(examinerId: $id) { version maxExamsPerDay weeklyHours { weekday start end officeId timeZone } exceptions { kind startsOn endsOn startTime endTime note } } }`;
const availability = async () => (await t.gateway.request<any>(AVAILABILITY, { id: examinerId })).examinerAvailability;

beforeAll(async () => {
  await ensureAdminConsoleBuilt(createLogger('admin-console', 'warn'));
  t = await startTestPlatform();
  consoleUrl = t.gatewayUrl.replace(/\/graphql$/, '/admin/');
  // Connecticut sets no notice lead time, so an exam can be booked within the week the page shows.
  const world = await panelWorld(t.gateway, { examiners: 0 });
  const examiner = await createActiveExaminer(t.gateway, { specialtyCode: world.specialty.code, jurisdiction: 'US-CT' });
  examinerId = examiner.id;
  const kase = await createCase(t.gateway, world.client.id, { requiredSpecialtyCode: world.specialty.code, jurisdiction: 'US-CT' });
  const assigned = await t.gateway.request<any>(`mutation ($id: ID!, $v: Int!, $e: ID!) { assignExaminer(caseId: $id, version: $v, examinerId: $e) { version referenceNumber } }`, {
    id: kase.id,
    v: kase.version,
    e: examinerId,
  });
  const slot = await earliestSlot(t.gateway, kase.id);
  await t.gateway.request(`mutation ($id: ID!, $v: Int!, $at: DateTime!) { scheduleExam(caseId: $id, version: $v, input: { scheduledAt: $at }) { id } }`, {
    id: kase.id,
    v: assigned.assignExaminer.version,
    at: slot.startsAt,
  });
  booked = { caseId: kase.id, referenceNumber: assigned.assignExaminer.referenceNumber, startsAt: slot.startsAt };
  await createConsoleUser(t.databaseUrl, { ...EXAMINER, displayName: 'Dr Avery Hours', role: 'EXAMINER', examinerId });
  browser = await launchConsoleBrowser();
  page = browser.page;
}, 180_000);

closeConsoleTestAfterwards(() => ({ browser, platform: t }));

/** A date `days` from today (UTC), as the date inputs take it. */
const dayAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('the availability page', () => {
  it("shows the examiner's week of bookings in the zone of their hours", async () => {
    await openConsole(page, consoleUrl, '/availability', EXAMINER);
    await page.getByText('Weekly hours of').waitFor();
    const week = page.getByRole('table', { name: 'Week' });
    const row = week.getByRole('row', { name: new RegExp(booked.referenceNumber) });
    await row.waitFor();
    // The Albany office's zone: the wall time there, not UTC.
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'America/New_York', dateStyle: 'short', timeStyle: 'short' }).format(new Date(booked.startsAt));
    expect(await row.innerText()).toContain(local);
    expect(await row.innerText()).toContain('America/New_York');
    await browser.screenshot('availability-week');
  });

  it('edits the weekly hours and adds time off; what is saved is what the API holds, and no slot is offered in the time off', async () => {
    const hours = page.getByRole('table', { name: 'Weekly hours' });
    // Monday (the first row of the fixture's week): from 10:00 instead of 08:00.
    const monday = hours.getByRole('row').nth(1);
    await monday.locator('input[type="time"]').first().fill('10:00');
    const rowsBefore = await hours.getByRole('row').count();
    await page.getByRole('button', { name: 'Add hours' }).click();
    await expect.poll(() => hours.getByRole('row').count()).toBe(rowsBefore + 1);
    const added = hours.getByRole('row').last();
    // Saturday morning, at the office.
    await added.getByRole('combobox').first().click();
    await page.getByRole('option', { name: 'Sat' }).click();
    await added.locator('input[type="time"]').first().fill('09:00');
    await added.locator('input[type="time"]').last().fill('12:00');

    await page.getByRole('button', { name: 'Add time off' }).click();
    const off = page.getByRole('table', { name: 'Exceptions' }).getByRole('row').last();
    await off.getByLabel('From').fill(dayAhead(30));
    await off.getByLabel('To').fill(dayAhead(32));
    await off.getByLabel('Note').fill('Conference');
    await page.getByLabel('Maximum exams per day').fill('5');
    await page.getByRole('button', { name: 'Save availability' }).click();
    await page.locator('.RaNotification-success', { hasText: 'Availability saved' }).waitFor();
    await browser.screenshot('availability-saved');

    const saved = await availability();
    expect(saved.maxExamsPerDay).toBe(5);
    expect(saved.weeklyHours).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ weekday: 1, start: '10:00', end: '18:00', timeZone: 'America/New_York' }),
        expect.objectContaining({ weekday: 6, start: '09:00', end: '12:00', timeZone: 'America/New_York' }),
      ]),
    );
    expect(saved.exceptions).toEqual([{ kind: 'TIME_OFF', startsOn: dayAhead(30), endsOn: dayAhead(32), startTime: null, endTime: null, note: 'Conference' }]);
    // Slots come from what was saved: none in the time off, and Mondays start at 10:00 in the office's zone.
    const { availableSlots } = await t.gateway.request<any>(
      `query ($id: ID!, $from: DateTime, $to: DateTime) { availableSlots(caseId: $id, from: $from, to: $to, limitPerExaminer: 200) { slots { localStart localDate } } }`,
      { id: booked.caseId, from: `${dayAhead(28)}T00:00:00Z`, to: `${dayAhead(36)}T00:00:00Z` },
    );
    const dates = new Set(availableSlots.slots.map((s: any) => s.localDate));
    for (const off of [dayAhead(30), dayAhead(31), dayAhead(32)]) expect(dates.has(off), off).toBe(false);
    expect(dates.size).toBeGreaterThan(0);
    const mondays = availableSlots.slots.filter((s: any) => new Date(`${s.localDate}T12:00:00Z`).getUTCDay() === 1);
    for (const m of mondays) expect(m.localStart.slice(11, 16) >= '10:00', m.localStart).toBe(true);

    // The page shows what was saved after a reload.
    await page.reload();
    await page.getByText('Weekly hours of').waitFor();
    expect(await page.getByRole('table', { name: 'Exceptions' }).getByLabel('Note').last().inputValue()).toBe('Conference');
    expect(await page.getByRole('table', { name: 'Weekly hours' }).getByRole('row').nth(1).locator('input[type="time"]').first().inputValue()).toBe('10:00');
  });

  it('refuses hours that end before they start, with the API’s reason, and keeps what was saved', async () => {
    const before = await availability();
    const monday = page.getByRole('table', { name: 'Weekly hours' }).getByRole('row').nth(1);
    await monday.locator('input[type="time"]').last().fill('07:00');
    await page.getByRole('button', { name: 'Save availability' }).click();
    await page.getByRole('alert').filter({ hasText: /end|before|after/i }).first().waitFor();
    expect((await availability()).version).toBe(before.version);
  });
});
