import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from './support/clock';
import { caseInput, createActiveExaminer, createCase, giveWorkingWeek, graphqlError } from './support/fixtures';
import { caseState, panelWorld } from './support/journey';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * Scheduling on the examiner's real time (docs/rules.md, "Scheduling"): slots from the examiner's hours in the
 * office's zone, bookings only in free slots, no two bookings of one examiner overlapping even when requested at
 * once (PostgreSQL's exclusion constraint), reschedules that free the old slot, interpreters before the notice.
 * "Today" is Tuesday 2026-12-01 (test clock): an NY exam needs 7 business days' notice, so from Thursday 2026-12-10.
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

const TODAY = '2026-12-01T15:00:00Z';
const SLOTS = `query ($id: ID!, $from: DateTime, $to: DateTime) {
  availableSlots(caseId: $id, from: $from, to: $to) {
    earliestExamDate latestExamDate examinersWithoutAvailability
    earliest { examinerId startsAt endsAt durationMinutes format officeId timeZone localStart localDate location }
    earliestByExaminer { examinerId }
    slots { startsAt }
  }
}`;
const ASSIGN = `mutation ($id: ID!, $v: Int!, $e: ID!) { assignExaminer(caseId: $id, version: $v, examinerId: $e) { version } }`;
const SCHEDULE = `mutation ($id: ID!, $v: Int!, $at: DateTime!, $by: CaseParty) {
  scheduleExam(caseId: $id, version: $v, input: { scheduledAt: $at, requestedBy: $by }) {
    version status reschedules { party count }
    appointments { scheduledAt endsAt status cancelledBy timeZone localStart officeId durationMinutes }
  }
}`;
const NOTICE = `mutation ($id: ID!, $v: Int!) { serveNotice(caseId: $id, version: $v, input: { method: MAIL }) { version notices { rightsStatement } } }`;
const ARRANGE = `mutation ($id: ID!, $v: Int!, $input: ArrangeInterpreterInput!) { arrangeInterpreter(caseId: $id, version: $v, input: $input) { version } }`;

async function assignedCase(world: Awaited<ReturnType<typeof panelWorld>>, examinerId: string, overrides: Record<string, unknown> = {}) {
  const kase = await createCase(t.gateway, world.client.id, { requiredSpecialtyCode: world.specialty.code, ...overrides });
  const assigned = await t.gateway.request<any>(ASSIGN, { id: kase.id, v: kase.version, e: examinerId });
  return { id: kase.id, version: assigned.assignExaminer.version as number };
}

const appointmentsOf = async (caseId: string) =>
  (await t.sql.query(`select status, scheduled_at from cases.appointment where case_id = $1 order by created_at`, [caseId])).rows;

describe('availableSlots and scheduleExam', () => {
  it('finds the earliest slot in the office zone and books it; the booking is the slot', async () => {
    clock.set(TODAY);
    const world = await panelWorld(t.gateway, { examiners: 1 });
    const examiner = world.examiners[0]!;
    const kase = await assignedCase(world, examiner.id);

    const { availableSlots } = await t.gateway.request<any>(SLOTS, { id: kase.id });
    expect(availableSlots).toMatchObject({ earliestExamDate: '2026-12-10', latestExamDate: null, examinersWithoutAvailability: [] });
    // 08:00 in Albany (EST, UTC-5) on the first day the notice lead time allows.
    expect(availableSlots.earliest).toMatchObject({
      examinerId: examiner.id,
      startsAt: '2026-12-10T13:00:00.000Z',
      endsAt: '2026-12-10T14:00:00.000Z',
      durationMinutes: 60,
      format: 'IN_PERSON',
      timeZone: 'America/New_York',
      localStart: '2026-12-10T08:00:00.000-05:00',
      localDate: '2026-12-10',
      location: '1 Main St, Albany, NY 12207',
    });

    const booked = await t.gateway.request<any>(SCHEDULE, { id: kase.id, v: kase.version, at: availableSlots.earliest.startsAt });
    expect(booked.scheduleExam.status).toBe('SCHEDULED');
    expect(booked.scheduleExam.appointments[0]).toMatchObject({
      scheduledAt: '2026-12-10T13:00:00.000Z',
      endsAt: '2026-12-10T14:00:00.000Z',
      timeZone: 'America/New_York',
      localStart: '2026-12-10T08:00:00.000-05:00',
    });

    // The slot and its 15 minutes' buffer are gone for the examiner's other cases: the next starts at 09:30.
    const other = await assignedCase(world, examiner.id);
    const after = await t.gateway.request<any>(SLOTS, { id: other.id });
    expect(after.availableSlots.earliest.startsAt).toBe('2026-12-10T14:30:00.000Z');
  });

  it('refuses a time outside the hours, in time off, on a holiday or before the lead time, and writes nothing', async () => {
    clock.set(TODAY);
    const world = await panelWorld(t.gateway, { examiners: 1 });
    const examiner = world.examiners[0]!;
    await giveWorkingWeek(t.gateway, examiner.id, {
      extra: { exceptions: [{ kind: 'TIME_OFF', startsOn: '2026-12-15', endsOn: '2026-12-15', note: 'Conference' }] },
    });
    await t.gateway.request(`mutation { addJurisdictionHoliday(code: "US-NY", input: { date: "2026-12-16", name: "Test closure" }) { code } }`);
    const kase = await assignedCase(world, examiner.id);

    const refusals: [string, string][] = [
      ['2026-12-14T12:00:00Z', 'OUTSIDE_WORKING_HOURS'], // 07:00 EST
      ['2026-12-12T15:00:00Z', 'OUTSIDE_WORKING_HOURS'], // a Saturday
      ['2026-12-14T22:30:00Z', 'OUTSIDE_WORKING_HOURS'], // 17:30 EST: the hour would end after 18:00
      ['2026-12-15T15:00:00Z', 'TIME_OFF'],
      ['2026-12-16T15:00:00Z', 'HOLIDAY'],
      ['2026-12-09T15:00:00Z', 'NOTICE_LEAD_TIME'],
    ];
    for (const [at, rule] of refusals) {
      const refused = await graphqlError(t.gateway.request(SCHEDULE, { id: kase.id, v: kase.version, at }));
      expect(refused.extensions, at).toMatchObject({ code: 'FAILED_PRECONDITION', rule });
    }
    expect(await caseState(t.gateway, kase.id)).toMatchObject({ status: 'ASSIGNED', version: kase.version });
    expect(await appointmentsOf(kase.id)).toEqual([]);

    // Neither the time off nor the holiday is offered.
    const { availableSlots } = await t.gateway.request<any>(SLOTS, { id: kase.id, from: '2026-12-14T00:00:00Z', to: '2026-12-18T00:00:00Z' });
    const days = new Set(availableSlots.slots.map((s: any) => s.startsAt.slice(0, 10)));
    expect([...days].sort()).toEqual(['2026-12-14', '2026-12-17']);
    await t.gateway.request(`mutation { removeJurisdictionHoliday(code: "US-NY", date: "2026-12-16") { code } }`);
  });

  it('books one of 50 concurrent requests for one slot and refuses 49 with SLOT_TAKEN, writing nothing for them', async () => {
    clock.set(TODAY);
    const world = await panelWorld(t.gateway, { examiners: 1 });
    const examiner = world.examiners[0]!;
    const cases: { id: string; version: number }[] = [];
    for (let i = 0; i < 5; i++) cases.push(...(await Promise.all(Array.from({ length: 10 }, () => assignedCase(world, examiner.id)))));
    const at = '2026-12-11T16:00:00.000Z';

    const outcomes = await Promise.allSettled(cases.map((c) => t.gateway.request<any>(SCHEDULE, { id: c.id, v: c.version, at })));
    const booked = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [(o.reason as any).response?.errors?.[0]] : []));
    expect(booked).toHaveLength(1);
    expect(refused).toHaveLength(49);
    for (const error of refused) {
      expect(error.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'SLOT_TAKEN' });
      expect(error.message).not.toMatch(/exclu|constraint|sql|insert/i);
    }

    const held = await t.sql.query(
      `select case_id from cases.appointment where examiner_id = $1 and status = 'SCHEDULED'`,
      [examiner.id],
    );
    expect(held.rows).toHaveLength(1);
    const states = await t.sql.query(`select status, version, id from cases.ime_case where id = any($1)`, [cases.map((c) => c.id)]);
    const winner = held.rows[0].case_id;
    for (const row of states.rows) {
      const sent = cases.find((c) => c.id === row.id)!;
      expect(row.status).toBe(row.id === winner ? 'SCHEDULED' : 'ASSIGNED');
      if (row.id !== winner) expect(row.version).toBe(sent.version);
    }
    const events = await t.sql.query(`select count(*)::int as n from cases.case_event where case_id = any($1) and type = 'SCHEDULED'`, [cases.map((c) => c.id)]);
    expect(events.rows[0].n).toBe(1);

    // The database itself refuses an overlapping held booking, whoever writes it.
    const loser = cases.find((c) => c.id !== winner)!;
    const direct = t.sql.query(
      `insert into cases.appointment (id, case_id, examiner_id, scheduled_at, duration_minutes, ends_at, blocked_until, format, status, created_at, version)
       values (gen_random_uuid(), $1, $2, $3::timestamptz + interval '30 minutes', 60, $3::timestamptz + interval '90 minutes', $3::timestamptz + interval '90 minutes', 'IN_PERSON', 'SCHEDULED', now(), 1)`,
      [loser.id, examiner.id, at],
    );
    await expect(direct).rejects.toMatchObject({ code: '23P01', constraint: 'appointment_examiner_time_excl' });
  }, 240_000);

  it('keeps the daily maximum under concurrent bookings of different free slots: of 6 on a day with a maximum of 2, exactly 2 are booked', async () => {
    clock.set(TODAY);
    const world = await panelWorld(t.gateway, { examiners: 1 });
    const examiner = world.examiners[0]!;
    await giveWorkingWeek(t.gateway, examiner.id, { extra: { maxExamsPerDay: 2 } });
    const cases = await Promise.all(Array.from({ length: 6 }, () => assignedCase(world, examiner.id)));
    // Friday 2026-12-11, 08:00, 09:30, … 15:30 EST: six slots far enough apart (an hour plus the 15 minutes' buffer).
    const times = [13, 14.5, 16, 17.5, 19, 20.5].map((h) => new Date(Date.UTC(2026, 11, 11, Math.floor(h), (h % 1) * 60)).toISOString());

    const outcomes = await Promise.allSettled(cases.map((c, i) => t.gateway.request<any>(SCHEDULE, { id: c.id, v: c.version, at: times[i] })));
    const booked = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [(o.reason as any).response?.errors?.[0]] : []));
    expect(booked).toHaveLength(2);
    expect(refused).toHaveLength(4);
    for (const error of refused) {
      expect(error.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'DAILY_MAXIMUM' });
      expect(error.message).toMatch(/maximum of 2 exams on 2026-12-11/);
      expect(error.message).not.toMatch(/lock|sql|select|insert/i);
    }
    const held = await t.sql.query(`select case_id from cases.appointment where examiner_id = $1 and status = 'SCHEDULED'`, [examiner.id]);
    expect(held.rows).toHaveLength(2);
    const winners = new Set(held.rows.map((r: any) => r.case_id));
    const states = await t.sql.query(`select id, status, version from cases.ime_case where id = any($1)`, [cases.map((c) => c.id)]);
    for (const row of states.rows) {
      const sent = cases.find((c) => c.id === row.id)!;
      expect(row.status).toBe(winners.has(row.id) ? 'SCHEDULED' : 'ASSIGNED');
      if (!winners.has(row.id)) expect(row.version).toBe(sent.version);
    }
    // The next working day is open again, and a reschedule within the full day gives up its own place first.
    const loser = cases.find((c) => !winners.has(c.id))!;
    const monday = await t.gateway.request<any>(SCHEDULE, { id: loser.id, v: loser.version, at: '2026-12-14T13:00:00.000Z' });
    expect(monday.scheduleExam.status).toBe('SCHEDULED');
    const winner = cases.find((c) => winners.has(c.id))!;
    const version = (await caseState(t.gateway, winner.id)).version;
    const moved = await t.gateway.request<any>(SCHEDULE, { id: winner.id, v: version, at: '2026-12-11T22:00:00.000Z' });
    expect(moved.scheduleExam.appointments.filter((a: any) => a.status === 'SCHEDULED')).toEqual([expect.objectContaining({ scheduledAt: '2026-12-11T22:00:00.000Z' })]);
  }, 120_000);

  it('frees the old slot on a reschedule, keeps it as history and counts it against the party that asked', async () => {
    clock.set(TODAY);
    const world = await panelWorld(t.gateway, { examiners: 1 });
    const examiner = world.examiners[0]!;
    const first = await assignedCase(world, examiner.id);
    const second = await assignedCase(world, examiner.id);
    const slot = '2026-12-14T15:00:00.000Z';

    const booked = await t.gateway.request<any>(SCHEDULE, { id: first.id, v: first.version, at: slot });
    const taken = await graphqlError(t.gateway.request(SCHEDULE, { id: second.id, v: second.version, at: slot }));
    expect(taken.extensions).toMatchObject({ rule: 'SLOT_TAKEN' });

    // Half an hour later, overlapping the old booking: the old one gives its time up first.
    const moved = await t.gateway.request<any>(SCHEDULE, { id: first.id, v: booked.scheduleExam.version, at: '2026-12-14T15:30:00.000Z', by: 'CLAIMANT' });
    expect(moved.scheduleExam.reschedules).toEqual([{ party: 'CLAIMANT', count: 1 }]);
    expect(moved.scheduleExam.appointments.map((a: any) => [a.scheduledAt, a.status, a.cancelledBy]).sort()).toEqual([
      ['2026-12-14T15:00:00.000Z', 'RESCHEDULED', 'CLAIMANT'],
      ['2026-12-14T15:30:00.000Z', 'SCHEDULED', null],
    ]);

    // The old time is free again, except where the new booking and its buffer reach: 10:00 is still taken, 11:45 not.
    const still = await graphqlError(t.gateway.request(SCHEDULE, { id: second.id, v: second.version, at: slot }));
    expect(still.extensions).toMatchObject({ rule: 'SLOT_TAKEN' });
    const freed = await t.gateway.request<any>(SCHEDULE, { id: second.id, v: second.version, at: '2026-12-14T16:45:00.000Z' });
    expect(freed.scheduleExam.status).toBe('SCHEDULED');
    const again = await t.gateway.request<any>(SCHEDULE, { id: first.id, v: moved.scheduleExam.version, at: '2026-12-14T18:00:00.000Z', by: 'CLAIMANT' });
    expect(again.scheduleExam.reschedules).toEqual([{ party: 'CLAIMANT', count: 2 }]);
    // Back to 10:00: the second reschedule freed 10:30.
    const third = await t.gateway.request<any>(SCHEDULE, { id: first.id, v: again.scheduleExam.version, at: slot, by: 'ATTORNEY' });
    expect(third.scheduleExam.reschedules).toEqual(
      expect.arrayContaining([
        { party: 'CLAIMANT', count: 2 },
        { party: 'ATTORNEY', count: 1 },
      ]),
    );
  });
});

