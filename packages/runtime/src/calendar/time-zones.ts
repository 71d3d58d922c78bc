import { DateTime, IANAZone } from 'luxon';

/**
 * IANA time zones: which zone a place most likely keeps, and a time shown in a zone. Every time is stored as an
 * instant and read in a zone through luxon (docs/rules.md, "Scheduling": no offset arithmetic by hand), so a
 * 09:00 exam stays 09:00 where it is held across daylight-saving changes.
 */

/**
 * The IANA zone a place in a US state or territory most likely keeps, used when an office or a claimant is saved
 * without one (the caller can always say). States split between zones take their most populous zone; a state not
 * listed keeps America/New_York.
 */
export const REGION_ZONES: Readonly<Record<string, string>> = {
  AK: 'America/Anchorage',
  AZ: 'America/Phoenix',
  CA: 'America/Los_Angeles',
  CO: 'America/Denver',
  HI: 'Pacific/Honolulu',
  ID: 'America/Boise',
  MT: 'America/Denver',
  NM: 'America/Denver',
  NV: 'America/Los_Angeles',
  OR: 'America/Los_Angeles',
  UT: 'America/Denver',
  WA: 'America/Los_Angeles',
  WY: 'America/Denver',
  PR: 'America/Puerto_Rico',
  AL: 'America/Chicago',
  AR: 'America/Chicago',
  IA: 'America/Chicago',
  IL: 'America/Chicago',
  KS: 'America/Chicago',
  LA: 'America/Chicago',
  MN: 'America/Chicago',
  MO: 'America/Chicago',
  MS: 'America/Chicago',
  ND: 'America/Chicago',
  NE: 'America/Chicago',
  OK: 'America/Chicago',
  SD: 'America/Chicago',
  TN: 'America/Chicago',
  TX: 'America/Chicago',
  WI: 'America/Chicago',
};

export const isTimeZone = (value: string): boolean => IANAZone.isValidZone(value);

export function defaultTimeZoneForRegion(country: string, region: string): string {
  if (country !== 'US') return 'UTC';
  return REGION_ZONES[region.toUpperCase()] ?? 'America/New_York';
}

/** The usual zone of a jurisdiction code such as US-CA (its state's), UTC outside the US. */
export function jurisdictionTimeZone(code: string): string {
  const [country, region] = code.toUpperCase().split('-');
  return defaultTimeZoneForRegion(country ?? '', region ?? '');
}

/** An instant as the wall time of a zone with its offset, e.g. "2026-03-09T09:00:00.000-04:00". */
export function wallTime(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISO()!;
}

/**
 * An instant as people read it in a zone and a language, with the zone's abbreviation where the language has one
 * (e.g. "Monday, March 9, 2026 at 9:00 AM EDT"; "lunes, 9 de marzo de 2026, 9:00 a. m. EDT").
 */
export function readableTime(instant: Date, zone: string, language = 'en'): string {
  const locale = language === 'es' ? 'es-US' : 'en-US';
  const when = DateTime.fromJSDate(instant, { zone }).setLocale(locale);
  return `${when.toLocaleString(DateTime.DATE_HUGE)}, ${when.toLocaleString(DateTime.TIME_SIMPLE)} ${when.toFormat('ZZZZ')}`;
}
