import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '@imepanel/runtime';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { AccountToken, type AccountTokenPurpose } from './account-token';
import type { UserAccount } from './user-account';

/** SHA-256 of a token, base64url: what the table keeps instead of the token. */
export const accountTokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

/** A fresh token: 256 random bits, base64url (43 characters). */
export const newAccountToken = () => randomBytes(32).toString('base64url');

/** Whether a stored token may still be used at `now`: neither used (nor replaced) nor expired. */
export function accountTokenState(token: Pick<AccountToken, 'usedAt' | 'expiresAt'>, now: Date): 'USABLE' | 'USED' | 'EXPIRED' {
  if (token.usedAt) return 'USED';
  return token.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : 'USABLE';
}

/**
 * Issues a single-use token for a user and keeps only its hash. A new invitation or reset replaces the user's
 * earlier ones of the same purpose (they count as used), so only the latest link works; sign-in challenges of
 * two tabs may coexist.
 */
export async function issueAccountToken(
  em: EntityManager,
  user: UserAccount,
  purpose: AccountTokenPurpose,
  validitySeconds: number,
  clock: Clock,
  createdBy: string | null,
): Promise<{ token: string; expiresAt: Date }> {
  const now = clock.now();
  if (purpose !== 'SIGN_IN') await em.nativeUpdate(AccountToken, { user: user.id, purpose, usedAt: null }, { usedAt: now });
  // Sign-in challenges are many and short-lived: the user's expired ones go (invitations and resets stay, as a record).
  else await em.nativeDelete(AccountToken, { user: user.id, purpose, expiresAt: { $lt: now } });
  const token = newAccountToken();
  const expiresAt = new Date(now.getTime() + validitySeconds * 1000);
  em.persist(em.create(AccountToken, { hash: accountTokenHash(token), user, purpose, createdAt: now, expiresAt, createdBy }));
  await em.flush();
  return { token, expiresAt };
}

export type AccountTokenRefusal = 'UNKNOWN' | 'USED' | 'EXPIRED';

/**
 * Uses a token of one of the given purposes inside the caller's transaction: `work` runs with the token's user
 * while the token's row is locked, and the token is marked used only if `work` does not throw, so a refused new
 * password leaves the link usable and two uses at once cannot both succeed.
 */
export async function useAccountToken<T>(
  em: EntityManager,
  token: string,
  purposes: AccountTokenPurpose[],
  clock: Clock,
  work: (tx: EntityManager, row: AccountToken) => Promise<T>,
): Promise<{ refused: AccountTokenRefusal } | { refused?: undefined; result: T; row: AccountToken }> {
  return em.transactional(async (tx) => {
    const row = await tx.findOne(AccountToken, { hash: accountTokenHash(token) }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['user'] });
    if (!row || !purposes.includes(row.purpose)) return { refused: 'UNKNOWN' as const };
    const state = accountTokenState(row, clock.now());
    if (state !== 'USABLE') return { refused: state };
    const result = await work(tx, row);
    row.usedAt = clock.now();
    return { result, row };
  });
}

/** Looks a token up without using it (the console shows whose invitation it is before asking for a password). */
export async function peekAccountToken(em: EntityManager, token: string, purposes: AccountTokenPurpose[], clock: Clock) {
  const row = await em.findOne(AccountToken, { hash: accountTokenHash(token) }, { populate: ['user'] });
  if (!row || !purposes.includes(row.purpose)) return { refused: 'UNKNOWN' as const };
  const state = accountTokenState(row, clock.now());
  return state === 'USABLE' ? { row } : { refused: state };
}
