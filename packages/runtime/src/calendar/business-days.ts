/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD'), shared by the cases and reports subgraphs for notice lead
 * times, scheduling windows and report deadlines.
 *
 * Dates here are calendar dates, not instants: a deadline "10 business days after the exam" is a day on the
 * jurisdiction's calendar, whatever the time zone of the server. All arithmetic is therefore done on UTC
 * midnights, where every day has exactly 24 hours and no daylight-saving shift can move a date.
 *
 * Business days are Monday to Friday, minus the holidays the caller passes. Which holidays apply is a property
 * of the jurisdiction, so no holiday calendar is assumed by default: without one, only weekends are skipped.
 * The platform's callers pass a `HolidayCalendar` (the jurisdiction's holidays and the dates they are known
 * for), and a weekday outside those dates is refused rather than counted (docs/rules.md, "Holidays"); a bare
 * set of dates (for example `usFederalHolidaysForYears(2026, 2027)`) has no such bounds.
 */

export type DayCountUnit = 'BUSINESS_DAYS' | 'CALENDAR_DAYS';
export const DAY_COUNT_UNITS = ['BUSINESS_DAYS', 'CALENDAR_DAYS'] as const satisfies readonly DayCountUnit[];

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a well-formed, existing calendar date such as '2026-02-28' (but not '2026-02-30'). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const time = Date.UTC(Number(y), Number(m) - 1, Number(d));
  return formatUtc(time) === value;
}

/** Milliseconds of the UTC midnight starting `date`; refuses anything but an existing 'YYYY-MM-DD' date. */
function utcMidnight(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`Expected a calendar date as YYYY-MM-DD, got '${date}'`);
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!);
}

function formatUtc(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function requireDayCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`${what} must be a whole number of days, zero or more; got ${n}`);
  }
}

/** The calendar date of an instant, read in UTC ('2026-03-01T23:30:00Z' → '2026-03-01'). */
export function utcDateOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return new Date(utcMidnight(date)).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/**
 * A jurisdiction's holidays over the dates they are known for: `dates` is complete from `from` to `through`
 * (inclusive). Outside that span nobody recorded the holidays, so whether a weekday there is a business day is
 * not known, and the business-day functions refuse it with OutsideHolidayCalendarError instead of counting it
 * as a working day.
 */
export interface HolidayCalendar {
  /** Whose calendar, for messages: e.g. 'US-NY'. */
  name: string;
  dates: ReadonlySet<string>;
  from: string;
  through: string;
}

/** The holidays the business-day functions skip: a bounded calendar, or a bare set of dates (unbounded). */
export type Holidays = ReadonlySet<string> | HolidayCalendar;

/** A business-day count reached a weekday outside the holiday calendar's known span. */
export class OutsideHolidayCalendarError extends RangeError {
  /** The rule a refusal names (FAILED_PRECONDITION, `extensions.rule`). */
  readonly rule = 'HOLIDAY_CALENDAR_RANGE';

  constructor(
    readonly calendar: string,
    readonly date: string,
    readonly from: string,
    readonly through: string,
  ) {
    super(
      `The holiday calendar of ${calendar} covers ${from} to ${through}, so whether ${date} is a business day is not known; ` +
        `extend the calendar (extendJurisdictionHolidays) before counting business days past it`,
    );
    this.name = 'OutsideHolidayCalendarError';
  }
}

/** A calendar of `dates` known for whole years, `firstYear` to `lastYear` inclusive. */
export function holidayCalendar(name: string, firstYear: number, lastYear: number, dates: Iterable<string>): HolidayCalendar {
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || lastYear < firstYear) {
    throw new RangeError(`A holiday calendar needs whole years with lastYear (${lastYear}) on or after firstYear (${firstYear})`);
  }
  return { name, dates: new Set(dates), from: isoDate(firstYear, 1, 1), through: isoDate(lastYear, 12, 31) };
}

function isCalendar(holidays: Holidays): holidays is HolidayCalendar {
  return 'dates' in holidays && 'from' in holidays;
}

