import { IANAZone } from 'luxon';

/**
 * An examiner's availability (docs/rules.md, "Scheduling"): weekly hours per office and for telehealth, each read
 * in the office's IANA time zone (or the examiner's telehealth zone), exceptions (time off, extra hours), exam
 * lengths by format and specialty, the buffer between exams, the daily maximum and the capacity for record
 * reviews without an exam. These are the shape rules a saved availability keeps; slots are computed from it by
 * the cases subgraph.
 */

export const EXAM_FORMATS = ['IN_PERSON', 'TELEHEALTH'] as const;
export type ExamFormat = (typeof EXAM_FORMATS)[number];

export const AVAILABILITY_EXCEPTION_KINDS = ['TIME_OFF', 'EXTRA_HOURS'] as const;
export type AvailabilityExceptionKind = (typeof AVAILABILITY_EXCEPTION_KINDS)[number];

/** Defaults of an examiner who has not said otherwise. */
export const AVAILABILITY_DEFAULTS = {
  bufferMinutes: 15,
  maxExamsPerDay: 8,
  slotMinutes: 30,
  recordReviewsPerWeek: 5,
  examMinutes: { IN_PERSON: 60, TELEHEALTH: 45 } satisfies Record<ExamFormat, number>,
} as const;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const isTimeOfDay = (value: string) => TIME.test(value);
export const isTimeZone = (value: string) => IANAZone.isValidZone(value);

// The zone an office is given when saved without one: its state's usual zone (shared with the cases subgraph's claimants).
export { REGION_ZONES, defaultTimeZoneForRegion } from '@imepanel/runtime/time-zones';

export interface HoursShape {
  weekday: number;
  start: string;
  end: string;
  officeId: string | null;
}

export interface ExceptionShape {
  kind: AvailabilityExceptionKind;
  startsOn: string;
  endsOn: string;
  startTime: string | null;
  endTime: string | null;
  officeId: string | null;
  timeZone: string | null;
}

export interface AvailabilityShape {
  telehealthTimeZone: string;
  weeklyHours: HoursShape[];
  exceptions: ExceptionShape[];
  examLengths: { format: ExamFormat; specialtyCode: string | null; minutes: number }[];
}

export interface AvailabilityProblem {
  field: string;
  message: string;
}

/** Every problem of an availability, each at the input field it concerns; empty when it can be saved. */
export function availabilityProblems(input: AvailabilityShape, officeIds: ReadonlySet<string>, telehealth: boolean): AvailabilityProblem[] {
  const problems: AvailabilityProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (!isTimeZone(input.telehealthTimeZone)) add('input.telehealthTimeZone', `${input.telehealthTimeZone} is not an IANA time zone such as America/New_York`);
  const office = (id: string | null, field: string) => {
    if (id !== null && !officeIds.has(id)) add(field, `Office ${id} is not one of the examiner's offices`);
  };
  input.weeklyHours.forEach((h, i) => {
    const at = `input.weeklyHours.${i}`;
    if (!Number.isInteger(h.weekday) || h.weekday < 1 || h.weekday > 7) add(`${at}.weekday`, 'weekday is 1 (Monday) to 7 (Sunday)');
    if (!isTimeOfDay(h.start)) add(`${at}.start`, 'start must be a time of day as HH:mm');
    if (!isTimeOfDay(h.end)) add(`${at}.end`, 'end must be a time of day as HH:mm');
    if (isTimeOfDay(h.start) && isTimeOfDay(h.end) && h.end <= h.start) add(`${at}.end`, `end (${h.end}) must be after start (${h.start})`);
    office(h.officeId, `${at}.officeId`);
    if (h.officeId === null && !telehealth) add(`${at}.officeId`, 'Hours without an office are telehealth hours; the examiner does not offer telehealth');
  });
  // Two periods of one place on one weekday must not overlap: the hours would be ambiguous.
  input.weeklyHours.forEach((h, i) => {
    const clash = input.weeklyHours.findIndex((o, j) => j < i && o.weekday === h.weekday && o.officeId === h.officeId && o.start < h.end && h.start < o.end);
    if (clash >= 0) add(`input.weeklyHours.${i}`, `overlaps weeklyHours.${clash} on weekday ${h.weekday}`);
  });
  input.exceptions.forEach((e, i) => {
    const at = `input.exceptions.${i}`;
    if (e.endsOn < e.startsOn) add(`${at}.endsOn`, `endsOn (${e.endsOn}) is before startsOn (${e.startsOn})`);
    if ((e.startTime === null) !== (e.endTime === null)) add(`${at}.endTime`, 'give both startTime and endTime, or neither for whole days');
    if (e.startTime !== null && !isTimeOfDay(e.startTime)) add(`${at}.startTime`, 'startTime must be a time of day as HH:mm');
    if (e.endTime !== null && !isTimeOfDay(e.endTime)) add(`${at}.endTime`, 'endTime must be a time of day as HH:mm');
    if (e.startTime !== null && e.endTime !== null && e.endTime <= e.startTime) add(`${at}.endTime`, `endTime (${e.endTime}) must be after startTime (${e.startTime})`);
    if (e.timeZone !== null && !isTimeZone(e.timeZone)) add(`${at}.timeZone`, `${e.timeZone} is not an IANA time zone`);
    office(e.officeId, `${at}.officeId`);
  });
  input.examLengths.forEach((l, i) => {
    const clash = input.examLengths.findIndex((o, j) => j < i && o.format === l.format && o.specialtyCode === l.specialtyCode);
    if (clash >= 0) add(`input.examLengths.${i}`, `repeats examLengths.${clash} (${l.format}, ${l.specialtyCode ?? 'any specialty'})`);
  });
  return problems;
}

/** The exam length for a format and specialty: the specialty's own, else the format's, else the default. */
export function examMinutes(lengths: AvailabilityShape['examLengths'], format: ExamFormat, specialtyCode: string | null): number {
  return (
    lengths.find((l) => l.format === format && l.specialtyCode !== null && l.specialtyCode === specialtyCode)?.minutes ??
    lengths.find((l) => l.format === format && l.specialtyCode === null)?.minutes ??
    AVAILABILITY_DEFAULTS.examMinutes[format]
  );
}
