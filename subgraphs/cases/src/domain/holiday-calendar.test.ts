import { describe, expect, it } from 'vitest';
import {
  HOLIDAY_CALENDAR_FIRST_YEAR,
  HOLIDAY_CALENDAR_LAST_YEAR,
  computedHolidays,
  defaultHolidayCalendarKind,
  holidayDateProblem,
  holidayExtensionProblem,
} from './holiday-calendar';

const ny = { code: 'US-NY', firstYear: 2020, lastYear: 2040 };

describe('computedHolidays', () => {
  it('computes the observed US federal holidays of every year', () => {
    const holidays = computedHolidays('US_FEDERAL', 2026, 2027);
    expect(holidays).toHaveLength(23);
    expect(holidays.map((h) => h.date)).toEqual(expect.arrayContaining(['2026-01-19', '2026-02-16', '2026-07-03', '2026-12-25', '2027-12-24', '2027-12-31']));
    expect(holidays.find((h) => h.date === '2026-07-03')?.name).toBe('Independence Day'); // 4 July 2026 is a Saturday
  });

  it('computes nothing for a calendar that is not the federal one', () => {
    expect(computedHolidays('NONE', 2026, 2040)).toEqual([]);
  });

  it('seeds the years the system schedules in', () => {
    expect(HOLIDAY_CALENDAR_FIRST_YEAR).toBeLessThanOrEqual(2026);
    expect(HOLIDAY_CALENDAR_LAST_YEAR).toBeGreaterThanOrEqual(2036);
    expect(computedHolidays('US_FEDERAL', HOLIDAY_CALENDAR_FIRST_YEAR, HOLIDAY_CALENDAR_LAST_YEAR).length).toBeGreaterThan(200);
  });
});

describe('defaultHolidayCalendarKind', () => {
  it('is the federal calendar for US subdivisions only', () => {
    expect(defaultHolidayCalendarKind('US-TX')).toBe('US_FEDERAL');
    expect(defaultHolidayCalendarKind(' us-tx ')).toBe('US_FEDERAL');
    expect(defaultHolidayCalendarKind('CA-ON')).toBe('NONE');
  });
});

describe('holidayDateProblem', () => {
  it('accepts a weekday in the covered years', () => {
    expect(holidayDateProblem('2026-02-12', ny)).toBeNull(); // Lincoln's Birthday, a NY state holiday
  });

  it.each([
    ['2026-02-30', /not a calendar date/],
    ['2041-01-02', /outside the years .* \(2020–2040\); extend it first/],
    ['2019-12-31', /outside the years/],
    ['2026-07-04', /Saturday, never a business day; add the day the holiday is observed/],
    ['2026-07-05', /Sunday/],
  ])('refuses %s', (date, problem) => {
    expect(holidayDateProblem(date, ny)).toMatch(problem);
  });
});

describe('holidayExtensionProblem', () => {
  it('accepts a later year within the step', () => {
    expect(holidayExtensionProblem(ny, 2041)).toBeNull();
    expect(holidayExtensionProblem(ny, 2140)).toBeNull();
  });

  it.each([
    [2040, /already covers 2020–2040/],
    [2030, /already covers/],
    [2141, /at most 100 years/],
    [2041.5, /whole year/],
  ])('refuses %s', (year, problem) => {
    expect(holidayExtensionProblem(ny, year)).toMatch(problem);
  });
});
