import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { passwordProblem } from './password-policy';

/**
 * Password hashing with scrypt (node:crypto), stored as `scrypt$N$r$p$<salt>$<hash>` in base64url so the cost
 * can be raised later without breaking existing hashes. N = 2^15, r = 8, p = 1 follows the OWASP password
 * storage cheat sheet's scrypt recommendation (about 32 MiB and tens of milliseconds per hash).
 */
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, options: { N: number; r: number; p: number }, keyLength: number): Promise<Buffer> {
  const scryptOptions: ScryptOptions = { ...options, maxmem: 256 * options.N * options.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, keyLength, scryptOptions, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export { passwordProblem };

/** Hashes a new password, refusing one the password rule (password-policy.ts) does not accept for its owner. */
export async function hashPassword(password: string, owner: { email?: string; name?: string } = {}): Promise<string> {
  const problem = passwordProblem(password, owner);
  if (problem) throw new RangeError(problem);
  const salt = randomBytes(16);
  const hash = await derive(password, salt, COST, KEY_LENGTH);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

/** Whether `password` matches the stored hash (constant-time comparison; false for a malformed hash). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, saltText, hashText] = stored.split('$');
  if (scheme !== 'scrypt' || !saltText || !hashText) return false;
  const options = { N: Number(n), r: Number(r), p: Number(p) };
  if (![options.N, options.r, options.p].every((v) => Number.isInteger(v) && v > 0) || options.N > 2 ** 20) return false;
  const expected = Buffer.from(hashText, 'base64url');
  const actual = await derive(password.slice(0, 200), Buffer.from(saltText, 'base64url'), options, expected.length);
  return expected.length > 0 && timingSafeEqual(actual, expected);
}

let dummyHash: Promise<string> | undefined;
/**
 * Spends the time of one verification against a hash nobody has, so a login for an unknown e-mail takes as long
 * as one with a wrong password and does not reveal which accounts exist.
 */
export async function burnVerification(password: string): Promise<void> {
  dummyHash ??= hashPassword(randomBytes(24).toString('base64url'));
  await verifyPassword(password, await dummyHash);
}
