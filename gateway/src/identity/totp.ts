import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';

/**
 * TOTP two-factor authentication (RFC 6238: SHA-1, 6 digits, 30-second steps, what every authenticator app
 * reads) with otplib, for the embedded login (docs/security.md, "Two-factor authentication"). The secret is
 * stored encrypted with AES-256-GCM and never shown again after enrolment; a code is accepted once: the time
 * step it was accepted for is kept, and a code of that step or an earlier one is refused (RFC 6238 §5.2).
 */
export const TOTP_ISSUER = 'IME Panel';

/** A key for the secrets: TOTP_ENCRYPTION_KEY, or one derived from the token-signing secret (HKDF-SHA-256). */
export function totpEncryptionKey(configured: string | null, jwtSecret: string | null): Buffer {
  if (configured) {
    const key = Buffer.from(configured, /^[0-9a-f]{64}$/i.test(configured) ? 'hex' : 'base64');
    if (key.length !== 32) throw new RangeError('TOTP_ENCRYPTION_KEY must be 32 bytes, as 64 hex digits or base64');
    return key;
  }
  if (!jwtSecret) throw new RangeError('TOTP needs TOTP_ENCRYPTION_KEY or JWT_SECRET');
  return Buffer.from(hkdfSync('sha256', jwtSecret, 'imepanel-identity', 'totp-secret-encryption', 32));
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url. */
export function encryptTotpSecret(secret: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
}

export function decryptTotpSecret(stored: string, key: Buffer): string {
  const [version, iv, tag, ciphertext] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || !ciphertext) throw new RangeError('Not an encrypted TOTP secret');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}

/** A new secret (160 bits, base32) and the otpauth:// URI an authenticator app reads (as a QR code or typed). */
export function newTotpEnrolment(accountLabel: string): { secret: string; otpauthUri: string } {
  const secret = generateSecret();
  return { secret, otpauthUri: generateURI({ issuer: TOTP_ISSUER, label: accountLabel, secret }) };
}

/**
 * Checks a code at `now`, allowing one step of clock drift either way, and refusing a step at or before
 * `lastTimeStep`. Answers the time step to remember, or null when the code is wrong or replayed.
 */
export async function checkTotpCode(secret: string, code: string, now: Date, lastTimeStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: 30,
    ...(lastTimeStep !== null ? { afterTimeStep: lastTimeStep } : {}),
  });
  // otplib's functional verify is typed for HOTP and TOTP; a TOTP result carries the time step it matched.
  return result.valid ? (result as typeof result & { timeStep: number }).timeStep : null;
}
