import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addVerifiedCredential, createCase, graphqlError } from './support/fixtures';
import { TestClock } from './support/clock';
import { caseState, panelWorld } from './support/journey';
import { startTestPlatform, type TestPlatform } from './support/platform';
import { markExamined } from './support/security-fixtures';

/**
 * Business days skip each jurisdiction's holidays (docs/rules.md, "Holidays"), which are data administrators keep.
 * "Today" is the test clock's: the platform's commands read it instead of the system time.
 */
const clock = new TestClock();
let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform({}, { clock });
});
afterEach(() => clock.reset());
afterAll(async () => {
  await t?.close();
});

const ASSIGN = `mutation ($id: ID!, $v: Int!, $e: ID!) { assignExaminer(caseId: $id, version: $v, examinerId: $e) { version status } }`;
const SCHEDULE = `mutation ($id: ID!, $v: Int!, $at: DateTime!) { scheduleExam(caseId: $id, version: $v, input: { scheduledAt: $at, location: "1 Main St, Albany NY" }) { version status appointments { scheduledAt } } }`;
const NOTICE = `mutation ($id: ID!, $v: Int!) { serveNotice(caseId: $id, version: $v, input: { method: MAIL }) { version notices { servedAt } } }`;
const RULE = `query ($code: String!, $from: LocalDate, $to: LocalDate) {
  jurisdictionRule(code: $code) { code version holidayCalendar holidayYearsFrom holidayYearsThrough holidays(from: $from, to: $to) { date name source addedBy } }
}`;
const ADD = `mutation ($code: String!, $date: LocalDate!, $name: String!) { addJurisdictionHoliday(code: $code, input: { date: $date, name: $name }) { code holidays(from: $date, to: $date) { date name source addedBy } } }`;
const REMOVE = `mutation ($code: String!, $date: LocalDate!) { removeJurisdictionHoliday(code: $code, date: $date) { code holidays(from: $date, to: $date) { date } } }`;
const EXTEND = `mutation ($code: String!, $year: Int!) { extendJurisdictionHolidays(code: $code, throughYear: $year) { holidayYearsThrough holidays(from: "2041-01-01", to: "2041-12-31") { date name source } } }`;

async function assignedNyCase(world: Awaited<ReturnType<typeof panelWorld>>) {
  const kase = await createCase(t.gateway, world.client.id, { requiredSpecialtyCode: world.specialty.code });
  const assigned = await t.gateway.request<any>(ASSIGN, { id: kase.id, v: kase.version, e: world.examiners[0]!.id });
  return { id: kase.id, version: assigned.assignExaminer.version as number };
}

const appointments = async (caseId: string) => (await t.sql.query('select count(*)::int as n from cases.appointment where case_id = $1', [caseId])).rows[0].n;

