import { describe, expect, it } from 'vitest';
import { defaultTimeZoneForRegion, isTimeZone, jurisdictionTimeZone, readableTime, wallTime } from './time-zones';

describe('time zones', () => {
  it('defaults a jurisdiction to its state’s zone, UTC outside the US', () => {
    expect(jurisdictionTimeZone('US-CA')).toBe('America/Los_Angeles');
    expect(jurisdictionTimeZone('US-NY')).toBe('America/New_York');
    expect(jurisdictionTimeZone('US-TX')).toBe('America/Chicago');
    expect(jurisdictionTimeZone('CA-ON')).toBe('UTC');
    expect(defaultTimeZoneForRegion('US', 'az')).toBe('America/Phoenix');
  });

  it('validates IANA names', () => {
    expect(isTimeZone('America/Denver')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('EST5EDT')).toBe(true);
  });

  it('shows one wall time across the spring-forward change (US 2026-03-08)', () => {
    // 09:00 in New York is 14:00Z before the change (EST) and 13:00Z after it (EDT).
    expect(wallTime(new Date('2026-03-06T14:00:00Z'), 'America/New_York')).toBe('2026-03-06T09:00:00.000-05:00');
    expect(wallTime(new Date('2026-03-09T13:00:00Z'), 'America/New_York')).toBe('2026-03-09T09:00:00.000-04:00');
    expect(readableTime(new Date('2026-03-06T14:00:00Z'), 'America/New_York')).toBe('Friday, March 6, 2026, 9:00 AM EST');
    expect(readableTime(new Date('2026-03-09T13:00:00Z'), 'America/New_York')).toBe('Monday, March 9, 2026, 9:00 AM EDT');
    // Arizona keeps no daylight time: the same instant is 06:00 MST on both sides.
    expect(readableTime(new Date('2026-03-09T13:00:00Z'), 'America/Phoenix')).toBe('Monday, March 9, 2026, 6:00 AM MST');
  });

  it('shows the fall-back change (US 2026-11-01) and Spanish', () => {
    expect(readableTime(new Date('2026-10-30T16:00:00Z'), 'America/Los_Angeles')).toBe('Friday, October 30, 2026, 9:00 AM PDT');
    expect(readableTime(new Date('2026-11-02T17:00:00Z'), 'America/Los_Angeles')).toBe('Monday, November 2, 2026, 9:00 AM PST');
    expect(readableTime(new Date('2026-11-02T17:00:00Z'), 'America/Los_Angeles', 'es')).toMatch(/^lunes, 2 de noviembre de 2026, 9:00\sa\.\s?m\. PST$/);
  });
});
