import { describe, expect, it } from 'vitest';
import { checkBooking, generateSlots, localDayBounds, localTime, shownTime, type ExaminerSchedule, type SlotQuery, type WeeklyHours } from './slots';

const NY = 'America/New_York';
const LA = 'America/Los_Angeles';

const weekdays = (start: string, end: string, zone: string, officeId: string | null = 'office-1'): WeeklyHours[] =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end, zone, officeId }));

function schedule(overrides: Partial<ExaminerSchedule> = {}): ExaminerSchedule {
  return { hours: weekdays('09:00', '12:00', NY), exceptions: [], bookings: [], bufferMinutes: 0, maxExamsPerDay: 8, ...overrides };
}

function query(overrides: Partial<SlotQuery> = {}): SlotQuery {
  return {
    schedule: schedule(),
    places: { officeIds: new Set(['office-1']), telehealth: true },
    bounds: { earliestDate: '2026-01-01', latestDate: null, holidays: new Set() },
    durationMinutes: 60,
    stepMinutes: 60,
    from: new Date('2026-03-06T00:00:00Z'),
    to: new Date('2026-03-11T00:00:00Z'),
    notBefore: new Date('2026-01-01T00:00:00Z'),
    ...overrides,
  };
}

const starts = (q: SlotQuery) => generateSlots(q).map((s) => s.start.toISOString());

describe('generateSlots across daylight-saving changes', () => {
  it('keeps 09:00 local in New York when clocks spring forward (2026-03-08)', () => {
    // Friday 03-06 is EST (UTC-5); Monday 03-09 is EDT (UTC-4).
    expect(starts(query())).toEqual([
      '2026-03-06T14:00:00.000Z',
      '2026-03-06T15:00:00.000Z',
      '2026-03-06T16:00:00.000Z',
      '2026-03-09T13:00:00.000Z',
      '2026-03-09T14:00:00.000Z',
      '2026-03-09T15:00:00.000Z',
      '2026-03-10T13:00:00.000Z',
      '2026-03-10T14:00:00.000Z',
      '2026-03-10T15:00:00.000Z',
    ]);
  });

  it('keeps 09:00 local in Los Angeles when clocks fall back (2026-11-01)', () => {
    const slots = generateSlots(
      query({
        schedule: schedule({ hours: [{ weekday: 5, start: '09:00', end: '10:00', zone: LA, officeId: null }, { weekday: 1, start: '09:00', end: '10:00', zone: LA, officeId: null }] }),
        from: new Date('2026-10-30T00:00:00Z'),
        to: new Date('2026-11-03T00:00:00Z'),
      }),
    );
    expect(slots.map((s) => s.start.toISOString())).toEqual(['2026-10-30T16:00:00.000Z', '2026-11-02T17:00:00.000Z']);
    expect(slots.map((s) => localTime(s.start, s.zone))).toEqual(['2026-10-30T09:00:00.000-07:00', '2026-11-02T09:00:00.000-08:00']);
    expect(slots.every((s) => s.format === 'TELEHEALTH')).toBe(true);
  });

  it('gives a Sunday that loses an hour its real length: 01:00–05:00 local is three hours on 2026-03-08', () => {
    const q = query({ schedule: schedule({ hours: [{ weekday: 7, start: '01:00', end: '05:00', zone: NY, officeId: 'office-1' }] }) });
    expect(starts(q)).toEqual(['2026-03-08T06:00:00.000Z', '2026-03-08T07:00:00.000Z', '2026-03-08T08:00:00.000Z']);
  });

  it('gives a Sunday that gains an hour its real length: 00:00–03:00 local is four hours on 2026-11-01', () => {
    const q = query({
      schedule: schedule({ hours: [{ weekday: 7, start: '00:00', end: '03:00', zone: NY, officeId: 'office-1' }] }),
      from: new Date('2026-11-01T00:00:00Z'),
      to: new Date('2026-11-02T12:00:00Z'),
    });
    expect(starts(q)).toHaveLength(4);
  });
});

