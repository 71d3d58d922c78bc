import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * The claimant's access to the portal (docs/claimant-portal.md). A claimant never has an account: the case issues
 * an access link (to the claimant, and one to the representative), a random token stored only as its SHA-256.
 * Opening it asks for the date of birth, then a one-time code sent to the contact on file; only both together open
 * a short session bound to that one case. Failures of either count together: after `MAX_FAILED_ATTEMPTS` in a row
 * the link is locked until the case's client or an administrator reissues it (a date of birth has few values, so
 * a link must not allow guessing for ever); the gateway also throttles each address.
 */

export const CLAIMANT_PARTIES = ['CLAIMANT', 'REPRESENTATIVE'] as const;
export type ClaimantParty = (typeof CLAIMANT_PARTIES)[number];

export const CLAIMANT_ACCESS_STATUSES = ['ACTIVE', 'LOCKED', 'REVOKED', 'EXPIRED'] as const;
export type ClaimantAccessStatus = (typeof CLAIMANT_ACCESS_STATUSES)[number];

/** Failed date-of-birth or code attempts in a row that lock a link. */
export const MAX_FAILED_ATTEMPTS = 5;
/** How long a one-time code works. */
export const CODE_VALIDITY_MINUTES = 10;
/** A new code may be asked for at most this often (the code e-mail is not a way to flood the claimant's inbox). */
export const CODE_RESEND_SECONDS = 30;

/** The party of a link as a party of the panel rules (domain/panel-choice.ts): the representative is the ATTORNEY. */
export const panelPartyOf = (party: ClaimantParty) => (party === 'CLAIMANT' ? ('CLAIMANT' as const) : ('ATTORNEY' as const));

/** A new access token: 256 random bits, URL-safe. */
export const newAccessToken = () => randomBytes(32).toString('base64url');

/** A one-time code: six digits, uniformly drawn. */
export const newVerificationCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** What is stored of a token or a code: its SHA-256, hex. */
export const secretHash = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

/** Whether a secret matches a stored hash, in constant time. */
export function matchesHash(secret: string, hash: string | null): boolean {
  if (!hash) return false;
  const given = Buffer.from(secretHash(secret), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** What the rules read of a link. */
export interface AccessFacts {
  expiresAt: Date;
  revokedAt: Date | null;
  lockedAt: Date | null;
  failedAttempts: number;
  codeHash: string | null;
  codeExpiresAt: Date | null;
  codeSentAt: Date | null;
}

/** Where a link stands: REVOKED by staff (or replaced), LOCKED after too many failures, EXPIRED, else ACTIVE. */
export function accessStatus(access: Pick<AccessFacts, 'expiresAt' | 'revokedAt' | 'lockedAt'>, now: Date): ClaimantAccessStatus {
  if (access.revokedAt) return 'REVOKED';
  if (access.lockedAt) return 'LOCKED';
  if (access.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return 'ACTIVE';
}

export type AccessRule =
  | 'ACCESS_REVOKED'
  | 'ACCESS_LOCKED'
  | 'ACCESS_EXPIRED'
  | 'WRONG_DATE_OF_BIRTH'
  | 'CODE_NOT_SENT'
  | 'CODE_EXPIRED'
  | 'WRONG_CODE'
  | 'CODE_RESEND_TOO_SOON';

export type AccessRefusal = { ok: false; rule: AccessRule; message: string; attemptsLeft: number | null; locks: boolean };

const refusal = (rule: AccessRule, message: string, attemptsLeft: number | null = null, locks = false): AccessRefusal => ({ ok: false, rule, message, attemptsLeft, locks });

/** Refuses a link that is not ACTIVE, saying what the claimant can do (ask for a new link). */
function unusable(access: AccessFacts, now: Date): AccessRefusal | null {
  switch (accessStatus(access, now)) {
    case 'REVOKED':
      return refusal('ACCESS_REVOKED', 'This link no longer works: it was replaced or turned off. Ask for a new link.');
    case 'LOCKED':
      return refusal('ACCESS_LOCKED', 'This link is locked after too many wrong tries. Ask for a new link.');
    case 'EXPIRED':
      return refusal('ACCESS_EXPIRED', 'This link has expired. Ask for a new link.');
    default:
      return null;
  }
}

/** A failed attempt: how many are left, and whether this one locks the link. */
function failure(rule: AccessRule, message: string, access: AccessFacts): AccessRefusal {
  const left = Math.max(0, MAX_FAILED_ATTEMPTS - (access.failedAttempts + 1));
  return refusal(rule, left === 0 ? `${message} The link is now locked. Ask for a new link.` : `${message} You can try ${left} more time${left === 1 ? '' : 's'}.`, left, left === 0);
}

/**
 * The date-of-birth step. A right date of birth on an active link sends a new code (unless one was sent moments
 * ago); a wrong one counts as a failure.
 */
export function checkDateOfBirth(access: AccessFacts, given: string, dateOfBirth: string, now: Date): { ok: true } | AccessRefusal {
  const refused = unusable(access, now);
  if (refused) return refused;
  if (given !== dateOfBirth) return failure('WRONG_DATE_OF_BIRTH', 'That date of birth does not match our records.', access);
  if (access.codeSentAt && now.getTime() - access.codeSentAt.getTime() < CODE_RESEND_SECONDS * 1000 && access.codeExpiresAt && access.codeExpiresAt > now) {
    return refusal('CODE_RESEND_TOO_SOON', `A code was sent less than ${CODE_RESEND_SECONDS} seconds ago. Check your e-mail, or wait a little and try again.`);
  }
  return { ok: true };
}

/** The code step: the code sent last, before it expires, once; a wrong one counts as a failure. */
export function checkCode(access: AccessFacts, code: string, now: Date): { ok: true } | AccessRefusal {
  const refused = unusable(access, now);
  if (refused) return refused;
  if (!access.codeHash || !access.codeExpiresAt) return refusal('CODE_NOT_SENT', 'No code was sent for this link yet. Enter your date of birth first.');
  if (access.codeExpiresAt.getTime() <= now.getTime()) return refusal('CODE_EXPIRED', 'This code has expired. Enter your date of birth again to get a new one.');
  if (!/^\d{6}$/.test(code.trim()) || !matchesHash(code.trim(), access.codeHash)) return failure('WRONG_CODE', 'That code is not right.', access);
  return { ok: true };
}

/** A session's link must still be active whenever the session acts (a revoked link ends its sessions at once). */
export function sessionRefusal(access: Pick<AccessFacts, 'expiresAt' | 'revokedAt' | 'lockedAt'> | null, now: Date): string | null {
  if (!access) return 'This session is not linked to an access link';
  const status = accessStatus(access, now);
  return status === 'ACTIVE' ? null : `The access link of this session is ${status.toLowerCase()}: open a new link`;
}

/** A contact address shown masked ("a•••@example.com"), so the page says where the code went without disclosing it. */
export function maskedEmail(email: string): string {
  const [local, domain] = email.split('@');
  if (!domain) return '•••';
  return `${local.slice(0, 1)}•••@${domain}`;
}
