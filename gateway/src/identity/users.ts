import type { EntityManager } from '@mikro-orm/postgresql';
import { UUID_PATTERN, USER_ROLES, isUserRole, type FieldError, type MessageLanguage, type UserRole } from '@imepanel/runtime';
import { hashPassword } from './passwords';
import { endUserSessions, type RevocationSharing } from './sessions';
import { UserAccount } from './user-account';

export interface NewUser {
  email: string;
  displayName: string;
  password: string;
  role: UserRole;
  clientId?: string | null;
  examinerId?: string | null;
  /** A CLIENT user who manages their organisation's accounts. */
  manager?: boolean;
  /** The language of the account's e-mails; English unless given. */
  language?: MessageLanguage;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const UUID = UUID_PATTERN;

/** What is wrong with a role and its binding: a CLIENT names its client, an EXAMINER its examiner, nobody else either. */
export function bindingProblems(role: unknown, clientId: unknown, examinerId: unknown): FieldError[] {
  if (!isUserRole(role)) return [{ field: 'role', message: `role must be one of ${USER_ROLES.join(', ')}` }];
  const problems: FieldError[] = [];
  if (role === 'CLIENT' && !(typeof clientId === 'string' && UUID.test(clientId))) problems.push({ field: 'clientId', message: 'A CLIENT user must be bound to a client (clientId, a UUID)' });
  if (role !== 'CLIENT' && clientId) problems.push({ field: 'clientId', message: `A ${role} user is bound to no client` });
  if (role === 'EXAMINER' && !(typeof examinerId === 'string' && UUID.test(examinerId))) problems.push({ field: 'examinerId', message: 'An EXAMINER user must be bound to an examiner (examinerId, a UUID)' });
  if (role !== 'EXAMINER' && examinerId) problems.push({ field: 'examinerId', message: `A ${role} user is bound to no examiner` });
  return problems;
}

/**
 * Creates a user, or (with `replace`) resets the password and binding of an existing one. A CLIENT must name
 * its client, an EXAMINER its examiner, and nobody else either. Replacing ends the user's sessions (a new
 * password, role or binding must not leave old tokens working); pass `share` to end them at once everywhere.
 */
export async function saveUser(em: EntityManager, user: NewUser, options: { replace?: boolean; share?: RevocationSharing } = {}): Promise<UserAccount> {
  if (user.role === 'CLIENT' && !user.clientId) throw new RangeError('A CLIENT user must be bound to a client (clientId)');
  if (user.role === 'EXAMINER' && !user.examinerId) throw new RangeError('An EXAMINER user must be bound to an examiner (examinerId)');
  const email = normaliseEmail(user.email);
  const existing = await em.findOne(UserAccount, { email });
  if (existing && !options.replace) return existing;
  const account = existing ?? em.create(UserAccount, { email, displayName: user.displayName, passwordHash: '', role: user.role });
  Object.assign(account, {
    displayName: user.displayName,
    passwordHash: await hashPassword(user.password, { email, name: user.displayName }),
    role: user.role,
    clientId: user.role === 'CLIENT' ? user.clientId : null,
    examinerId: user.role === 'EXAMINER' ? user.examinerId : null,
    manager: user.role === 'CLIENT' && user.manager === true,
    language: user.language ?? account.language,
    active: true,
  });
  await em.persist(account).flush();
  if (existing) await endUserSessions(em, account, 'ACCOUNT_CHANGED', options.share);
  return account;
}

/**
 * A change an administrator (or an organisation manager, within account-rules.ts) makes to an account: enable
 * or disable it, rename it, give it another e-mail address, role, binding or language, or make a CLIENT user
 * their organisation's manager.
 */
export interface UserChange {
  active?: boolean;
  displayName?: string;
  email?: string;
  role?: UserRole;
  clientId?: string | null;
  examinerId?: string | null;
  manager?: boolean;
  language?: MessageLanguage;
}

/** What ends the user's sessions when it changes: what their access tokens carry, or whether they may sign in. */
const SESSION_ENDING: ReadonlySet<keyof UserChange> = new Set(['role', 'clientId', 'examinerId']);

/**
 * Applies a change to an account. Disabling it, or changing its role or binding, ends all its sessions at once
 * (docs/security.md, "Sessions and tokens"): its access tokens carry the old role, so none may outlive the
 * change. Answers the account, what changed and the sessions ended; null when there is no such account.
 */
export async function updateUser(
  em: EntityManager,
  id: string,
  change: UserChange,
  share?: RevocationSharing,
): Promise<{ user: UserAccount; changed: (keyof UserChange)[]; sessionsEnded: number; sharedAtOnce: boolean } | null> {
  const user = await em.findOne(UserAccount, { id });
  if (!user) return null;
  const role = change.role ?? user.role;
  const next = {
    active: change.active ?? user.active,
    displayName: change.displayName ?? user.displayName,
    email: change.email !== undefined ? normaliseEmail(change.email) : user.email,
    role,
    // A new role drops a binding it cannot have, unless the change names one.
    clientId: change.clientId !== undefined ? change.clientId : role === 'CLIENT' ? user.clientId : null,
    examinerId: change.examinerId !== undefined ? change.examinerId : role === 'EXAMINER' ? user.examinerId : null,
    // Only a CLIENT user manages an organisation.
    manager: role === 'CLIENT' ? (change.manager ?? user.manager) : false,
    language: change.language ?? user.language,
  };
  const problems = bindingProblems(next.role, next.clientId, next.examinerId);
  if (change.manager && next.role !== 'CLIENT') problems.push({ field: 'manager', message: 'Only a CLIENT user can be their organisation\u2019s manager' });
  if (problems.length) throw new BindingError(problems);
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => next[key] !== user[key]);
  if (changed.length === 0) return { user, changed, sessionsEnded: 0, sharedAtOnce: true };
  Object.assign(user, next);
  await em.flush();
  const disabled = changed.includes('active') && !next.active;
  // Enabling an account, renaming it, naming a manager or another language ends nothing: what its tokens carry is unchanged.
  if (!disabled && !changed.some((key) => SESSION_ENDING.has(key))) return { user, changed, sessionsEnded: 0, sharedAtOnce: true };
  return { user, changed, ...(await endUserSessions(em, user, disabled ? 'ACCOUNT_DISABLED' : 'ACCOUNT_CHANGED', share)) };
}

/** A role or binding an account cannot have, naming the fields. */
export class BindingError extends RangeError {
  constructor(readonly fields: FieldError[]) {
    super(fields.map((f) => f.message).join('; '));
  }
}
