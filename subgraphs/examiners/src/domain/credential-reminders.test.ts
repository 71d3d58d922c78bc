import { describe, expect, it } from 'vitest';
import { credentialReminderDue } from './credential-reminders';

describe('credential reminders', () => {
  it('is due at 90, 60 and 30 days before expiry, the tightest threshold reached only', () => {
    expect(credentialReminderDue('2027-03-31', '2026-12-01')).toBeNull(); // 120 days
    expect(credentialReminderDue('2027-03-01', '2026-12-01')).toEqual({ threshold: 'EXPIRES_IN_90', daysLeft: 90 });
    expect(credentialReminderDue('2027-01-15', '2026-12-01')).toEqual({ threshold: 'EXPIRES_IN_60', daysLeft: 45 });
    expect(credentialReminderDue('2026-12-31', '2026-12-01')).toEqual({ threshold: 'EXPIRES_IN_30', daysLeft: 30 });
    expect(credentialReminderDue('2026-12-01', '2026-12-01')).toEqual({ threshold: 'EXPIRES_IN_30', daysLeft: 0 });
  });

  it('is LAPSED the day after the expiry date, and nothing without one', () => {
    expect(credentialReminderDue('2026-11-30', '2026-12-01')).toEqual({ threshold: 'LAPSED', daysLeft: -1 });
    expect(credentialReminderDue(null, '2026-12-01')).toBeNull();
  });
});
