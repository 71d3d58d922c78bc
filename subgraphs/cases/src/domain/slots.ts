import { DateTime, IANAZone } from 'luxon';

/**
 * Bookable exam slots from an examiner's availability (docs/rules.md, "Scheduling"). Every time is an instant;
 * working hours, time off and the day an exam falls on are read in the zone of the place the exam is held (the
 * office's IANA zone, or the examiner's telehealth zone), through luxon, so a 09:00–17:00 day stays 09:00–17:00
 * local across daylight-saving changes. Pure: no ORM, no GraphQL, no clock.
 */

export type SlotFormat = 'IN_PERSON' | 'TELEHEALTH';

/** Why a proposed time is not a free slot; the refusal's `rule`. */
export const SLOT_RULES = [
  'OUTSIDE_WORKING_HOURS',
  'TIME_OFF',
  'HOLIDAY',
  'NOTICE_LEAD_TIME',
  'SCHEDULING_WINDOW',
  'EXAM_IN_PAST',
  'DAILY_MAXIMUM',
  'SLOT_TAKEN',
] as const;
export type SlotRule = (typeof SLOT_RULES)[number];

/** Where hours apply: one office, or telehealth (officeId null). */
export interface WeeklyHours {
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
  /** 'HH:mm', local to `zone`. */
  start: string;
  end: string;
  officeId: string | null;
  zone: string;
}

export interface AvailabilityException {
  kind: 'TIME_OFF' | 'EXTRA_HOURS';
  startsOn: string;
  endsOn: string;
  /** Both null: the whole day(s). Otherwise the hours of each day of the range. */
  startTime: string | null;
  endTime: string | null;
  /** TIME_OFF: null for every place; EXTRA_HOURS: null for telehealth. */
  officeId: string | null;
  zone: string;
}

/** A booking already held: it occupies [start, blockedUntil) — its length plus the examiner's buffer. */
export interface HeldBooking {
  start: Date;
  blockedUntil: Date;
}

/** The places a case may be examined at: offices within the travel limit, and whether telehealth is allowed. */
export interface SlotPlaces {
  officeIds: ReadonlySet<string>;
  telehealth: boolean;
}

/** The jurisdiction's bounds on the exam date, as local dates of the place (docs/rules.md, "Scheduling checks"). */
export interface DateBounds {
  /** The earliest exam date the notice lead time allows, counted from when the notice can be served. */
  earliestDate: string;
  /** The end of the scheduling window, or null without one. */
  latestDate: string | null;
  /** Dates no exam is held (the jurisdiction's holidays). */
  holidays: ReadonlySet<string>;
}

export interface ExaminerSchedule {
  hours: WeeklyHours[];
  exceptions: AvailabilityException[];
  bookings: HeldBooking[];
  bufferMinutes: number;
  maxExamsPerDay: number;
}

export interface SlotQuery {
  schedule: ExaminerSchedule;
  places: SlotPlaces;
  bounds: DateBounds;
  durationMinutes: number;
  /** Slots start on this grid from the start of each working period. */
  stepMinutes: number;
  from: Date;
  to: Date;
  /** No slot starts before this instant (now). */
  notBefore: Date;
  /** Stop after this many slots (the earliest ones). */
  limit?: number;
}

export interface Slot {
  start: Date;
  end: Date;
  format: SlotFormat;
  officeId: string | null;
  zone: string;
  /** The exam's date where it is held. */
  localDate: string;
}

export interface ProposedBooking {
  start: Date;
  durationMinutes: number;
  format: SlotFormat;
  /** The office asked for, or null for any office in reach. */
  officeId: string | null;
}

export type BookingCheck = { ok: true; slot: Slot } | { ok: false; rule: SlotRule; message: string };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTimeOfDay(value: string): boolean {
  return TIME.test(value);
}

export function isTimeZone(value: string): boolean {
  return IANAZone.isValidZone(value);
}

interface Period {
  start: DateTime;
  end: DateTime;
  officeId: string | null;
  zone: string;
  /** The local date the period is on (a period never crosses a local midnight). */
  date: string;
}

function at(date: string, time: string, zone: string): DateTime {
  // A wall time skipped by a spring-forward change moves forward to the first valid instant (luxon's rule).
  return DateTime.fromISO(`${date}T${time}`, { zone });
}

function dayStart(date: string, zone: string): DateTime {
  return DateTime.fromISO(date, { zone }).startOf('day');
}

function localDates(from: Date, to: Date, zone: string): string[] {
  const dates: string[] = [];
  let day = DateTime.fromJSDate(from, { zone }).startOf('day');
  const last = DateTime.fromJSDate(to, { zone }).startOf('day');
  while (day <= last) {
    dates.push(day.toISODate()!);
    day = day.plus({ days: 1 });
  }
  return dates;
}