describe('business days over holidays', () => {
  it('on Thursday 2026-12-17 refuses an NY exam on Monday 2026-12-28 (Christmas is not a business day) and accepts Tuesday 2026-12-29', async () => {
    clock.set('2026-12-17T15:00:00Z');
    const world = await panelWorld(t.gateway, { examiners: 1 });
    const kase = await assignedNyCase(world);

    // NY WCL §137: notice at least 7 business days before the exam: 18, 21, 22, 23, 24, 28, 29 (25 December off).
    const refused = await graphqlError(t.gateway.request(SCHEDULE, { id: kase.id, v: kase.version, at: '2026-12-28T15:00:00Z' }));
    expect(refused.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'NOTICE_LEAD_TIME', earliestExamDate: '2026-12-29' });
    expect(refused.message).toContain('earliest exam date is 2026-12-29');
    expect(await caseState(t.gateway, kase.id)).toMatchObject({ status: 'ASSIGNED', version: kase.version });
    expect(await appointments(kase.id)).toBe(0);

    const booked = await t.gateway.request<any>(SCHEDULE, { id: kase.id, v: kase.version, at: '2026-12-29T15:00:00Z' });
    expect(booked.scheduleExam.status).toBe('SCHEDULED');
    // The notice served that day gives the claimant the 7 business days.
    const noticed = await t.gateway.request<any>(NOTICE, { id: kase.id, v: booked.scheduleExam.version });
    expect(noticed.serveNotice.notices[0].servedAt.slice(0, 10)).toBe('2026-12-17');
  });

  it('counts an NY report deadline over Christmas and New Year: exam 2026-12-22, due 2027-01-07', async () => {
    const world = await panelWorld(t.gateway, { examiners: 1 });
    const kase = await createCase(t.gateway, world.client.id, { requiredSpecialtyCode: world.specialty.code });
    await markExamined(t, kase.id, world.examiners[0]!.id);
    await t.sql.query(`update cases.ime_case set examined_at = '2026-12-22T16:00:00Z' where id = $1`, [kase.id]);
    const started = await t.gateway.request<any>(`mutation ($id: ID!) { startReport(input: { caseId: $id }) { examDate dueDate } }`, { id: kase.id });
    // NY WCL §137: 10 business days after the exam; 25 December and 1 January are off (without them: 2027-01-05).
    expect(started.startReport).toEqual({ examDate: '2026-12-22', dueDate: '2027-01-07' });
  });

  it('shows each jurisdiction its computed US federal holidays, on their observed days', async () => {
    const data = await t.gateway.request<any>(RULE, { code: 'US-NY', from: '2026-01-01', to: '2026-12-31' });
    expect(data.jurisdictionRule).toMatchObject({ holidayCalendar: 'US_FEDERAL', holidayYearsFrom: 2020, holidayYearsThrough: 2040 });
    expect(data.jurisdictionRule.holidays.map((h: any) => h.date)).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03', // 4 July is a Saturday: observed on Friday
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ]);
    expect(data.jurisdictionRule.holidays.every((h: any) => h.source === 'US_FEDERAL' && h.addedBy === null)).toBe(true);
    const later = await t.gateway.request<any>(RULE, { code: 'US-CA', from: '2027-12-01', to: '2028-01-31' });
    expect(later.jurisdictionRule.holidays.map((h: any) => [h.date, h.name])).toEqual([
      ['2027-12-24', 'Christmas Day'], // Saturday → Friday
      ['2027-12-31', "New Year's Day"], // 1 January 2028 is a Saturday → observed in 2027
      ['2028-01-17', 'Birthday of Martin Luther King, Jr.'],
    ]);
  });

  it("counts a holiday an administrator adds (NY's Election Day), and stops counting it once removed", async () => {
    clock.set('2026-10-26T14:00:00Z');
    const world = await panelWorld(t.gateway, { examiners: 1 });
    const kase = await assignedNyCase(world);
    const before = (await t.gateway.request<any>(RULE, { code: 'US-NY' })).jurisdictionRule.version;

    const added = await t.gateway.request<any>(ADD, { code: 'US-NY', date: '2026-11-03', name: 'Election Day' });
    expect(added.addJurisdictionHoliday.holidays).toEqual([{ date: '2026-11-03', name: 'Election Day', source: 'ADMINISTRATOR', addedBy: 'Test administrator' }]);
    const audit = await t.sql.query(`select actor_role, operation from cases.audit_entry where operation = 'addJurisdictionHoliday'`);
    expect(audit.rows).toEqual([{ actor_role: 'ADMIN', operation: 'addJurisdictionHoliday' }]);
    expect((await t.gateway.request<any>(RULE, { code: 'US-NY' })).jurisdictionRule.version).toBeGreaterThan(before);

    // 27, 28, 29, 30 October, 2, (3 off), 4, 5 November: the 7th business day is now the 5th.
    const refused = await graphqlError(t.gateway.request(SCHEDULE, { id: kase.id, v: kase.version, at: '2026-11-04T15:00:00Z' }));
    expect(refused.extensions).toMatchObject({ rule: 'NOTICE_LEAD_TIME', earliestExamDate: '2026-11-05' });

    const removed = await t.gateway.request<any>(REMOVE, { code: 'US-NY', date: '2026-11-03' });
    expect(removed.removeJurisdictionHoliday.holidays).toEqual([]);
    const booked = await t.gateway.request<any>(SCHEDULE, { id: kase.id, v: kase.version, at: '2026-11-04T15:00:00Z' });
    expect(booked.scheduleExam.status).toBe('SCHEDULED');
  });

  it('refuses holiday changes that cannot be right, with the field and the reason, changing nothing', async () => {
    const count = async () => (await t.sql.query(`select count(*)::int as n from cases.jurisdiction_holiday where jurisdiction = 'US-WA'`)).rows[0].n;
    const before = await count();

    const weekend = await graphqlError(t.gateway.request(ADD, { code: 'US-WA', date: '2026-07-04', name: 'Independence Day' }));
    expect(weekend.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.date', message: expect.stringContaining('Saturday, never a business day') }] });
    const outside = await graphqlError(t.gateway.request(ADD, { code: 'US-WA', date: '2041-03-01', name: 'Someday' }));
    expect(outside.extensions.fields[0]).toMatchObject({ field: 'input.date', message: expect.stringContaining('(2020–2040); extend it first') });
    const twice = await graphqlError(t.gateway.request(ADD, { code: 'US-WA', date: '2026-12-25', name: 'Christmas again' }));
    expect(twice.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(twice.message).toBe('2026-12-25 is already a holiday of US-WA (Christmas Day)');
    const blank = await graphqlError(t.gateway.request(ADD, { code: 'US-WA', date: '2026-03-02', name: '  ' }));
    expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const nowhere = await graphqlError(t.gateway.request(ADD, { code: 'US-ZZ', date: '2026-03-02', name: 'Nowhere Day' }));
    expect(nowhere.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const notAHoliday = await graphqlError(t.gateway.request(REMOVE, { code: 'US-WA', date: '2026-03-02' }));
    expect(notAHoliday.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const backwards = await graphqlError(t.gateway.request(EXTEND, { code: 'US-WA', year: 2039 }));
    expect(backwards.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'throughYear', message: expect.stringContaining('already covers 2020–2040') }] });
    const client = await t.as({ role: 'CLIENT', clientId: (await panelWorld(t.gateway, { examiners: 0 })).client.id });
    const forbidden = await graphqlError(client.request(ADD, { code: 'US-WA', date: '2026-03-02', name: 'Client Day' }));
    expect(forbidden.extensions).toMatchObject({ code: 'FORBIDDEN' });

    expect(await count()).toBe(before);
  });

  it('refuses to count business days past the years a calendar covers, until an administrator extends it', async () => {
    await t.gateway.request(
      `mutation { createJurisdictionRule(input: { code: "US-TX", name: "Texas (test)", noticeLeadDays: 7, noticeLeadUnit: BUSINESS_DAYS, reportDueDays: 15, reportRecipients: [CLIENT, CLAIMANT], notes: "Test rule" }) { code } }`,
    );
    const created = await t.gateway.request<any>(RULE, { code: 'US-TX', from: '2026-01-01', to: '2026-12-31' });
    expect(created.jurisdictionRule).toMatchObject({ holidayCalendar: 'US_FEDERAL', holidayYearsThrough: 2040 });
    expect(created.jurisdictionRule.holidays).toHaveLength(11);

    // The panel is onboarded today (its fixture licences run from today); the case is assigned in December 2040.
    const world = await panelWorld(t.gateway, { examiners: 1, jurisdiction: 'US-TX' });
    await addVerifiedCredential(t.gateway, world.examiners[0]!.id, { jurisdiction: 'US-TX', expiresOn: '2043-12-31' });
    clock.set('2040-12-24T15:00:00Z');
    const kase = await createCase(t.gateway, world.client.id, { requiredSpecialtyCode: world.specialty.code, jurisdiction: 'US-TX' });
    // Seven business days from Monday 2040-12-24 run into January 2041, whose holidays are not on record.
    const refused = await graphqlError(t.gateway.request(ASSIGN, { id: kase.id, v: kase.version, e: world.examiners[0]!.id }));
    expect(refused.extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'HOLIDAY_CALENDAR_RANGE',
      jurisdiction: 'US-TX',
      calendarFrom: '2020-01-01',
      calendarThrough: '2040-12-31',
    });
    expect(refused.message).toContain('extendJurisdictionHolidays');
    expect(await caseState(t.gateway, kase.id)).toMatchObject({ status: 'REQUESTED', version: kase.version });

    const extended = await t.gateway.request<any>(EXTEND, { code: 'US-TX', year: 2041 });
    expect(extended.extendJurisdictionHolidays.holidayYearsThrough).toBe(2041);
    expect(extended.extendJurisdictionHolidays.holidays).toHaveLength(11);
    expect(extended.extendJurisdictionHolidays.holidays[0]).toEqual({ date: '2041-01-01', name: "New Year's Day", source: 'US_FEDERAL' });
    const assigned = await t.gateway.request<any>(ASSIGN, { id: kase.id, v: kase.version, e: world.examiners[0]!.id });
    expect(assigned.assignExaminer.status).toBe('ASSIGNED');
  });
});
