import { addCalendarDays, isIsoDate } from '@imepanel/runtime/calendar';
import type { CredentialKind } from './enums';

/**
 * How a credential stands against its expiry, for the administrators' "expiring credentials" watch list
 * (docs/console.md) and its periodic primary-source re-verification.
 */

export const CREDENTIAL_EXPIRY_STATES = ['EXPIRED', 'EXPIRING', 'VALID', 'NO_EXPIRY'] as const;
export type CredentialExpiryState = (typeof CREDENTIAL_EXPIRY_STATES)[number];

/** Two months' notice: long enough for a state board renewal or a new insurance certificate to come through. */
export const DEFAULT_EXPIRY_WARNING_DAYS = 60;

function requireDate(value: string, name: string): void {
  if (!isIsoDate(value)) throw new RangeError(`${name} must be a date as YYYY-MM-DD, got '${value}'`);
}

/**
 * EXPIRED once the expiry date is past (a credential is valid through its expiry date, as in eligibility);
 * EXPIRING from `warnDays` before the expiry date up to and including it; VALID before that; NO_EXPIRY when
 * no expiry is recorded.
 */
export function credentialExpiryState(
  expiresOn: string | null,
  today: string,
  warnDays: number = DEFAULT_EXPIRY_WARNING_DAYS,
): CredentialExpiryState {
  requireDate(today, 'today');
  const warnUntil = addCalendarDays(today, warnDays); // refuses a negative warnDays
  if (expiresOn === null) return 'NO_EXPIRY';
  requireDate(expiresOn, 'expiresOn');
  if (expiresOn < today) return 'EXPIRED';
  if (expiresOn <= warnUntil) return 'EXPIRING';
  return 'VALID';
}

/**
 * Calendar days between primary-source verifications of a credential of each kind. A verified credential can
 * still be revoked, suspended or cancelled without its expiry date changing, so it is checked again with the
 * issuer on a fixed cycle:
 * - licences, QME certifications and DEA registrations: yearly, as disciplinary actions are public and
 *   frequent enough that a longer cycle would miss them (the NCQA 36-month recredentialing cycle is the
 *   ceiling, not the goal);
 * - malpractice insurance: yearly, the usual policy term;
 * - board and IME certifications: every two years, as they change rarely between maintenance cycles.
 */
export const REVERIFICATION_INTERVAL_DAYS: Readonly<Record<CredentialKind, number>> = {
  MEDICAL_LICENSE: 365,
  QME_CERTIFICATION: 365,
  DEA_REGISTRATION: 365,
  MALPRACTICE_INSURANCE: 365,
  BOARD_CERTIFICATION: 730,
  IME_CERTIFICATION: 730,
};

/**
 * The date a credential is next due for re-verification:
 * - never verified (`verifiedAt` null): due `today` — it needs its first verification now;
 * - otherwise `verifiedAt` plus the interval of its kind, or its expiry date if that comes first (a renewal
 *   must be checked when the old one lapses).
 * An overdue date is returned as it is, not moved to today, so the watch list can show how late it is.
 */
export function reverificationDue(
  verifiedAt: string | null,
  kind: CredentialKind,
  today: string,
  expiresOn: string | null = null,
): string {
  requireDate(today, 'today');
  if (verifiedAt === null) return today;
  requireDate(verifiedAt, 'verifiedAt');
  const byInterval = addCalendarDays(verifiedAt, REVERIFICATION_INTERVAL_DAYS[kind]);
  if (expiresOn !== null) {
    requireDate(expiresOn, 'expiresOn');
    if (expiresOn < byInterval) return expiresOn;
  }
  return byInterval;
}
