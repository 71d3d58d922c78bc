import { describe, expect, it } from 'vitest';
import { CREDENTIAL_KINDS } from './enums';
import { REVERIFICATION_INTERVAL_DAYS, credentialExpiryState, reverificationDue } from './credential-expiry';

describe('credentialExpiryState', () => {
  const today = '2026-06-01';

  it('is NO_EXPIRY without an expiry date', () => {
    expect(credentialExpiryState(null, today)).toBe('NO_EXPIRY');
  });

  it('is EXPIRED the day after the expiry date, not on it', () => {
    expect(credentialExpiryState('2026-05-31', today)).toBe('EXPIRED');
    expect(credentialExpiryState('2020-01-01', today)).toBe('EXPIRED');
    expect(credentialExpiryState('2026-06-01', today)).toBe('EXPIRING');
  });

  it('is EXPIRING up to 60 days ahead by default, VALID after', () => {
    expect(credentialExpiryState('2026-07-31', today)).toBe('EXPIRING'); // today + 60
    expect(credentialExpiryState('2026-08-01', today)).toBe('VALID'); // today + 61
  });

  it('takes a custom warning window, including zero', () => {
    expect(credentialExpiryState('2026-06-15', today, 14)).toBe('EXPIRING');
    expect(credentialExpiryState('2026-06-16', today, 14)).toBe('VALID');
    expect(credentialExpiryState('2026-06-01', today, 0)).toBe('EXPIRING');
    expect(credentialExpiryState('2026-06-02', today, 0)).toBe('VALID');
  });

  it('refuses malformed dates and a negative window', () => {
    expect(() => credentialExpiryState('2026-02-30', today)).toThrow(RangeError);
    expect(() => credentialExpiryState(null, '01/06/2026')).toThrow(RangeError);
    expect(() => credentialExpiryState('2026-07-01', today, -1)).toThrow(RangeError);
  });
});

describe('reverificationDue', () => {
  const today = '2026-06-01';

  it('is due today when never verified', () => {
    expect(reverificationDue(null, 'MEDICAL_LICENSE', today)).toBe(today);
  });

  it('adds the interval of the kind', () => {
    expect(reverificationDue('2026-06-01', 'MEDICAL_LICENSE', today)).toBe('2027-06-01');
    expect(reverificationDue('2026-06-01', 'MALPRACTICE_INSURANCE', today)).toBe('2027-06-01');
    expect(reverificationDue('2026-06-01', 'BOARD_CERTIFICATION', today)).toBe('2028-05-31'); // 730 days, 2028 is a leap year
    expect(reverificationDue('2026-06-01', 'IME_CERTIFICATION', today)).toBe('2028-05-31');
  });

  it('has an interval for every kind', () => {
    for (const kind of CREDENTIAL_KINDS) expect(REVERIFICATION_INTERVAL_DAYS[kind]).toBeGreaterThan(0);
  });

  it('brings the date forward to the expiry when that comes first', () => {
    expect(reverificationDue('2026-06-01', 'MEDICAL_LICENSE', today, '2026-12-31')).toBe('2026-12-31');
    expect(reverificationDue('2026-06-01', 'MEDICAL_LICENSE', today, '2028-12-31')).toBe('2027-06-01');
  });

  it('returns an overdue date unchanged', () => {
    expect(reverificationDue('2024-01-15', 'MEDICAL_LICENSE', today)).toBe('2025-01-14');
  });

  it('refuses malformed dates', () => {
    expect(() => reverificationDue('2026/06/01', 'MEDICAL_LICENSE', today)).toThrow(RangeError);
    expect(() => reverificationDue('2026-06-01', 'MEDICAL_LICENSE', today, 'soon')).toThrow(RangeError);
  });
});