describe('interpreters', () => {
  it('refuses the notice until the interpreter is confirmed, and the notice names them', async () => {
    clock.set(TODAY);
    const world = await panelWorld(t.gateway, { examiners: 1 });
    const examiner = world.examiners[0]!;
    const claimant = { ...caseInput(world.client.id).claimant, language: 'es', interpreterNeeded: true };
    const kase = await assignedCase(world, examiner.id, { claimant });
    const { availableSlots } = await t.gateway.request<any>(SLOTS, { id: kase.id });
    const booked = await t.gateway.request<any>(SCHEDULE, { id: kase.id, v: kase.version, at: availableSlots.earliest.startsAt });
    let version = booked.scheduleExam.version;

    const refused = await graphqlError(t.gateway.request(NOTICE, { id: kase.id, v: version }));
    expect(refused.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'INTERPRETER_NOT_CONFIRMED' });

    const empty = await graphqlError(t.gateway.request(ARRANGE, { id: kase.id, v: version, input: { confirmed: true } }));
    expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });

    version = (await t.gateway.request<any>(ARRANGE, { id: kase.id, v: version, input: { agency: 'Lingua Medical', confirmed: false } })).arrangeInterpreter.version;
    expect((await graphqlError(t.gateway.request(NOTICE, { id: kase.id, v: version }))).extensions).toMatchObject({ rule: 'INTERPRETER_NOT_CONFIRMED' });

    version = (await t.gateway.request<any>(ARRANGE, { id: kase.id, v: version, input: { name: 'Marta Ruiz', agency: 'Lingua Medical', confirmed: true } }))
      .arrangeInterpreter.version;
    const noticed = await t.gateway.request<any>(NOTICE, { id: kase.id, v: version });
    expect(noticed.serveNotice.notices[0].rightsStatement).toContain('An interpreter for language "es", Marta Ruiz (Lingua Medical), is confirmed for the exam');
  });
});

