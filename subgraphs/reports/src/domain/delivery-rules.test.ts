import { describe, expect, it } from 'vitest';
import { OutsideHolidayCalendarError, holidayCalendar, usFederalHolidaysForYears } from '@imepanel/runtime/calendar';
import { calendarDateIn, checkDeliveries, claimantCopyDueAt, deliveryIssues, deliveryTimeProblem, reportDueDate, requiredRecipients, type Recipient } from './delivery-rules';

const nyRecipients: Recipient[] = ['BOARD', 'CLIENT', 'TREATING_PHYSICIAN', 'CLAIMANT_REPRESENTATIVE', 'CLAIMANT'];
const at = (iso: string) => new Date(iso);
const deliveredAll = (iso: string) => nyRecipients.map((recipient) => ({ recipient, deliveredAt: at(iso) }));

describe('checkDeliveries', () => {
  it('is complete when every required recipient has the report the same day', () => {
    const deliveries = nyRecipients.map((recipient, i) => ({ recipient, deliveredAt: at(`2026-03-02T1${i}:00:00Z`) }));
    expect(checkDeliveries({ requiredRecipients: nyRecipients, sameDay: true, deliveries })).toEqual({ complete: true, missing: [], sameDayViolation: null });
  });

  it('lists missing recipients in the order required', () => {
    const deliveries = [{ recipient: 'CLIENT' as const, deliveredAt: at('2026-03-02T10:00:00Z') }];
    const result = checkDeliveries({ requiredRecipients: nyRecipients, sameDay: false, deliveries });
    expect(result).toEqual({ complete: false, missing: ['BOARD', 'TREATING_PHYSICIAN', 'CLAIMANT_REPRESENTATIVE', 'CLAIMANT'], sameDayViolation: null });
  });

  it('reports deliveries on different days when the same day is required, yet counts them delivered', () => {
    const deliveries = [
      { recipient: 'CLIENT' as const, deliveredAt: at('2026-03-02T10:00:00Z') },
      { recipient: 'CLAIMANT' as const, deliveredAt: at('2026-03-04T10:00:00Z') },
    ];
    const result = checkDeliveries({ requiredRecipients: ['CLIENT', 'CLAIMANT'], sameDay: true, deliveries });
    expect(result.complete).toBe(true);
    expect(result.sameDayViolation).toBe('the report must reach every required recipient the same day (UTC): CLIENT on 2026-03-02, CLAIMANT on 2026-03-04');
  });

  it('does not mind different days when the same day is not required', () => {
    const deliveries = [
      { recipient: 'CLIENT' as const, deliveredAt: at('2026-03-02T10:00:00Z') },
      { recipient: 'CLAIMANT' as const, deliveredAt: at('2026-03-04T10:00:00Z') },
    ];
    expect(checkDeliveries({ requiredRecipients: ['CLIENT', 'CLAIMANT'], sameDay: false, deliveries }).sameDayViolation).toBeNull();
  });

  it('judges the day by the UTC calendar by default, and by the given zone when passed', () => {
    // 23:30 and 00:30 UTC: different UTC days, the same evening in New York.
    const deliveries = [
      { recipient: 'CLIENT' as const, deliveredAt: at('2026-03-02T23:30:00Z') },
      { recipient: 'CLAIMANT' as const, deliveredAt: at('2026-03-03T00:30:00Z') },
    ];
    const input = { requiredRecipients: ['CLIENT', 'CLAIMANT'] as Recipient[], sameDay: true, deliveries };
    expect(checkDeliveries(input).sameDayViolation).toMatch(/CLIENT on 2026-03-02, CLAIMANT on 2026-03-03/);
    expect(checkDeliveries({ ...input, timeZone: 'America/New_York' }).sameDayViolation).toBeNull();
  });

  it('counts each recipient’s first delivery, ignoring later re-sends and unrequired recipients', () => {
    const deliveries = [
      ...deliveredAll('2026-03-02T10:00:00Z'),
      { recipient: 'CLAIMANT' as const, deliveredAt: at('2026-03-09T10:00:00Z') }, // re-sent copy
    ];
    expect(checkDeliveries({ requiredRecipients: nyRecipients, sameDay: true, deliveries }).sameDayViolation).toBeNull();
    const extra = [{ recipient: 'BOARD' as const, deliveredAt: at('2026-03-05T10:00:00Z') }, ...deliveredAll('2026-03-02T10:00:00Z').slice(1)];
    expect(checkDeliveries({ requiredRecipients: ['CLIENT', 'CLAIMANT'], sameDay: true, deliveries: extra }).sameDayViolation).toBeNull();
  });

  it('flags a same-day rule that can no longer be met once the first day has passed', () => {
    const deliveries = [{ recipient: 'CLIENT' as const, deliveredAt: at('2026-03-02T10:00:00Z') }];
    const input = { requiredRecipients: ['CLIENT', 'CLAIMANT'] as Recipient[], sameDay: true, deliveries };
    expect(checkDeliveries({ ...input, now: at('2026-03-02T22:00:00Z') }).sameDayViolation).toBeNull();
    expect(checkDeliveries({ ...input, now: at('2026-03-03T08:00:00Z') }).sameDayViolation).toBe(
      'the report must reach every required recipient the same day (UTC): first delivered on 2026-03-02, still missing CLAIMANT',
    );
    expect(checkDeliveries(input).sameDayViolation).toBeNull();
  });

  it('is complete with nothing required and incomplete with nothing delivered', () => {
    expect(checkDeliveries({ requiredRecipients: [], sameDay: true, deliveries: [] })).toEqual({ complete: true, missing: [], sameDayViolation: null });
    expect(checkDeliveries({ requiredRecipients: ['CLIENT'], sameDay: true, deliveries: [] })).toEqual({ complete: false, missing: ['CLIENT'], sameDayViolation: null });
  });
});

