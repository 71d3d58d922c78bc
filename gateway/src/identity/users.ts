import type { EntityManager } from '@mikro-orm/postgresql';
import type { UserRole } from '@imepanel/runtime';
import { hashPassword } from './passwords';
import { UserAccount } from './user-account';

export interface NewUser {
  email: string;
  displayName: string;
  password: string;
  role: UserRole;
  clientId?: string | null;
  examinerId?: string | null;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Creates a user, or (with `replace`) resets the password and binding of an existing one. A CLIENT must name
 * its client, an EXAMINER its examiner, and nobody else either.
 */
export async function saveUser(em: EntityManager, user: NewUser, options: { replace?: boolean } = {}): Promise<UserAccount> {
  if (user.role === 'CLIENT' && !user.clientId) throw new RangeError('A CLIENT user must be bound to a client (clientId)');
  if (user.role === 'EXAMINER' && !user.examinerId) throw new RangeError('An EXAMINER user must be bound to an examiner (examinerId)');
  const email = normaliseEmail(user.email);
  const existing = await em.findOne(UserAccount, { email });
  if (existing && !options.replace) return existing;
  const account = existing ?? em.create(UserAccount, { email, displayName: user.displayName, passwordHash: '', role: user.role });
  Object.assign(account, {
    displayName: user.displayName,
    passwordHash: await hashPassword(user.password),
    role: user.role,
    clientId: user.role === 'CLIENT' ? user.clientId : null,
    examinerId: user.role === 'EXAMINER' ? user.examinerId : null,
    active: true,
  });
  await em.persist(account).flush();
  return account;
}
