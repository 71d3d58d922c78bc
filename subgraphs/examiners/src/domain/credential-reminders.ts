import { calendarDaysBetween } from '@imepanel/runtime/calendar';

/**
 * Which credential reminder is due (docs/messaging.md, "Reminders"): the examiner and the administrators are told
 * 90, 60 and 30 days before a credential expires, and once it has lapsed (a credential is valid through its
 * expiry date, as in eligibility). Only the tightest threshold reached is due: a credential first seen 45 days
 * before expiry gets the 60-day reminder, then the 30-day one. Each is sent once (the reminder_sent key).
 */
export const CREDENTIAL_REMINDER_DAYS = [90, 60, 30] as const;

export type CredentialReminder = { threshold: `EXPIRES_IN_${(typeof CREDENTIAL_REMINDER_DAYS)[number]}`; daysLeft: number } | { threshold: 'LAPSED'; daysLeft: number };

export function credentialReminderDue(expiresOn: string | null, today: string): CredentialReminder | null {
  if (expiresOn === null) return null;
  const daysLeft = calendarDaysBetween(today, expiresOn);
  if (daysLeft < 0) return { threshold: 'LAPSED', daysLeft };
  const reached = CREDENTIAL_REMINDER_DAYS.filter((d) => daysLeft <= d);
  if (!reached.length) return null;
  return { threshold: `EXPIRES_IN_${reached[reached.length - 1]}`, daysLeft };
}