describe('time zones', () => {
  const TELEHEALTH_SLOTS = `query ($id: ID!) {
    availableSlots(caseId: $id) { earliest { startsAt format timeZone localStart localStartText localDate examinerTimeZone examinerLocalStart } }
  }`;
  const BOOKED = `query ($id: ID!) { case(id: $id) { claimantTimeZone version
    appointments { status format timeZone localStart localStartText examinerTimeZone examinerLocalStart }
    notices { examTimeZone examTimeText } } }`;

  it("shows a telehealth exam in the claimant's zone and the examiner's hours in theirs, in the slot, the booking and the notice", async () => {
    clock.set(TODAY);
    const world = await panelWorld(t.gateway, { examiners: 0 });
    // Albany office, telehealth hours in its zone (America/New_York); the claimant lives in Chicago.
    const examiner = await createActiveExaminer(t.gateway, { specialtyCode: world.specialty.code, input: { telehealth: true } });
    const kase = await assignedCase({ ...world, examiners: [examiner] }, examiner.id, { examFormat: 'TELEHEALTH', claimantTimeZone: 'America/Chicago' });

    const { availableSlots } = await t.gateway.request<any>(TELEHEALTH_SLOTS, { id: kase.id });
    expect(availableSlots.earliest).toEqual({
      startsAt: '2026-12-10T13:00:00.000Z',
      format: 'TELEHEALTH',
      timeZone: 'America/Chicago',
      localStart: '2026-12-10T07:00:00.000-06:00',
      localStartText: 'Thursday, December 10, 2026, 7:00 AM CST',
      localDate: '2026-12-10',
      examinerTimeZone: 'America/New_York',
      examinerLocalStart: '2026-12-10T08:00:00.000-05:00',
    });
    const booked = await t.gateway.request<any>(SCHEDULE, { id: kase.id, v: kase.version, at: availableSlots.earliest.startsAt });
    await t.gateway.request(NOTICE, { id: kase.id, v: booked.scheduleExam.version });
    const read = (await t.gateway.request<any>(BOOKED, { id: kase.id })).case;
    expect(read.claimantTimeZone).toBe('America/Chicago');
    expect(read.appointments[0]).toEqual({
      status: 'SCHEDULED',
      format: 'TELEHEALTH',
      timeZone: 'America/Chicago',
      localStart: '2026-12-10T07:00:00.000-06:00',
      localStartText: 'Thursday, December 10, 2026, 7:00 AM CST',
      examinerTimeZone: 'America/New_York',
      examinerLocalStart: '2026-12-10T08:00:00.000-05:00',
    });
    expect(read.notices[0]).toEqual({ examTimeZone: 'America/Chicago', examTimeText: 'Thursday, December 10, 2026, 7:00 AM CST (America/Chicago)' });

    // The claimant moves: the booked telehealth exam is shown in the new zone.
    await t.gateway.request(`mutation ($id: ID!, $v: Int!) { updateCase(id: $id, version: $v, input: { claimantTimeZone: "America/Denver" }) { version } }`, { id: kase.id, v: read.version });
    const moved = (await t.gateway.request<any>(BOOKED, { id: kase.id })).case;
    expect(moved.appointments[0]).toMatchObject({ timeZone: 'America/Denver', localStart: '2026-12-10T06:00:00.000-07:00' });
  });

  it("defaults the claimant's zone from the jurisdiction and refuses a zone that does not exist, writing nothing", async () => {
    clock.set(TODAY);
    const world = await panelWorld(t.gateway, { examiners: 0 });
    const ny = await createCase(t.gateway, world.client.id, { requiredSpecialtyCode: world.specialty.code });
    const wa = await createCase(t.gateway, world.client.id, { requiredSpecialtyCode: world.specialty.code, jurisdiction: 'US-WA' });
    const zoneOf = async (id: string) => (await t.gateway.request<any>(`query ($id: ID!) { case(id: $id) { claimantTimeZone } }`, { id })).case.claimantTimeZone;
    expect(await zoneOf(ny.id)).toBe('America/New_York');
    expect(await zoneOf(wa.id)).toBe('America/Los_Angeles');

    const before = (await t.sql.query(`select count(*)::int as n from cases.ime_case`)).rows[0].n;
    const refused = await graphqlError(
      t.gateway.request(`mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }`, {
        input: caseInput(world.client.id, { requiredSpecialtyCode: world.specialty.code, claimantTimeZone: 'Mars/Olympus_Mons' }),
      }),
    );
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.claimantTimeZone' })] });
    expect((await t.sql.query(`select count(*)::int as n from cases.ime_case`)).rows[0].n).toBe(before);
    const update = await graphqlError(
      t.gateway.request(`mutation ($id: ID!, $v: Int!) { updateCase(id: $id, version: $v, input: { claimantTimeZone: "Europe/Atlantis" }) { version } }`, { id: ny.id, v: ny.version }),
    );
    expect(update.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await zoneOf(ny.id)).toBe('America/New_York');
  });
});

