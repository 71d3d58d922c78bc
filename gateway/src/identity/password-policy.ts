import { readFileSync } from 'node:fs';

/**
 * The password rule of NIST SP 800-63B §3.1.1.2 (rev. 4, "Password verifiers") for the embedded login
 * (docs/security.md, "Password rules"):
 *
 * - at least 15 characters: a password is the only factor for every account that has not enrolled TOTP (which
 *   is optional for everyone but administrators in production), so the single-factor minimum applies to all;
 * - at most 200 characters (the rule asks for at least 64 to be allowed);
 * - any Unicode characters, spaces included, each code point counting as one character after NFKC
 *   normalisation (the form that is hashed, passwords.ts);
 * - no composition rules (no "one digit, one capital");
 * - refused when it is a commonly used or breached password (the list shipped in common-passwords.txt), a
 *   single character or a short pattern repeated, a run of consecutive characters, or the user's own e-mail
 *   address or name.
 */
export const MIN_PASSWORD_LENGTH = 15;
export const MAX_PASSWORD_LENGTH = 200;

let commonPasswords: Set<string> | undefined;
/**
 * The 49,233 most common passwords of the zxcvbn-ts project's list (@zxcvbn-ts/language-common 4.1.3,
 * src/passwords.json, MIT licence), lower-cased and NFKC-normalised, one a line; loaded once, on first use.
 */
export function isCommonPassword(candidate: string): boolean {
  commonPasswords ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.length > 0),
  );
  return commonPasswords.has(candidate);
}

/** The whole password is one short unit said again and again ("aaaaaaaa…", "abcabcabc…"). */
function isRepetition(chars: string[]): boolean {
  for (let unit = 1; unit <= chars.length / 2; unit++) {
    if (chars.length % unit === 0 && chars.every((c, i) => c === chars[i % unit])) return true;
  }
  return false;
}

/** Every character is the one after (or before) the previous one ("abcdefghijklmnop", "987654321…"). */
function isSequence(chars: string[]): boolean {
  const codes = chars.map((c) => c.codePointAt(0)!);
  const step = codes[1] - codes[0];
  return Math.abs(step) === 1 && codes.every((code, i) => i === 0 || code - codes[i - 1] === step);
}

const squeeze = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/**
 * Why a new password is not acceptable, or null. `owner` is whose password it is: their e-mail address and name
 * are refused as passwords (NIST SP 800-63B §3.1.1.2, "context-specific words").
 */
export function passwordProblem(password: string, owner: { email?: string; name?: string } = {}): string | null {
  const normalised = password.normalize('NFKC');
  const chars = [...normalised];
  if (chars.length < MIN_PASSWORD_LENGTH) return `A password needs at least ${MIN_PASSWORD_LENGTH} characters (a passphrase of a few words is easiest)`;
  if (chars.length > MAX_PASSWORD_LENGTH) return `A password can have at most ${MAX_PASSWORD_LENGTH} characters`;
  const lower = normalised.toLowerCase();
  if (isCommonPassword(lower) || isCommonPassword(squeeze(password))) return 'This password is in a list of commonly used or breached passwords: choose another';
  if (isRepetition([...squeeze(password)]) || isSequence([...lower])) return 'A password must not be one character or a short pattern repeated, or a run such as "abcdef…"';
  const squeezed = squeeze(password);
  const email = owner.email ? squeeze(owner.email) : '';
  const local = email.split('@')[0];
  const name = owner.name ? squeeze(owner.name) : '';
  if ((email && squeezed.includes(email)) || (local.length >= 3 && squeezed === local) || (name.length >= 3 && squeezed === name)) {
    return 'A password must not be your e-mail address or your name';
  }
  return null;
}