const inRange = (date: string, from: string, through: string) => date >= from && date <= through;

/** Whether a period of hours serves the places the case may use. */
function servesPlaces(officeId: string | null, places: SlotPlaces): boolean {
  return officeId === null ? places.telehealth : places.officeIds.has(officeId);
}

/** The local dates of [from, to] in a zone with their ISO weekday, each zone's computed once per question. */
function datesByZone(from: Date, to: Date): (zone: string) => { date: string; weekday: number }[] {
  const cache = new Map<string, { date: string; weekday: number }[]>();
  return (zone) => {
    let dates = cache.get(zone);
    if (!dates) {
      dates = [];
      let day = DateTime.fromJSDate(from, { zone }).startOf('day');
      const last = DateTime.fromJSDate(to, { zone }).startOf('day');
      while (day <= last) {
        dates.push({ date: day.toISODate()!, weekday: day.weekday });
        day = day.plus({ days: 1 });
      }
      cache.set(zone, dates);
    }
    return dates;
  };
}

/** The weekly hours and extra hours of each local day in [from, to], before time off, earliest first. */
function workingPeriods(schedule: ExaminerSchedule, from: Date, to: Date): Period[] {
  const periods: Period[] = [];
  const datesIn = datesByZone(from, to);
  for (const rule of schedule.hours) {
    for (const { date, weekday } of datesIn(rule.zone)) {
      if (weekday !== rule.weekday) continue;
      periods.push({ start: at(date, rule.start, rule.zone), end: at(date, rule.end, rule.zone), officeId: rule.officeId, zone: rule.zone, date });
    }
  }
  for (const extra of schedule.exceptions) {
    if (extra.kind !== 'EXTRA_HOURS') continue;
    for (const { date } of datesIn(extra.zone)) {
      if (!inRange(date, extra.startsOn, extra.endsOn)) continue;
      const start = extra.startTime ? at(date, extra.startTime, extra.zone) : dayStart(date, extra.zone);
      const end = extra.endTime ? at(date, extra.endTime, extra.zone) : dayStart(date, extra.zone).plus({ days: 1 });
      periods.push({ start, end, officeId: extra.officeId, zone: extra.zone, date });
    }
  }
  return periods.filter((p) => p.end > p.start).sort((a, b) => a.start.toMillis() - b.start.toMillis());
}

/** The time off in effect for a place, as instants. */
function timeOff(schedule: ExaminerSchedule, officeId: string | null, from: Date, to: Date): { start: DateTime; end: DateTime }[] {
  const blocks: { start: DateTime; end: DateTime }[] = [];
  for (const off of schedule.exceptions) {
    if (off.kind !== 'TIME_OFF' || (off.officeId !== null && off.officeId !== officeId)) continue;
    if (off.startTime === null || off.endTime === null) {
      // Whole days: from the first day's local midnight to the midnight after the last.
      blocks.push({ start: dayStart(off.startsOn, off.zone), end: dayStart(off.endsOn, off.zone).plus({ days: 1 }) });
      continue;
    }
    for (const date of localDates(from, to, off.zone)) {
      if (inRange(date, off.startsOn, off.endsOn)) blocks.push({ start: at(date, off.startTime, off.zone), end: at(date, off.endTime, off.zone) });
    }
  }
  return blocks;
}

const overlaps = (aStart: number, aEnd: number, bStart: number, bEnd: number) => aStart < bEnd && bStart < aEnd;

/** Bookings held per local date of a zone, counted once per schedule and zone (luxon's zone arithmetic is not free). */
const bookingDays = new WeakMap<ExaminerSchedule, Map<string, Map<string, number>>>();

/** Bookings held on a local date of a zone. */
function bookingsOn(schedule: ExaminerSchedule, date: string, zone: string): number {
  let zones = bookingDays.get(schedule);
  if (!zones) bookingDays.set(schedule, (zones = new Map()));
  let days = zones.get(zone);
  if (!days) {
    days = new Map();
    for (const b of schedule.bookings) {
      const day = DateTime.fromJSDate(b.start, { zone }).toISODate()!;
      days.set(day, (days.get(day) ?? 0) + 1);
    }
    zones.set(zone, days);
  }
  return days.get(date) ?? 0;
}

/**
 * The rules a candidate inside working hours and outside time off may still break: the jurisdiction's dates,
 * the past, the daily maximum and the bookings held (each with the examiner's buffer after it, and the
 * candidate's own buffer before the next).
 */