describe('calendarDateIn', () => {
  it('reads the date in a zone', () => {
    expect(calendarDateIn(at('2026-03-03T00:30:00Z'))).toBe('2026-03-03');
    expect(calendarDateIn(at('2026-03-03T00:30:00Z'), 'America/New_York')).toBe('2026-03-02');
    expect(calendarDateIn(at('2026-03-02T15:30:00Z'), 'Asia/Tokyo')).toBe('2026-03-03');
  });
});

describe('claimantCopyDueAt', () => {
  it('is the end of the finalisation day (UTC) when the same day is required', () => {
    expect(claimantCopyDueAt(at('2026-03-02T10:15:00Z'), true)).toEqual(at('2026-03-02T23:59:59.999Z'));
  });

  it('is the end of the day five days later by default, or after the grace given', () => {
    expect(claimantCopyDueAt(at('2026-03-02T10:15:00Z'), false)).toEqual(at('2026-03-07T23:59:59.999Z'));
    expect(claimantCopyDueAt(at('2026-12-30T23:00:00Z'), false, 3)).toEqual(at('2027-01-02T23:59:59.999Z'));
    expect(claimantCopyDueAt(at('2026-03-02T10:15:00Z'), false, 0)).toEqual(at('2026-03-02T23:59:59.999Z'));
  });

  it('refuses a negative grace and an invalid time', () => {
    expect(() => claimantCopyDueAt(at('2026-03-02T10:15:00Z'), false, -1)).toThrow(RangeError);
    expect(() => claimantCopyDueAt(new Date('not a date'), false)).toThrow(RangeError);
  });
});

describe('reportDueDate', () => {
  const ny = { reportDueDays: 10, reportDueUnit: 'BUSINESS_DAYS' as const, reportDueDaysOutOfState: 20 };
  const holidays = usFederalHolidaysForYears(2026, 2027);

  it('counts NY business days after the exam, skipping holidays', () => {
    // Exam Friday 2026-11-20; Thanksgiving 11-26 skipped.
    expect(reportDueDate('2026-11-20', ny, false, holidays)).toBe('2026-12-07');
    expect(reportDueDate('2026-11-20', ny)).toBe('2026-12-04');
  });

  it('uses the out-of-state deadline when the examiner is out of state', () => {
    expect(reportDueDate('2026-11-20', ny, true, holidays)).toBe('2026-12-21');
  });

  it('falls back to the usual deadline when the rule has no out-of-state one', () => {
    const ca = { reportDueDays: 30, reportDueUnit: 'CALENDAR_DAYS' as const, reportDueDaysOutOfState: null };
    expect(reportDueDate('2026-11-20', ca, true)).toBe('2026-12-20');
    expect(reportDueDate('2026-11-20', { reportDueDays: 14, reportDueUnit: 'CALENDAR_DAYS' })).toBe('2026-12-04');
  });

  it('is null without a deadline, and refuses a malformed exam date', () => {
    expect(reportDueDate('2026-11-20', { reportDueDays: null, reportDueUnit: 'CALENDAR_DAYS' })).toBeNull();
    expect(() => reportDueDate('20/11/2026', ny)).toThrow(RangeError);
  });
});

