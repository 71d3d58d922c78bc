import { describe, expect, it } from 'vitest';
import { OutsideHolidayCalendarError, holidayCalendar, usFederalHolidaysForYears } from '@imepanel/runtime/calendar';
import { checkSchedule, earliestExamDate, latestExamDate, type SchedulingRule } from './scheduling';

const holidays = usFederalHolidaysForYears(2026, 2027);

const newYork: SchedulingRule = { code: 'US-NY', noticeLeadDays: 7, noticeLeadUnit: 'BUSINESS_DAYS', schedulingWindowDays: null };
const california: SchedulingRule = {
  code: 'US-CA',
  noticeLeadDays: null,
  noticeLeadUnit: 'CALENDAR_DAYS',
  schedulingWindowDays: 90,
  schedulingWindowExtendedDays: 120,
};
const washington: SchedulingRule = { code: 'US-WA', noticeLeadDays: 28, noticeLeadUnit: 'CALENDAR_DAYS', schedulingWindowDays: null };

describe('earliestExamDate', () => {
  it('counts business days after today, skipping weekends and holidays (NY)', () => {
    // Friday 2026-11-20 + 7 business days, over Thanksgiving (11-26).
    expect(earliestExamDate({ rule: newYork, today: '2026-11-20', holidays })).toBe('2026-12-02');
    expect(earliestExamDate({ rule: newYork, today: '2026-11-30', holidays })).toBe('2026-12-09');
  });

  it('counts calendar days (WA)', () => {
    expect(earliestExamDate({ rule: washington, today: '2026-11-20' })).toBe('2026-12-18');
  });

  it('counts from a notice already served, but never earlier than today', () => {
    expect(earliestExamDate({ rule: newYork, today: '2026-11-30', noticeServedOn: '2026-11-23', holidays })).toBe('2026-12-03');
    expect(earliestExamDate({ rule: newYork, today: '2026-12-20', noticeServedOn: '2026-11-23', holidays })).toBe('2026-12-20');
  });

  it('is today without a lead time (CA)', () => {
    expect(earliestExamDate({ rule: california, today: '2026-11-20' })).toBe('2026-11-20');
  });

  it('refuses malformed dates', () => {
    expect(() => earliestExamDate({ rule: newYork, today: '2026-11-31' })).toThrow(RangeError);
  });
});

describe('latestExamDate', () => {
  it('is the window in calendar days after assignment, extended when waived', () => {
    expect(latestExamDate({ rule: california, assignedOn: '2026-01-05' })).toBe('2026-04-05');
    expect(latestExamDate({ rule: california, assignedOn: '2026-01-05', windowWaived: true })).toBe('2026-05-05');
  });

  it('is null without a window', () => {
    expect(latestExamDate({ rule: newYork, assignedOn: '2026-01-05' })).toBeNull();
  });

  it('keeps the base window when waived but no extension exists', () => {
    expect(latestExamDate({ rule: { ...california, schedulingWindowExtendedDays: null }, assignedOn: '2026-01-05', windowWaived: true })).toBe('2026-04-05');
  });
});