describe('accommodations', () => {
  const ACCOMMODATE = `mutation ($id: ID!, $v: Int!, $input: ArrangeAccommodationInput!) {
    arrangeAccommodation(caseId: $id, version: $v, input: $input) { version appointments { id status accommodations { accommodation arrangement arrangedBy confirmed } } }
  }`;

  it('refuses the notice until every accommodation the claimant needs is confirmed, naming what is missing, and the notice says what was arranged', async () => {
    clock.set(TODAY);
    const world = await panelWorld(t.gateway, { examiners: 1 });
    const examiner = world.examiners[0]!;
    const claimant = { ...caseInput(world.client.id).claimant, accommodations: ['Wheelchair-accessible room', 'Sign language interpreter (ASL)'] };
    const kase = await assignedCase(world, examiner.id, { claimant });
    const read = await t.gateway.request<any>(`query ($id: ID!) { case(id: $id) { claimant { accommodations } } }`, { id: kase.id });
    expect(read.case.claimant.accommodations).toEqual(['Wheelchair-accessible room', 'Sign language interpreter (ASL)']);
    const { availableSlots } = await t.gateway.request<any>(SLOTS, { id: kase.id });
    let version = (await t.gateway.request<any>(SCHEDULE, { id: kase.id, v: kase.version, at: availableSlots.earliest.startsAt })).scheduleExam.version;

    const none = await graphqlError(t.gateway.request(NOTICE, { id: kase.id, v: version }));
    expect(none.extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'ACCOMMODATION_NOT_CONFIRMED',
      missingArrangements: [
        { kind: 'ACCOMMODATION', what: 'Wheelchair-accessible room', unconfirmed: false },
        { kind: 'ACCOMMODATION', what: 'Sign language interpreter (ASL)', unconfirmed: false },
      ],
    });
    expect(none.message).toContain('accommodation "Wheelchair-accessible room" (not arranged)');

    const unknown = await graphqlError(
      t.gateway.request(ACCOMMODATE, { id: kase.id, v: version, input: { accommodation: 'Parking', arrangement: 'Bay 1', arrangedBy: 'Front desk', confirmed: true } }),
    );
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.accommodation' })] });

    const first = await t.gateway.request<any>(ACCOMMODATE, {
      id: kase.id,
      v: version,
      input: { accommodation: 'wheelchair-accessible room', arrangement: 'ground-floor room 2', arrangedBy: 'Albany front desk', confirmed: true },
    });
    version = first.arrangeAccommodation.version;
    version = (
      await t.gateway.request<any>(ACCOMMODATE, {
        id: kase.id,
        v: version,
        input: { accommodation: 'Sign language interpreter (ASL)', arrangement: 'ASL interpreter on site', arrangedBy: 'Hands Up Interpreting', confirmed: false },
      })
    ).arrangeAccommodation.version;
    const one = await graphqlError(t.gateway.request(NOTICE, { id: kase.id, v: version }));
    expect(one.extensions).toMatchObject({ rule: 'ACCOMMODATION_NOT_CONFIRMED', missingArrangements: [{ what: 'Sign language interpreter (ASL)', unconfirmed: true }] });
    expect((await t.sql.query(`select count(*)::int as n from cases.notice where case_id = $1`, [kase.id])).rows[0].n).toBe(0);

    const confirmed = await t.gateway.request<any>(ACCOMMODATE, {
      id: kase.id,
      v: version,
      input: { accommodation: 'Sign language interpreter (ASL)', arrangement: 'ASL interpreter on site', arrangedBy: 'Hands Up Interpreting', confirmed: true },
    });
    expect(confirmed.arrangeAccommodation.appointments[0].accommodations).toEqual([
      { accommodation: 'Wheelchair-accessible room', arrangement: 'ground-floor room 2', arrangedBy: 'Albany front desk', confirmed: true },
      { accommodation: 'Sign language interpreter (ASL)', arrangement: 'ASL interpreter on site', arrangedBy: 'Hands Up Interpreting', confirmed: true },
    ]);
    // What was arranged repeats the claimant's needs: every read of it is on the audit log.
    const appointmentId = confirmed.arrangeAccommodation.appointments[0].id;
    const audited = await t.gateway.request<any>(`query ($id: ID!) { casesAuditLog(filter: { action: READ, operation: "Appointment.accommodations", recordId: $id }) { total } }`, {
      id: appointmentId,
    });
    expect(audited.casesAuditLog.total).toBeGreaterThanOrEqual(1);
    const noticed = await t.gateway.request<any>(NOTICE, { id: kase.id, v: confirmed.arrangeAccommodation.version });
    const rights = noticed.serveNotice.notices[0].rightsStatement;
    expect(rights).toContain('Arranged and confirmed for you (Wheelchair-accessible room): ground-floor room 2, by Albany front desk.');
    expect(rights).toContain('Arranged and confirmed for you (Sign language interpreter (ASL)): ASL interpreter on site, by Hands Up Interpreting.');
    // The timeline says how far the arrangements got, never what the claimant needs.
    const notes = await t.sql.query(`select note from cases.case_event where case_id = $1 and note like 'Accommodation%'`, [kase.id]);
    expect(notes.rows.map((r: any) => r.note)).toEqual(expect.arrayContaining(['Accommodation confirmed: 2 of 2 confirmed']));
    expect(notes.rows.some((r: any) => /wheelchair|sign/i.test(r.note))).toBe(false);
  });
});

