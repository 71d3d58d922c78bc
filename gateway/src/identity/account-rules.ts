import type { UserRole } from '@imepanel/runtime';

/**
 * Who may manage which accounts (docs/security.md, "Accounts and invitations"). Plain rules, no ORM: the
 * routes of accounts.ts load the acting account and the target, ask here, and answer 403 FORBIDDEN with the
 * refusal's rule and message.
 *
 * - An ADMIN manages every account.
 * - A CLIENT user marked `manager` manages the CLIENT users of their own organisation (same clientId): lists,
 *   invites, disables, enables, renames and resets their passwords. Never another organisation, never another
 *   role, never an administrator's concerns (role changes, two-factor resets, sessions).
 * - Nobody else manages accounts.
 */
export interface AccountManager {
  id: string;
  role: UserRole;
  clientId: string | null;
  /** The CLIENT user is their organisation's manager (read from the database, not from the token). */
  manager: boolean;
}

export interface ManagedAccount {
  role: UserRole;
  clientId: string | null;
}

export interface AccountRefusal {
  rule: 'ADMIN_ONLY' | 'ADMIN_CREATES_ADMIN' | 'MANAGER_OWN_ORGANISATION' | 'MANAGER_CLIENT_ROLE_ONLY';
  message: string;
}

export type AccountAction = 'list' | 'view' | 'create' | 'update' | 'disable' | 'resetPassword' | 'changeRole' | 'resetTwoFactor' | 'endSessions';

/** The actions an organisation manager may take on the accounts of their organisation. */
const MANAGER_ACTIONS: ReadonlySet<AccountAction> = new Set(['list', 'view', 'create', 'update', 'disable', 'resetPassword']);

export const isOrganisationManager = (actor: AccountManager) => actor.role === 'CLIENT' && actor.manager && actor.clientId !== null;

/** Whether the actor may manage accounts at all (the Users page): null, or why not. */
export function mayManageAccounts(actor: AccountManager): AccountRefusal | null {
  if (actor.role === 'ADMIN' || isOrganisationManager(actor)) return null;
  return { rule: 'ADMIN_ONLY', message: `${/^[AEIOU]/.test(actor.role) ? 'An' : 'A'} ${actor.role}${actor.role === 'CLIENT' ? ' who is not their organisation\u2019s manager' : ''} may not manage accounts; allowed: ADMIN, or a CLIENT manager for their own organisation` };
}

/**
 * Whether the actor may take `action` on `target` (for `create`, the account as it would be; for `update`, both
 * as it is and as it would be: call once for each). Null when allowed.
 */
export function accountActionRefusal(actor: AccountManager, action: AccountAction, target: ManagedAccount): AccountRefusal | null {
  if (actor.role === 'ADMIN') return null;
  if (target.role === 'ADMIN' && action === 'create') {
    return { rule: 'ADMIN_CREATES_ADMIN', message: 'Only an ADMIN may create an ADMIN account' };
  }
  const general = mayManageAccounts(actor);
  if (general) return general;
  if (!MANAGER_ACTIONS.has(action)) return { rule: 'ADMIN_ONLY', message: `Only an ADMIN may ${ACTION_WORDS[action]}` };
  if (target.role !== 'CLIENT') {
    return { rule: 'MANAGER_CLIENT_ROLE_ONLY', message: `An organisation manager manages CLIENT accounts only, not ${target.role} ones` };
  }
  if (target.clientId !== actor.clientId) {
    return { rule: 'MANAGER_OWN_ORGANISATION', message: 'An organisation manager manages the accounts of their own organisation only' };
  }
  return null;
}

const ACTION_WORDS: Record<AccountAction, string> = {
  list: 'list accounts',
  view: 'view an account',
  create: 'create an account',
  update: 'change an account',
  disable: 'disable an account',
  resetPassword: 'reset a password',
  changeRole: "change an account's role or binding",
  resetTwoFactor: "reset an account's two-factor authentication",
  endSessions: "end an account's sessions",
};