describe('reportDueDate with the jurisdiction calendar', () => {
  const ny = { reportDueDays: 10, reportDueUnit: 'BUSINESS_DAYS' as const, reportDueDaysOutOfState: 20 };
  const calendar = holidayCalendar('US-NY', 2026, 2027, usFederalHolidaysForYears(2026, 2027));

  it('skips Christmas and New Year (exam 2026-12-22: 10 business days later is 2027-01-07, not 2027-01-05)', () => {
    expect(reportDueDate('2026-12-22', ny, false, calendar)).toBe('2027-01-07');
    expect(reportDueDate('2026-12-22', ny)).toBe('2027-01-05');
  });

  it('refuses a deadline past the years the calendar covers rather than guessing', () => {
    expect(() => reportDueDate('2027-12-22', ny, false, calendar)).toThrow(OutsideHolidayCalendarError);
  });
});

describe('deliveryTimeProblem', () => {
  const finalisedAt = at('2026-12-01T10:00:00Z');
  const now = at('2026-12-02T09:00:00Z');

  it('accepts a time from the finalisation up to now', () => {
    expect(deliveryTimeProblem(finalisedAt, { now, finalisedAt })).toBeNull();
    expect(deliveryTimeProblem(at('2026-12-01T18:00:00Z'), { now, finalisedAt })).toBeNull();
    expect(deliveryTimeProblem(now, { now, finalisedAt })).toBeNull();
  });

  it('refuses a time in the future', () => {
    expect(deliveryTimeProblem(at('2026-12-09T09:00:00Z'), { now, finalisedAt })).toBe(
      'deliveredAt 2026-12-09T09:00:00.000Z is later than now (2026-12-02T09:00:00.000Z); record a delivery once it has happened',
    );
    expect(deliveryTimeProblem(at('2026-12-02T09:00:00.001Z'), { now, finalisedAt })).toMatch(/later than now/);
  });

  it('refuses a time before the report was final', () => {
    expect(deliveryTimeProblem(at('2026-12-01T09:59:59Z'), { now, finalisedAt })).toMatch(/before the report was finalised \(2026-12-01T10:00:00.000Z\)/);
  });

  it('refuses an invalid time', () => {
    expect(deliveryTimeProblem(new Date('nonsense'), { now, finalisedAt })).toMatch(/not a valid time/);
  });
});

describe('requiredRecipients', () => {
  const ny: Recipient[] = ['BOARD', 'CLIENT', 'TREATING_PHYSICIAN', 'CLAIMANT_REPRESENTATIVE', 'CLAIMANT'];

  it('always includes the client and the claimant, even when the jurisdiction names neither', () => {
    expect(requiredRecipients({ jurisdictionRecipients: [], claimantRepresented: true, hasTreatingPhysician: true }).sort()).toEqual(['CLAIMANT', 'CLIENT']);
  });

  it("keeps the jurisdiction's list when the claimant is represented and a treating physician is named", () => {
    expect(requiredRecipients({ jurisdictionRecipients: ny, claimantRepresented: true, hasTreatingPhysician: true }).sort()).toEqual([...ny].sort());
  });

  it('drops a representative the claimant does not have and a treating physician the case does not name', () => {
    expect(requiredRecipients({ jurisdictionRecipients: ny, claimantRepresented: false, hasTreatingPhysician: false }).sort()).toEqual(['BOARD', 'CLAIMANT', 'CLIENT']);
  });

  it('names each recipient once', () => {
    const result = requiredRecipients({ jurisdictionRecipients: ['CLIENT', 'CLAIMANT', 'BOARD'], claimantRepresented: false, hasTreatingPhysician: false });
    expect(result).toHaveLength(new Set(result).size);
  });
});

describe('deliveryIssues', () => {
  it('names the recipients still missing and a broken same-day rule, and nothing when the distribution is complete', () => {
    expect(deliveryIssues({ complete: false, missing: ['BOARD', 'CLAIMANT'], sameDayViolation: 'not the same day' })).toEqual([
      'Not yet delivered to BOARD, CLAIMANT',
      'not the same day',
    ]);
    expect(deliveryIssues(checkDeliveries({ requiredRecipients: nyRecipients, sameDay: true, deliveries: deliveredAll('2026-03-02T10:00:00Z') }))).toEqual([]);
  });
});
