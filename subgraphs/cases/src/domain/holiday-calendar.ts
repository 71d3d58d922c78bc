import { dayOfWeek, isIsoDate, listUsFederalHolidays, type NamedHoliday } from '@imepanel/runtime/calendar';

/**
 * Each jurisdiction's holidays (docs/rules.md, "Holidays"): the business-day counts of the platform (notice lead
 * time, earliest exam date, report due date, strike and choice periods counted in business days) skip them.
 *
 * A calendar covers whole years. The seeded jurisdictions follow the US federal calendar (5 U.S.C. §6103, with
 * the observed-day rule: a Saturday holiday is observed on the Friday before, a Sunday one on the Monday
 * after), computed for HOLIDAY_CALENDAR_FIRST_YEAR to HOLIDAY_CALENDAR_LAST_YEAR; administrators add the
 * jurisdiction's own days (a state holiday), remove a federal one the jurisdiction does not observe, and extend
 * the covered years. A business-day count that reaches a weekday outside the covered years is refused, never
 * counted as a working day.
 */

/** Which holidays a jurisdiction's calendar is computed from. */
export const HOLIDAY_CALENDAR_KINDS = ['US_FEDERAL', 'NONE'] as const;
export type HolidayCalendarKind = (typeof HOLIDAY_CALENDAR_KINDS)[number];

/** The years a new calendar covers: from the oldest cases a deployment imports to well past any booking. */
export const HOLIDAY_CALENDAR_FIRST_YEAR = 2020;
export const HOLIDAY_CALENDAR_LAST_YEAR = 2040;
/** One extension adds at most this many years, to keep each call small. */
export const MAX_HOLIDAY_EXTENSION_YEARS = 100;

/** The holidays a calendar of this kind has, computed, for each year from `fromYear` to `toYear`. */
export function computedHolidays(kind: HolidayCalendarKind, fromYear: number, toYear: number): NamedHoliday[] {
  if (kind === 'NONE') return [];
  const holidays: NamedHoliday[] = [];
  for (let year = fromYear; year <= toYear; year += 1) holidays.push(...listUsFederalHolidays(year));
  return holidays;
}

/** The calendar a new jurisdiction gets unless the administrator says otherwise: US federal for US subdivisions. */
export function defaultHolidayCalendarKind(code: string): HolidayCalendarKind {
  return code.trim().toUpperCase().startsWith('US-') ? 'US_FEDERAL' : 'NONE';
}

export interface CoveredYears {
  code: string;
  firstYear: number;
  lastYear: number;
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Why `date` cannot be added as a holiday of the calendar, or null when it can. */
export function holidayDateProblem(date: string, calendar: CoveredYears): string | null {
  if (!isIsoDate(date)) return `${date} is not a calendar date as YYYY-MM-DD`;
  const year = Number(date.slice(0, 4));
  if (year < calendar.firstYear || year > calendar.lastYear) {
    return `${date} is outside the years the holiday calendar of ${calendar.code} covers (${calendar.firstYear}–${calendar.lastYear}); extend it first (extendJurisdictionHolidays)`;
  }
  const day = dayOfWeek(date);
  if (day === 0 || day === 6) {
    return `${date} is a ${WEEKDAY_NAMES[day]}, never a business day; add the day the holiday is observed instead (the Friday before a Saturday, the Monday after a Sunday)`;
  }
  return null;
}

/** Why the calendar cannot be extended to `throughYear`, or null when it can. */
export function holidayExtensionProblem(calendar: CoveredYears, throughYear: number): string | null {
  if (!Number.isInteger(throughYear)) return `throughYear must be a whole year, got ${throughYear}`;
  if (throughYear <= calendar.lastYear) {
    return `The holiday calendar of ${calendar.code} already covers ${calendar.firstYear}–${calendar.lastYear}; give a year after ${calendar.lastYear}`;
  }
  if (throughYear - calendar.lastYear > MAX_HOLIDAY_EXTENSION_YEARS) {
    return `Extend by at most ${MAX_HOLIDAY_EXTENSION_YEARS} years at a time (to ${calendar.lastYear + MAX_HOLIDAY_EXTENSION_YEARS} at most)`;
  }
  if (throughYear > 9998) return 'throughYear must be 9998 or earlier';
  return null;
}