/**
 * Monday to Friday and not one of the given holidays. With a HolidayCalendar, a weekday outside its known
 * span throws OutsideHolidayCalendarError (weekends are never business days, so they need no calendar).
 */
export function isBusinessDay(date: string, holidays: Holidays = new Set()): boolean {
  if (isWeekend(date)) return false;
  if (isCalendar(holidays)) {
    if (date < holidays.from || date > holidays.through) throw new OutsideHolidayCalendarError(holidays.name, date, holidays.from, holidays.through);
    return !holidays.dates.has(date);
  }
  return !holidays.has(date);
}

/** `date` plus `n` calendar days (n ≥ 0). Zero returns the date itself. */
export function addCalendarDays(date: string, n: number): string {
  requireDayCount(n, 'Calendar days to add');
  return formatUtc(utcMidnight(date) + n * MS_PER_DAY);
}

/**
 * Signed number of calendar days from `from` to `to`: 0 for the same date, 1 for the next day, −1 for the
 * day before. Unlike the adders it accepts either order, because "how many days late" can be negative.
 */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / MS_PER_DAY);
}

/**
 * The `n`th business day after `date` (n ≥ 0). The start date itself is never counted, the same convention
 * as `businessDaysBetween`: a notice served on a Friday with "1 business day" lands on Monday. With n = 0
 * the date itself is returned, even when it is not a business day.
 */
export function addBusinessDays(date: string, n: number, holidays: Holidays = new Set()): string {
  requireDayCount(n, 'Business days to add');
  let time = utcMidnight(date);
  let remaining = n;
  while (remaining > 0) {
    time += MS_PER_DAY;
    if (isBusinessDay(formatUtc(time), holidays)) remaining -= 1;
  }
  return formatUtc(time);
}

/**
 * Number of business days d with `from` < d ≤ `to`: strictly after `from`, up to and including `to`.
 * This is the convention of the adders, so `businessDaysBetween(d, addBusinessDays(d, n)) === n`, and it
 * reads as rules are written: an exam on day E is "7 business days after" a notice served on day S when
 * `businessDaysBetween(S, E) === 7`. Refuses `to` before `from` with a RangeError.
 */
export function businessDaysBetween(from: string, to: string, holidays: Holidays = new Set()): number {
  const start = utcMidnight(from);
  const end = utcMidnight(to);
  if (end < start) throw new RangeError(`businessDaysBetween needs 'to' (${to}) on or after 'from' (${from})`);
  let count = 0;
  for (let time = start + MS_PER_DAY; time <= end; time += MS_PER_DAY) {
    if (isBusinessDay(formatUtc(time), holidays)) count += 1;
  }
  return count;
}

/**
 * The date `amount` business or calendar days after `from`. Holidays only matter for business days.
 * A calendar-day deadline that falls on a weekend is not moved: rules that extend such deadlines to the next
 * business day say so, and the caller can apply that on top.
 */
export function deadline(from: string, amount: number, unit: DayCountUnit, holidays: Holidays = new Set()): string {
  switch (unit) {
    case 'BUSINESS_DAYS':
      return addBusinessDays(from, amount, holidays);
    case 'CALENDAR_DAYS':
      return addCalendarDays(from, amount);
    default:
      throw new RangeError(`Unknown day-count unit '${String(unit)}': expected one of ${DAY_COUNT_UNITS.join(', ')}`);
  }
}

export interface NamedHoliday {
  /** The observed date: the day federal offices are closed. */
  date: string;
  name: string;
}

function isoDate(year: number, month: number, day: number): string {
  return formatUtc(Date.UTC(year, month - 1, day));
}

/** The `nth` given weekday (0 = Sunday) of a month; nth = -1 for the last one. */
function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): string {
  if (nth === -1) {
    const lastDay = new Date(Date.UTC(year, month, 0));
    const back = (lastDay.getUTCDay() - weekday + 7) % 7;
    return isoDate(year, month, lastDay.getUTCDate() - back);
  }
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return isoDate(year, month, 1 + ((weekday - firstWeekday + 7) % 7) + (nth - 1) * 7);
}