function candidateViolation(
  query: Omit<SlotQuery, 'from' | 'to' | 'stepMinutes'>,
  start: number,
  end: number,
  zone: string,
  date: string,
): { rule: SlotRule; message: string } | null {
  const { schedule, bounds } = query;
  if (start < query.notBefore.getTime()) return { rule: 'EXAM_IN_PAST', message: `${new Date(start).toISOString()} has passed` };
  if (bounds.holidays.has(date)) return { rule: 'HOLIDAY', message: `${date} is a holiday of the jurisdiction` };
  if (date < bounds.earliestDate) {
    return { rule: 'NOTICE_LEAD_TIME', message: `the notice lead time allows an exam from ${bounds.earliestDate}, not on ${date}` };
  }
  if (bounds.latestDate !== null && date > bounds.latestDate) {
    return { rule: 'SCHEDULING_WINDOW', message: `the scheduling window ends on ${bounds.latestDate}; ${date} is after it` };
  }
  if (bookingsOn(schedule, date, zone) >= schedule.maxExamsPerDay) {
    return { rule: 'DAILY_MAXIMUM', message: `the examiner already has the maximum of ${schedule.maxExamsPerDay} exams on ${date}` };
  }
  const blockedUntil = end + schedule.bufferMinutes * 60_000;
  const taken = schedule.bookings.find((b) => overlaps(start, blockedUntil, b.start.getTime(), b.blockedUntil.getTime()));
  if (taken) {
    return { rule: 'SLOT_TAKEN', message: `the examiner is booked from ${taken.start.toISOString()} (with ${schedule.bufferMinutes} minutes' buffer) at that time` };
  }
  return null;
}

function toSlot(start: number, end: number, period: Period, date: string): Slot {
  return {
    start: new Date(start),
    end: new Date(end),
    format: period.officeId === null ? 'TELEHEALTH' : 'IN_PERSON',
    officeId: period.officeId,
    zone: period.zone,
    localDate: date,
  };
}

/** The free periods of working time: working hours at the places in reach, minus time off. */
function freePeriods(schedule: ExaminerSchedule, places: SlotPlaces, from: Date, to: Date): Period[] {
  const free: Period[] = [];
  for (const period of workingPeriods(schedule, from, to)) {
    if (!servesPlaces(period.officeId, places)) continue;
    let pieces = [period];
    for (const off of timeOff(schedule, period.officeId, from, to)) {
      pieces = pieces.flatMap((p) => {
        if (!overlaps(p.start.toMillis(), p.end.toMillis(), off.start.toMillis(), off.end.toMillis())) return [p];
        const parts: Period[] = [];
        if (off.start > p.start) parts.push({ ...p, end: off.start });
        if (off.end < p.end) parts.push({ ...p, start: off.end });
        return parts;
      });
    }
    free.push(...pieces);
  }
  return free;
}

/**
 * Every free slot of one examiner in [from, to), earliest first: inside working hours at a place the case may use,
 * outside time off, on a date the jurisdiction allows that is not a holiday, not past the daily maximum, and clear
 * of the bookings held with the buffer on both sides. A slot is offered once, at its first place, when two
 * places' hours overlap.
 */
export function generateSlots(query: SlotQuery): Slot[] {
  const { durationMinutes, stepMinutes } = query;
  if (stepMinutes <= 0 || durationMinutes <= 0) throw new RangeError('stepMinutes and durationMinutes must be positive');
  // Only the dates the jurisdiction allows can hold a slot: look from the earliest to the latest (a zone's day
  // begins at most 14 hours either side of UTC's), a week at a time, and stop once the earliest `limit` are found.
  const from = Math.max(query.from.getTime(), Date.parse(`${query.bounds.earliestDate}T00:00:00Z`) - ZONE_REACH_MS);
  const to = Math.min(query.to.getTime(), query.bounds.latestDate === null ? Infinity : Date.parse(`${query.bounds.latestDate}T00:00:00Z`) + DAY_MS + ZONE_REACH_MS);
  const slots = new Map<number, Slot>();
  for (let windowStart = from; windowStart < to; windowStart += WINDOW_MS) {
    const windowEnd = Math.min(to, windowStart + WINDOW_MS);
    collectSlots(query, new Date(windowStart), new Date(windowEnd), slots);
    // Every slot of a later window starts after all of this one's.
    if (query.limit !== undefined && slots.size >= query.limit) break;
  }
  const sorted = [...slots.values()].sort((a, b) => a.start.getTime() - b.start.getTime());
  return query.limit === undefined ? sorted : sorted.slice(0, query.limit);
}

const DAY_MS = 24 * 60 * 60 * 1000;
const ZONE_REACH_MS = 14 * 60 * 60 * 1000;
const WINDOW_MS = 7 * DAY_MS;