describe('generateSlots rules', () => {
  it('skips the jurisdiction holidays, and dates before the lead time or after the window', () => {
    const q = query({ bounds: { earliestDate: '2026-03-09', latestDate: '2026-03-10', holidays: new Set(['2026-03-10']) } });
    expect(starts(q)).toEqual(['2026-03-09T13:00:00.000Z', '2026-03-09T14:00:00.000Z', '2026-03-09T15:00:00.000Z']);
  });

  it('keeps the buffer after and before every booking', () => {
    const q = query({
      from: new Date('2026-03-09T00:00:00Z'),
      to: new Date('2026-03-10T00:00:00Z'),
      stepMinutes: 15,
      schedule: schedule({
        hours: weekdays('09:00', '13:00', NY),
        bufferMinutes: 15,
        // 10:00–11:00 EDT booked, blocking until 11:15.
        bookings: [{ start: new Date('2026-03-09T14:00:00Z'), blockedUntil: new Date('2026-03-09T15:15:00Z') }],
      }),
    });
    // 09:00 would end at 10:00 and its buffer run to 10:15, into the booking; 11:15 is the first after it.
    expect(starts(q)).toEqual(['2026-03-09T15:15:00.000Z', '2026-03-09T15:30:00.000Z', '2026-03-09T15:45:00.000Z', '2026-03-09T16:00:00.000Z']);
  });

  it('offers nothing on a day that has reached the daily maximum', () => {
    const q = query({
      from: new Date('2026-03-09T00:00:00Z'),
      to: new Date('2026-03-11T00:00:00Z'),
      schedule: schedule({ maxExamsPerDay: 1, bookings: [{ start: new Date('2026-03-09T13:00:00Z'), blockedUntil: new Date('2026-03-09T14:00:00Z') }] }),
    });
    expect(starts(q).every((s) => s.startsWith('2026-03-10'))).toBe(true);
  });

  it('removes whole days and hours of time off, and adds extra hours', () => {
    const q = query({
      from: new Date('2026-03-09T00:00:00Z'),
      to: new Date('2026-03-15T00:00:00Z'),
      schedule: schedule({
        exceptions: [
          { kind: 'TIME_OFF', startsOn: '2026-03-09', endsOn: '2026-03-11', startTime: null, endTime: null, officeId: null, zone: NY },
          { kind: 'TIME_OFF', startsOn: '2026-03-12', endsOn: '2026-03-12', startTime: '10:00', endTime: '11:00', officeId: null, zone: NY },
          { kind: 'EXTRA_HOURS', startsOn: '2026-03-14', endsOn: '2026-03-14', startTime: '10:00', endTime: '11:00', officeId: 'office-1', zone: NY },
        ],
      }),
    });
    expect(starts(q)).toEqual([
      '2026-03-12T13:00:00.000Z',
      '2026-03-12T15:00:00.000Z',
      '2026-03-13T13:00:00.000Z',
      '2026-03-13T14:00:00.000Z',
      '2026-03-13T15:00:00.000Z',
      '2026-03-14T14:00:00.000Z',
    ]);
  });

  it('offers only the places the case may use', () => {
    const hours = [...weekdays('09:00', '10:00', NY, 'office-far'), ...weekdays('13:00', '14:00', NY, null)];
    const q = query({ schedule: schedule({ hours }), from: new Date('2026-03-09T00:00:00Z'), to: new Date('2026-03-10T00:00:00Z') });
    expect(generateSlots(q).map((s) => [s.format, s.officeId])).toEqual([['TELEHEALTH', null]]);
    expect(generateSlots({ ...q, places: { officeIds: new Set(['office-far']), telehealth: false } }).map((s) => s.officeId)).toEqual(['office-far']);
  });

  it('refuses slots in the past and stops at the limit', () => {
    expect(starts(query({ notBefore: new Date('2026-03-10T14:30:00Z') }))).toEqual(['2026-03-10T15:00:00.000Z']);
    expect(starts(query({ limit: 2 }))).toHaveLength(2);
  });
});

describe('checkBooking', () => {
  const base = query();
  const at = (iso: string, over: Partial<SlotQuery> = {}) =>
    checkBooking({ ...base, ...over }, { start: new Date(iso), durationMinutes: 60, format: 'IN_PERSON', officeId: null });

  it('accepts a free time off the grid, in the office zone', () => {
    const check = at('2026-03-09T13:30:00Z');
    expect(check).toMatchObject({ ok: true, slot: { officeId: 'office-1', zone: NY, localDate: '2026-03-09' } });
  });

  it('names the rule a refused time breaks', () => {
    expect(at('2026-03-09T12:00:00Z')).toMatchObject({ ok: false, rule: 'OUTSIDE_WORKING_HOURS' });
    expect(at('2026-03-07T14:00:00Z')).toMatchObject({ ok: false, rule: 'OUTSIDE_WORKING_HOURS' });
    const off = schedule({ exceptions: [{ kind: 'TIME_OFF', startsOn: '2026-03-09', endsOn: '2026-03-09', startTime: null, endTime: null, officeId: null, zone: NY }] });
    expect(at('2026-03-09T13:00:00Z', { schedule: off })).toMatchObject({ ok: false, rule: 'TIME_OFF' });
    expect(at('2026-03-09T13:00:00Z', { bounds: { earliestDate: '2026-01-01', latestDate: null, holidays: new Set(['2026-03-09']) } })).toMatchObject({ ok: false, rule: 'HOLIDAY' });
    expect(at('2026-03-09T13:00:00Z', { bounds: { earliestDate: '2026-03-10', latestDate: null, holidays: new Set() } })).toMatchObject({ ok: false, rule: 'NOTICE_LEAD_TIME' });
    expect(at('2026-03-09T13:00:00Z', { bounds: { earliestDate: '2026-01-01', latestDate: '2026-03-06', holidays: new Set() } })).toMatchObject({ ok: false, rule: 'SCHEDULING_WINDOW' });
    const booked = schedule({ bookings: [{ start: new Date('2026-03-09T13:00:00Z'), blockedUntil: new Date('2026-03-09T14:00:00Z') }] });
    expect(at('2026-03-09T13:30:00Z', { schedule: booked })).toMatchObject({ ok: false, rule: 'SLOT_TAKEN' });
    expect(at('2026-03-09T14:00:00Z', { schedule: { ...booked, maxExamsPerDay: 1 } })).toMatchObject({ ok: false, rule: 'DAILY_MAXIMUM' });
    expect(checkBooking(base, { start: new Date('2026-03-09T13:00:00Z'), durationMinutes: 60, format: 'TELEHEALTH', officeId: null })).toMatchObject({
      ok: false,
      rule: 'OUTSIDE_WORKING_HOURS',
    });
  });
});

