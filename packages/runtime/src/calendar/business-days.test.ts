import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addCalendarDays,
  businessDaysBetween,
  calendarDaysBetween,
  dayOfWeek,
  deadline,
  holidayCalendar,
  isBusinessDay,
  isIsoDate,
  listUsFederalHolidays,
  OutsideHolidayCalendarError,
  usFederalHolidays,
  usFederalHolidaysForYears,
  utcDateOf,
} from './business-days';

// 2026-11-20 is a Friday; 2026-11-26 is Thanksgiving (Thursday).
const holidays2026 = usFederalHolidays(2026);

describe('isIsoDate', () => {
  it.each(['2026-01-01', '2024-02-29', '2026-12-31'])('accepts %s', (d) => expect(isIsoDate(d)).toBe(true));
  it.each(['2026-02-29', '2026-13-01', '2026-1-1', '20260101', '2026-01-01T00:00:00Z', '', ' 2026-01-01'])('refuses %j', (d) =>
    expect(isIsoDate(d)).toBe(false),
  );
});

describe('isBusinessDay', () => {
  it('is true Monday to Friday', () => {
    for (const d of ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20']) expect(isBusinessDay(d)).toBe(true);
  });
  it('is false on weekends', () => {
    expect(isBusinessDay('2026-11-21')).toBe(false);
    expect(isBusinessDay('2026-11-22')).toBe(false);
  });
  it('is false on a holiday passed in, true without it', () => {
    expect(isBusinessDay('2026-11-26', holidays2026)).toBe(false);
    expect(isBusinessDay('2026-11-26')).toBe(true);
  });
  it('refuses a malformed date', () => {
    expect(() => isBusinessDay('2026-02-30')).toThrow(RangeError);
  });
});

describe('addCalendarDays', () => {
  it('adds days across months and years', () => {
    expect(addCalendarDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2026-03-07', 30)).toBe('2026-04-06');
  });
  it('returns the date itself for zero', () => {
    expect(addCalendarDays('2026-11-21', 0)).toBe('2026-11-21');
  });
  it('is not moved by daylight-saving changes', () => {
    expect(addCalendarDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addCalendarDays('2026-10-31', 2)).toBe('2026-11-02');
  });
  it.each([-1, 1.5, Number.NaN])('refuses %s days with a RangeError', (n) => {
    expect(() => addCalendarDays('2026-01-01', n)).toThrow(RangeError);
  });
});

describe('calendarDaysBetween', () => {
  it('is signed', () => {
    expect(calendarDaysBetween('2026-01-01', '2026-01-01')).toBe(0);
    expect(calendarDaysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(calendarDaysBetween('2026-01-10', '2026-01-01')).toBe(-9);
    expect(calendarDaysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });
});

describe('addBusinessDays', () => {
  it('counts from the day after the start date', () => {
    expect(addBusinessDays('2026-11-16', 1)).toBe('2026-11-17'); // Monday → Tuesday
  });
  it('skips weekends', () => {
    expect(addBusinessDays('2026-11-20', 1)).toBe('2026-11-23'); // Friday → Monday
    expect(addBusinessDays('2026-11-21', 1)).toBe('2026-11-23'); // Saturday → Monday
    expect(addBusinessDays('2026-11-16', 5)).toBe('2026-11-23');
    expect(addBusinessDays('2026-11-16', 10)).toBe('2026-11-30');
  });
  it('skips holidays', () => {
    expect(addBusinessDays('2026-11-25', 1, holidays2026)).toBe('2026-11-27'); // over Thanksgiving
    expect(addBusinessDays('2026-11-25', 1)).toBe('2026-11-26');
    // NY: notice 7 business days ahead of the exam, served the Friday before Thanksgiving week.
    expect(addBusinessDays('2026-11-20', 7, holidays2026)).toBe('2026-12-02');
  });
  it('crosses the year boundary over Christmas and New Year', () => {
    // 2026-12-24 Thu; 12-25 Fri holiday; 2027-01-01 Fri holiday.
    const holidays = usFederalHolidaysForYears(2026, 2027);
    expect(addBusinessDays('2026-12-24', 1, holidays)).toBe('2026-12-28');
    expect(addBusinessDays('2026-12-24', 5, holidays)).toBe('2027-01-04');
  });
  it('returns the date itself for zero, even on a weekend', () => {
    expect(addBusinessDays('2026-11-21', 0)).toBe('2026-11-21');
  });
  it.each([-1, 2.5])('refuses %s days with a RangeError', (n) => {
    expect(() => addBusinessDays('2026-01-01', n)).toThrow(RangeError);
  });
});

describe('businessDaysBetween', () => {
  it('counts days strictly after from, up to and including to', () => {
    expect(businessDaysBetween('2026-11-16', '2026-11-16')).toBe(0);
    expect(businessDaysBetween('2026-11-16', '2026-11-17')).toBe(1);
    expect(businessDaysBetween('2026-11-20', '2026-11-23')).toBe(1);
    expect(businessDaysBetween('2026-11-20', '2026-11-22')).toBe(0);
  });
  it('excludes holidays', () => {
    expect(businessDaysBetween('2026-11-23', '2026-11-30', holidays2026)).toBe(4);
    expect(businessDaysBetween('2026-11-23', '2026-11-30')).toBe(5);
  });
  it('crosses years', () => {
    expect(businessDaysBetween('2026-12-31', '2027-01-04', usFederalHolidaysForYears(2026, 2027))).toBe(1);
  });
  it('inverts addBusinessDays', () => {
    const holidays = usFederalHolidaysForYears(2026, 2027);
    for (const start of ['2026-11-20', '2026-11-21', '2026-12-24', '2026-07-02']) {
      for (const n of [0, 1, 3, 7, 10, 20]) {
        expect(businessDaysBetween(start, addBusinessDays(start, n, holidays), holidays)).toBe(n);
      }
    }
  });
  it('refuses to before from with a RangeError', () => {
    expect(() => businessDaysBetween('2026-11-20', '2026-11-19')).toThrow(RangeError);
  });
});

describe('deadline', () => {
  it('adds business days with holidays', () => {
    expect(deadline('2026-11-20', 7, 'BUSINESS_DAYS', holidays2026)).toBe('2026-12-02');
  });
  it('adds calendar days, ignoring holidays and not moving off weekends', () => {
    expect(deadline('2026-11-20', 8, 'CALENDAR_DAYS', holidays2026)).toBe('2026-11-28');
  });
  it('returns the start for zero', () => {
    expect(deadline('2026-11-20', 0, 'BUSINESS_DAYS')).toBe('2026-11-20');
    expect(deadline('2026-11-20', 0, 'CALENDAR_DAYS')).toBe('2026-11-20');
  });
  it('refuses negative amounts and unknown units', () => {
    expect(() => deadline('2026-11-20', -3, 'CALENDAR_DAYS')).toThrow(RangeError);
    expect(() => deadline('2026-11-20', -3, 'BUSINESS_DAYS')).toThrow(RangeError);
    expect(() => deadline('2026-11-20', 3, 'WEEKS' as never)).toThrow(RangeError);
  });
});

describe('US federal holidays', () => {
  it('lists 2026 with observed dates', () => {
    expect(listUsFederalHolidays(2026)).toEqual([
      { date: '2026-01-01', name: "New Year's Day" },
      { date: '2026-01-19', name: 'Birthday of Martin Luther King, Jr.' },
      { date: '2026-02-16', name: "Washington's Birthday" },
      { date: '2026-05-25', name: 'Memorial Day' },
      { date: '2026-06-19', name: 'Juneteenth National Independence Day' },
      { date: '2026-07-03', name: 'Independence Day' }, // 4 July is a Saturday
      { date: '2026-09-07', name: 'Labor Day' },
      { date: '2026-10-12', name: 'Columbus Day' },
      { date: '2026-11-11', name: 'Veterans Day' },
      { date: '2026-11-26', name: 'Thanksgiving Day' },
      { date: '2026-12-25', name: 'Christmas Day' },
    ]);
  });

  it('observes Saturday holidays on Friday and Sunday holidays on Monday (2027)', () => {
    expect([...usFederalHolidays(2027)]).toEqual([
      '2027-01-01',
      '2027-01-18',
      '2027-02-15',
      '2027-05-31',
      '2027-06-18', // Juneteenth on Saturday → Friday
      '2027-07-05', // Independence Day on Sunday → Monday
      '2027-09-06',
      '2027-10-11',
      '2027-11-11',
      '2027-11-25',
      '2027-12-24', // Christmas on Saturday → Friday
      '2027-12-31', // New Year's Day 2028 is a Saturday → observed in 2027
    ]);
  });

  it('leaves the year with a Saturday New Year without its own New Year holiday', () => {
    const dates = usFederalHolidays(2028);
    expect(dates.has('2028-01-01')).toBe(false);
    expect(dates.has('2027-12-31')).toBe(false);
    expect(dates.size).toBe(10);
  });

  it('observes a Sunday New Year on Monday 2 January (2023)', () => {
    expect(usFederalHolidays(2023).has('2023-01-02')).toBe(true);
  });

  it('has Juneteenth only from 2021', () => {
    expect(listUsFederalHolidays(2020).some((h) => h.name.startsWith('Juneteenth'))).toBe(false);
    expect(usFederalHolidays(2021).has('2021-06-18')).toBe(true);
  });

  it('puts every holiday on a weekday, with the right weekday for the Monday and Thursday holidays', () => {
    for (let year = 2020; year <= 2035; year += 1) {
      for (const h of listUsFederalHolidays(year)) {
        expect(dayOfWeek(h.date)).toBeGreaterThanOrEqual(1);
        expect(dayOfWeek(h.date)).toBeLessThanOrEqual(5);
        if (h.name === 'Thanksgiving Day') expect(dayOfWeek(h.date)).toBe(4);
        if (['Labor Day', 'Memorial Day', 'Columbus Day'].includes(h.name)) expect(dayOfWeek(h.date)).toBe(1);
      }
    }
  });

  it('unions several years', () => {
    const dates = usFederalHolidaysForYears(2026, 2027);
    expect(dates.size).toBe(23);
    expect(() => usFederalHolidaysForYears(2027, 2026)).toThrow(RangeError);
  });

  it('refuses years outside the supported range', () => {
    expect(() => usFederalHolidays(1900)).toThrow(RangeError);
    expect(() => usFederalHolidays(2026.5)).toThrow(RangeError);
  });
});

describe('utcDateOf', () => {
  it('reads the date of an instant in UTC', () => {
    expect(utcDateOf(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-01');
    expect(utcDateOf(new Date('2026-03-01T23:30:00-05:00'))).toBe('2026-03-02');
  });
});

describe('HolidayCalendar', () => {
  const ny = holidayCalendar('US-NY', 2026, 2027, usFederalHolidaysForYears(2026, 2027));

  it('skips its holidays like a set of dates', () => {
    // NY: 7 business days after Thursday 2026-12-17 skip Christmas (Friday 12-25): the 7th is Tuesday 12-29, not 12-28.
    expect(addBusinessDays('2026-12-17', 7, ny)).toBe('2026-12-29');
    expect(addBusinessDays('2026-12-17', 7)).toBe('2026-12-28');
    expect(businessDaysBetween('2026-12-17', '2026-12-28', ny)).toBe(6);
    expect(deadline('2026-12-17', 7, 'BUSINESS_DAYS', ny)).toBe('2026-12-29');
  });

  it('covers whole years', () => {
    expect(ny).toMatchObject({ name: 'US-NY', from: '2026-01-01', through: '2027-12-31' });
    expect(() => holidayCalendar('US-NY', 2027, 2026, [])).toThrow(RangeError);
  });

  it('refuses to judge a weekday outside the years it covers instead of counting it as a business day', () => {
    expect(() => isBusinessDay('2028-01-03', ny)).toThrow(OutsideHolidayCalendarError);
    expect(() => isBusinessDay('2025-12-31', ny)).toThrow(/covers 2026-01-01 to 2027-12-31/);
    // 10 business days after 2027-12-27 run into 2028.
    const error = (() => {
      try {
        addBusinessDays('2027-12-27', 10, ny);
      } catch (e) {
        return e as OutsideHolidayCalendarError;
      }
      throw new Error('expected a refusal');
    })();
    expect(error).toBeInstanceOf(RangeError);
    expect(error).toMatchObject({ rule: 'HOLIDAY_CALENDAR_RANGE', calendar: 'US-NY', date: '2028-01-03', from: '2026-01-01', through: '2027-12-31' });
  });

  it('needs no calendar for weekends or calendar-day counts', () => {
    expect(isBusinessDay('2028-01-01', ny)).toBe(false); // a Saturday
    expect(deadline('2027-12-20', 30, 'CALENDAR_DAYS', ny)).toBe('2028-01-19');
  });
});