describe('calendar feed', () => {
  const ROTATE = `mutation ($e: ID!) { rotateCalendarFeed(examinerId: $e) { token path } }`;

  it("serves the examiner's bookings as iCalendar, case reference only, until rotated or revoked", async () => {
    clock.set(TODAY);
    const world = await panelWorld(t.gateway, { examiners: 1 });
    const examiner = world.examiners[0]!;
    const kase = await assignedCase(world, examiner.id);
    const { availableSlots } = await t.gateway.request<any>(SLOTS, { id: kase.id });
    await t.gateway.request<any>(SCHEDULE, { id: kase.id, v: kase.version, at: availableSlots.earliest.startsAt });
    const reference = (await t.sql.query(`select reference_number from cases.ime_case where id = $1`, [kase.id])).rows[0].reference_number;

    const asExaminer = await t.as({ role: 'EXAMINER', examinerId: examiner.id });
    const feed = (await asExaminer.request<any>(ROTATE, { e: examiner.id })).rotateCalendarFeed;
    expect(feed.path).toBe(`/calendar/${feed.token}.ics`);
    const stored = await t.sql.query(`select token_hash from cases.calendar_feed where examiner_id = $1`, [examiner.id]);
    expect(stored.rows[0].token_hash).not.toContain(feed.token);

    const response = await fetch(`${t.subgraphUrls.cases.replace(/\/graphql$/, '')}${feed.path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await response.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('DTSTART:20261210T130000Z\r\n');
    expect(text).toContain(`SUMMARY:IME ${reference}\r\n`);
    expect(text).toContain('LOCATION:1 Main St\\, Albany\\, NY 12207');
    expect(text).not.toContain('Jordan');

    // Rotating ends the old URL; revoking ends the new one.
    const rotated = (await asExaminer.request<any>(ROTATE, { e: examiner.id })).rotateCalendarFeed;
    const base = t.subgraphUrls.cases.replace(/\/graphql$/, '');
    expect((await fetch(`${base}${feed.path}`)).status).toBe(404);
    expect((await fetch(`${base}${rotated.path}`)).status).toBe(200);
    expect((await asExaminer.request<any>(`mutation ($e: ID!) { revokeCalendarFeed(examinerId: $e) }`, { e: examiner.id })).revokeCalendarFeed).toBe(true);
    expect((await fetch(`${base}${rotated.path}`)).status).toBe(404);
  });
});

describe('panels and availability', () => {
  it('draws only examiners with a free slot inside the window when asked, and records who was left out and why', async () => {
    clock.set(TODAY);
    const world = await panelWorld(t.gateway, { examiners: 3 });
    const [busy, ...free] = world.examiners;
    // Time off over the whole window leaves the first examiner no slot.
    await giveWorkingWeek(t.gateway, busy!.id, {
      extra: { exceptions: [{ kind: 'TIME_OFF', startsOn: '2026-12-01', endsOn: '2027-12-31', note: 'Sabbatical' }] },
    });
    const kase = await createCase(t.gateway, world.client.id, { requiredSpecialtyCode: world.specialty.code });
    const drawn = await t.gateway.request<any>(
      `mutation ($id: ID!) { proposePanel(caseId: $id, input: { size: 2, requireAvailability: true }) {
         requireAvailability poolSize excludedFromPool { examinerId reason } members { examinerId } } }`,
      { id: kase.id },
    );
    const panel = drawn.proposePanel;
    expect(panel.requireAvailability).toBe(true);
    expect(panel.excludedFromPool).toEqual([{ examinerId: busy!.id, reason: expect.stringContaining('no free slot') }]);
    expect(panel.members.map((m: any) => m.examinerId).sort()).toEqual(free.map((e) => e.id).sort());
    // Recorded with the draw: the timeline keeps the flag and the exclusions for an audit.
    const event = await t.sql.query(`select data from cases.case_event where case_id = $1 and type = 'PANEL_PROPOSED'`, [kase.id]);
    expect(event.rows[0].data).toMatchObject({ requireAvailability: true, excludedFromPool: [{ examinerId: busy!.id }] });
  });
});

describe('availableSlots cost', () => {
  it('runs as many SQL statements for three candidate examiners as for one', async () => {
    clock.set(TODAY);
    const one = await panelWorld(t.gateway, { examiners: 1 });
    const three = await panelWorld(t.gateway, { examiners: 3 });
    const caseOne = await createCase(t.gateway, one.client.id, { requiredSpecialtyCode: one.specialty.code });
    const caseThree = await createCase(t.gateway, three.client.id, { requiredSpecialtyCode: three.specialty.code });
    const ask = (id: string) => t.gateway.request<any>(SLOTS, { id });
    await ask(caseOne.id); // warm: plans, caches
    const a = await t.countStatements(() => ask(caseOne.id));
    const b = await t.countStatements(() => ask(caseThree.id));
    expect(a.result.availableSlots.slots.length).toBeGreaterThan(0);
    expect(b.result.availableSlots.earliestByExaminer).toHaveLength(3);
    expect(b.statements).toBe(a.statements);
  });
});