describe('times shown to the claimant across daylight-saving changes', () => {
  const PHOENIX = 'America/Phoenix';
  const CHICAGO = 'America/Chicago';

  it('shows a telehealth slot in the claimant’s zone and an in-person one in the office’s', () => {
    // The examiner works 09:00–10:00 New York time for telehealth; the claimant lives in Phoenix (no daylight time).
    const slots = generateSlots(
      query({
        schedule: schedule({ hours: [5, 1].map((weekday) => ({ weekday, start: '09:00', end: '10:00', zone: NY, officeId: null })) }),
        places: { officeIds: new Set(), telehealth: true },
      }),
    );
    // Friday 03-06 (EST): 07:00 in Phoenix; Monday 03-09 (EDT): 06:00 in Phoenix, the same 09:00 for the examiner.
    expect(slots.map((s) => shownTime(s, PHOENIX))).toEqual([
      { zone: PHOENIX, localStart: '2026-03-06T07:00:00.000-07:00', localDate: '2026-03-06' },
      { zone: PHOENIX, localStart: '2026-03-09T06:00:00.000-07:00', localDate: '2026-03-09' },
    ]);
    expect(slots.map((s) => localTime(s.start, s.zone))).toEqual(['2026-03-06T09:00:00.000-05:00', '2026-03-09T09:00:00.000-04:00']);

    const office = generateSlots(query({ schedule: schedule({ hours: [{ weekday: 1, start: '09:00', end: '10:00', zone: LA, officeId: 'office-1' }] }) }));
    expect(office.map((s) => shownTime(s, CHICAGO))).toEqual([{ zone: LA, localStart: '2026-03-09T09:00:00.000-07:00', localDate: '2026-03-09' }]);
  });

  it('gives a telehealth exam the claimant’s date when it falls on another day there (fall back, 2026-11-01)', () => {
    // 20:00 in Honolulu on Sunday 11-01 is 01:00 Monday in New York after the change (EST): a Monday for the examiner.
    const slot = { start: new Date('2026-11-02T06:00:00Z'), format: 'TELEHEALTH' as const, zone: NY };
    expect(localTime(slot.start, NY)).toBe('2026-11-02T01:00:00.000-05:00');
    expect(shownTime(slot, 'Pacific/Honolulu')).toEqual({ zone: 'Pacific/Honolulu', localStart: '2026-11-01T20:00:00.000-10:00', localDate: '2026-11-01' });
  });

  it('spans 23 and 25 hours on the days the clocks change (the daily maximum counts inside them)', () => {
    const spring = localDayBounds('2026-03-08', NY);
    const fall = localDayBounds('2026-11-01', NY);
    expect((spring.end.getTime() - spring.start.getTime()) / 3_600_000).toBe(23);
    expect((fall.end.getTime() - fall.start.getTime()) / 3_600_000).toBe(25);
    expect(spring.start.toISOString()).toBe('2026-03-08T05:00:00.000Z');
  });
});

describe('generateSlots with a limit', () => {
  it('answers the same earliest slots as the whole list, over overlapping places, zones and bookings', () => {
    const q = query({
      schedule: schedule({
        hours: [...weekdays('09:00', '17:00', NY, 'office-1'), ...weekdays('08:00', '12:00', LA, null), { weekday: 6, start: '10:00', end: '11:00', zone: LA, officeId: 'office-1' }],
        bookings: [{ start: new Date('2026-03-06T14:00:00Z'), blockedUntil: new Date('2026-03-06T16:15:00Z') }],
        bufferMinutes: 15,
        maxExamsPerDay: 3,
      }),
      stepMinutes: 30,
      to: new Date('2026-04-30T00:00:00Z'),
    });
    const all = generateSlots(q);
    expect(all.length).toBeGreaterThan(50);
    for (const limit of [1, 2, 5, 17, 40]) expect(generateSlots({ ...q, limit })).toEqual(all.slice(0, limit));
  });
});