describe('checkSchedule', () => {
  const ny = { rule: newYork, today: '2026-11-30', assignedOn: '2026-11-25', holidays };

  it('accepts an exam on the earliest date and after', () => {
    expect(checkSchedule({ ...ny, examDate: '2026-12-09' })).toEqual([]);
    expect(checkSchedule({ ...ny, examDate: '2027-03-01' })).toEqual([]);
  });

  it('refuses an exam a day short of the notice lead time, naming the earliest date', () => {
    expect(checkSchedule({ ...ny, examDate: '2026-12-08' })).toEqual([
      {
        rule: 'NOTICE_LEAD_TIME',
        message: 'US-NY requires notice at least 7 business days before the exam: earliest exam date is 2026-12-09',
      },
    ]);
  });

  it('words calendar-day lead times and unnamed jurisdictions', () => {
    const [violation] = checkSchedule({ rule: { ...washington, code: undefined }, today: '2026-11-20', assignedOn: '2026-11-20', examDate: '2026-12-01' });
    expect(violation).toEqual({
      rule: 'NOTICE_LEAD_TIME',
      message: 'the jurisdiction requires notice at least 28 calendar days before the exam: earliest exam date is 2026-12-18',
    });
  });

  it('refuses an exam in the past, and today is not the past', () => {
    const violations = checkSchedule({ rule: california, today: '2026-02-10', assignedOn: '2026-01-05', examDate: '2026-02-09' });
    expect(violations).toEqual([{ rule: 'EXAM_IN_PAST', message: 'the exam date 2026-02-09 is before today (2026-02-10)' }]);
    expect(checkSchedule({ rule: california, today: '2026-02-10', assignedOn: '2026-01-05', examDate: '2026-02-10' })).toEqual([]);
  });

  it('refuses an exam beyond the scheduling window (CA: 90 days, 120 if waived)', () => {
    const ca = { rule: california, today: '2026-01-05', assignedOn: '2026-01-05' };
    expect(checkSchedule({ ...ca, examDate: '2026-04-05' })).toEqual([]);
    expect(checkSchedule({ ...ca, examDate: '2026-04-06' })).toEqual([
      {
        rule: 'SCHEDULING_WINDOW',
        message:
          'US-CA requires the exam within 90 days of assignment on 2026-01-05 (120 days if the parties waive the limit): latest exam date is 2026-04-05',
      },
    ]);
    expect(checkSchedule({ ...ca, examDate: '2026-04-06', windowWaived: true })).toEqual([]);
    expect(checkSchedule({ ...ca, examDate: '2026-05-06', windowWaived: true })).toEqual([
      { rule: 'SCHEDULING_WINDOW', message: 'US-CA requires the exam within 120 days of assignment on 2026-01-05: latest exam date is 2026-05-05' },
    ]);
  });

  it('lists every violation at once', () => {
    const rule: SchedulingRule = { ...newYork, schedulingWindowDays: 3 };
    const violations = checkSchedule({ rule, today: '2026-11-30', assignedOn: '2026-11-01', examDate: '2026-11-29', holidays });
    expect(violations.map((v) => v.rule)).toEqual(['EXAM_IN_PAST', 'NOTICE_LEAD_TIME', 'SCHEDULING_WINDOW']);
  });

  it('accepts anything from today on when the rule sets no lead time and no window', () => {
    const none: SchedulingRule = { noticeLeadDays: null, noticeLeadUnit: 'CALENDAR_DAYS', schedulingWindowDays: null };
    expect(checkSchedule({ rule: none, today: '2026-11-30', assignedOn: '2026-11-30', examDate: '2026-11-30' })).toEqual([]);
  });

  it('refuses malformed dates', () => {
    expect(() => checkSchedule({ ...ny, examDate: '2026-12-9' })).toThrow(RangeError);
    expect(() => checkSchedule({ ...ny, assignedOn: 'yesterday', examDate: '2026-12-09' })).toThrow(RangeError);
  });
});

describe('the notice lead time over Christmas (NY WCL §137: 7 business days)', () => {
  const calendar = holidayCalendar('US-NY', 2026, 2027, usFederalHolidaysForYears(2026, 2027));

  it('makes Tuesday 2026-12-29 the first lawful exam day on Thursday 2026-12-17, not Monday 12-28', () => {
    expect(earliestExamDate({ rule: newYork, today: '2026-12-17', holidays: calendar })).toBe('2026-12-29');
    expect(checkSchedule({ rule: newYork, today: '2026-12-17', examDate: '2026-12-28', assignedOn: '2026-12-17', holidays: calendar })).toEqual([
      { rule: 'NOTICE_LEAD_TIME', message: 'US-NY requires notice at least 7 business days before the exam: earliest exam date is 2026-12-29' },
    ]);
    expect(checkSchedule({ rule: newYork, today: '2026-12-17', examDate: '2026-12-29', assignedOn: '2026-12-17', holidays: calendar })).toEqual([]);
  });

  it('refuses to count into a year the calendar does not cover', () => {
    expect(() => earliestExamDate({ rule: newYork, today: '2027-12-27', holidays: calendar })).toThrow(OutsideHolidayCalendarError);
  });
});