/** The free slots starting in [from, to), added to `slots` (keyed by start: a slot is offered at its first place). */
function collectSlots(query: SlotQuery, from: Date, to: Date, slots: Map<number, Slot>): void {
  const { schedule, durationMinutes, stepMinutes } = query;
  const periods = freePeriods(schedule, query.places, from, to).sort((a, b) => a.start.toMillis() - b.start.toMillis());
  for (const [i, period] of periods.entries()) {
    // Instants from here: minutes added to an instant need no zone (luxon's zone offsets are the costly part).
    const periodEnd = period.end.toMillis();
    for (let start = period.start.toMillis(); ; start += stepMinutes * 60_000) {
      const end = start + durationMinutes * 60_000;
      if (end > periodEnd || start >= to.getTime()) break;
      if (start < from.getTime() || slots.has(start)) continue;
      if (candidateViolation(query, start, end, period.zone, period.date) === null) slots.set(start, toSlot(start, end, period, period.date));
    }
    // Within the window too: the earliest `limit` are found once the next period starts after the limit-th slot
    // so far (periods come earliest first, and no slot of a later one starts before its period).
    const next = periods[i + 1];
    if (query.limit !== undefined && next && slots.size >= query.limit) {
      const kth = [...slots.keys()].sort((a, b) => a - b)[query.limit - 1]!;
      if (kth <= next.start.toMillis()) return;
    }
  }
}

/**
 * Whether a proposed exam time is a free slot of the examiner (it need not lie on the offering grid): the first
 * rule it breaks otherwise, checked in the order a person would explain it.
 */
export function checkBooking(query: Omit<SlotQuery, 'from' | 'to' | 'stepMinutes' | 'limit'>, proposed: ProposedBooking): BookingCheck {
  const start = DateTime.fromJSDate(proposed.start);
  const end = start.plus({ minutes: proposed.durationMinutes });
  const wantsPlace = (officeId: string | null) =>
    proposed.format === 'TELEHEALTH' ? officeId === null : officeId !== null && (proposed.officeId === null || proposed.officeId === officeId);
  const places: SlotPlaces = {
    officeIds: new Set([...query.places.officeIds].filter((id) => wantsPlace(id))),
    telehealth: query.places.telehealth && proposed.format === 'TELEHEALTH',
  };
  // Periods around the proposed time: the local days either side cover any zone's offset.
  const from = start.minus({ days: 1 }).toJSDate();
  const to = end.plus({ days: 1 }).toJSDate();
  const contains = (p: Period) => p.start <= start && end <= p.end;
  const free = freePeriods(query.schedule, places, from, to).find(contains);
  if (!free) {
    const working = workingPeriods(query.schedule, from, to).find((p) => servesPlaces(p.officeId, places) && contains(p));
    if (working) return { ok: false, rule: 'TIME_OFF', message: `the examiner has time off at ${proposed.start.toISOString()}` };
    const where = proposed.format === 'TELEHEALTH' ? 'for telehealth' : proposed.officeId ? 'at that office' : 'at an office within the travel limit';
    return {
      ok: false,
      rule: 'OUTSIDE_WORKING_HOURS',
      message: `${proposed.start.toISOString()} for ${proposed.durationMinutes} minutes is outside the examiner's working hours ${where}`,
    };
  }
  const date = start.setZone(free.zone).toISODate()!;
  const violation = candidateViolation(query, start.toMillis(), end.toMillis(), free.zone, date);
  if (violation) return { ok: false, ...violation };
  return { ok: true, slot: toSlot(start.toMillis(), end.toMillis(), free, date) };
}

/**
 * The instants a local date of a zone spans, [start, end): 23 or 25 hours on the days daylight saving starts or
 * ends. The daily maximum counts the bookings that start inside it.
 */
export function localDayBounds(date: string, zone: string): { start: Date; end: Date } {
  const start = dayStart(date, zone);
  return { start: start.toJSDate(), end: start.plus({ days: 1 }).toJSDate() };
}

/** A slot's start as the wall time of its place, e.g. "2026-03-09T09:00:00.000-04:00". */
export function localTime(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISO()!;
}

/**
 * Where an exam's time is shown (docs/rules.md, "Time zones"): an in-person exam in the office's zone, where the
 * claimant goes; a telehealth exam in the claimant's own zone, wherever the examiner's hours are read.
 */
export function shownZone(format: SlotFormat, placeZone: string, claimantZone: string): string {
  return format === 'TELEHEALTH' ? claimantZone : placeZone;
}

/** A slot's start shown to the claimant: the zone, the wall time and the date there. */
export function shownTime(slot: Pick<Slot, 'start' | 'format' | 'zone'>, claimantZone: string): { zone: string; localStart: string; localDate: string } {
  const zone = shownZone(slot.format, slot.zone, claimantZone);
  const local = DateTime.fromJSDate(slot.start, { zone });
  return { zone, localStart: local.toISO()!, localDate: local.toISODate()! };
}