/**
 * 5 U.S.C. §6103(b) and Executive Order 11582: a fixed-date holiday falling on a Saturday is observed on the
 * Friday before, one falling on a Sunday on the Monday after.
 */
function observed(date: string): string {
  const day = dayOfWeek(date);
  if (day === 6) return formatUtc(utcMidnight(date) - MS_PER_DAY);
  if (day === 0) return formatUtc(utcMidnight(date) + MS_PER_DAY);
  return date;
}

/** The eleven holidays of 5 U.S.C. §6103(a) for one year, as actual dates before observance. */
function federalHolidaysOfYear(year: number): NamedHoliday[] {
  const MONDAY = 1;
  const THURSDAY = 4;
  const holidays: NamedHoliday[] = [
    { date: isoDate(year, 1, 1), name: "New Year's Day" },
    { date: nthWeekdayOfMonth(year, 1, MONDAY, 3), name: 'Birthday of Martin Luther King, Jr.' },
    { date: nthWeekdayOfMonth(year, 2, MONDAY, 3), name: "Washington's Birthday" },
    { date: nthWeekdayOfMonth(year, 5, MONDAY, -1), name: 'Memorial Day' },
    { date: isoDate(year, 7, 4), name: 'Independence Day' },
    { date: nthWeekdayOfMonth(year, 9, MONDAY, 1), name: 'Labor Day' },
    { date: nthWeekdayOfMonth(year, 10, MONDAY, 2), name: 'Columbus Day' },
    { date: isoDate(year, 11, 11), name: 'Veterans Day' },
    { date: nthWeekdayOfMonth(year, 11, THURSDAY, 4), name: 'Thanksgiving Day' },
    { date: isoDate(year, 12, 25), name: 'Christmas Day' },
  ];
  // Juneteenth National Independence Day became a federal holiday on 17 June 2021 (Pub. L. 117-17).
  if (year >= 2021) holidays.push({ date: isoDate(year, 6, 19), name: 'Juneteenth National Independence Day' });
  return holidays.map((h) => ({ date: observed(h.date), name: h.name }));
}

/**
 * The US federal holidays observed in calendar year `year`, sorted by date.
 *
 * Observance can cross a year boundary: when 1 January falls on a Saturday it is observed on 31 December of
 * the year before. The list holds the days off that fall *within* `year`, so 2027 includes 2027-12-31 (New
 * Year's Day 2028, observed) and 2028 has no New Year's holiday. The union of consecutive years is therefore
 * exactly the set of federal days off over that span.
 */
export function listUsFederalHolidays(year: number): NamedHoliday[] {
  if (!Number.isInteger(year) || year < 1971 || year > 9998) {
    // 1971 is when the Uniform Monday Holiday Act's Monday holidays took effect.
    throw new RangeError(`US federal holidays are computed for years 1971 to 9998; got ${year}`);
  }
  const prefix = `${year}-`;
  return [...federalHolidaysOfYear(year), ...federalHolidaysOfYear(year + 1)]
    .filter((h) => h.date.startsWith(prefix))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The observed US federal holidays falling in `year`, as a set to pass to the business-day functions. */
export function usFederalHolidays(year: number): ReadonlySet<string> {
  return new Set(listUsFederalHolidays(year).map((h) => h.date));
}

/** Observed US federal holidays of every year from `fromYear` to `toYear`, inclusive. */
export function usFederalHolidaysForYears(fromYear: number, toYear: number): ReadonlySet<string> {
  if (toYear < fromYear) throw new RangeError(`toYear (${toYear}) is before fromYear (${fromYear})`);
  const dates = new Set<string>();
  for (let year = fromYear; year <= toYear; year += 1) {
    for (const date of usFederalHolidays(year)) dates.add(date);
  }
  return dates;
}
