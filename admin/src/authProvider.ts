import type { AuthProvider, UserIdentity } from 'ra-core';

/**
 * Authentication of the console against the gateway's contract:
 *   POST /auth/login { email, password } → { token, expiresAt, user: { id, email, role, clientId, examinerId } }
 * and `Authorization: Bearer <token>` on every GraphQL request. Roles: ADMIN, CLIENT, EXAMINER, ANALYST.
 */

export type Role = 'ADMIN' | 'CLIENT' | 'EXAMINER' | 'ANALYST';

interface Session {
  token: string;
  expiresAt: string;
  user: { id: string; email: string; role: Role; clientId: string | null; examinerId: string | null };
}

/** Roles the console is for: administrators curate; analysts may look. Clients and examiners have their own apps. */
const CONSOLE_ROLES: Role[] = ['ADMIN', 'ANALYST'];

/** Roles allowed to see claimant identity and health data (docs/security.md): never analysts, who see aggregates. */
const PII_ROLES: Role[] = ['ADMIN', 'CLIENT', 'EXAMINER'];

/** react-admin's actions that only read. */
const READ_ACTIONS = ['list', 'show'];

const STORAGE_KEY = 'imepanel.session';
const LOGIN_URL = '/auth/login';

function readSession(): Session | null {
  try {
    const session = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Session | null;
    if (session && new Date(session.expiresAt).getTime() > Date.now()) return session;
  } catch {
    // a corrupt entry is no session
  }
  localStorage.removeItem(STORAGE_KEY);
  return null;
}

/** The header every GraphQL request carries (none while there is no session). */
export function authorizationHeader(): Record<string, string> {
  const session = readSession();
  return session ? { authorization: `Bearer ${session.token}` } : {};
}

export function canSeeClaimantData(permissions: { role?: Role } | undefined): boolean {
  return Boolean(permissions?.role && PII_ROLES.includes(permissions.role));
}

export function canCurate(permissions: { role?: Role } | undefined): boolean {
  return permissions?.role === 'ADMIN';
}

export const authProvider: AuthProvider = {
  async login({ email, password }: { email: string; password: string }) {
    const response = await fetch(LOGIN_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    }).catch(() => null);
    if (!response) throw new Error('Cannot reach the gateway: check that the platform is running.');
    if (response.status === 404) throw new Error('This gateway has no local login: sign in through your organisation’s identity provider.');
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body?.error?.message ?? body?.message ?? body?.errors?.[0]?.message ?? 'Wrong email or password.');
    const session = body as Session;
    if (!CONSOLE_ROLES.includes(session.user?.role)) {
      throw new Error(`The admin console is for administrators and analysts; ${session.user?.email ?? 'this account'} is ${session.user?.role ?? 'unknown'}.`);
    }
    localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  },
  async logout() {
    localStorage.removeItem(STORAGE_KEY);
  },
  async checkAuth() {
    if (readSession()) return;
    throw new Error('Please log in.');
  },
  async checkError(error: { status?: number; body?: { code?: string } }) {
    if (error?.status === 401 || error?.body?.code === 'UNAUTHENTICATED') {
      localStorage.removeItem(STORAGE_KEY);
      throw new Error('Your session has ended: log in again.');
    }
    // FORBIDDEN (403) stays logged in: the page says what is not allowed.
  },
  async getIdentity() {
    const session = readSession();
    if (!session) throw new Error('Please log in.');
    return { id: session.user.id, fullName: `${session.user.email} (${session.user.role.toLowerCase()})` };
  },
  /**
   * What the console offers (react-admin hides its create, edit and delete buttons and refuses those pages when
   * this says no): an administrator curates, an analyst reads. The API decides in the end either way.
   */
  async canAccess({ action }: { action: string }) {
    const role = readSession()?.user.role;
    return role === 'ADMIN' || (role === 'ANALYST' && READ_ACTIONS.includes(action));
  },
  /**
   * Rejects without a session, as react-admin's contract has it (usePermissions then answers no permissions).
   * Resolving instead, instantly and with a fresh object, sends react-admin's logout-and-redirect into a loop on a
   * first visit: the store reset after each redirect re-runs this query, whose new answer re-renders the routes,
   * which log out and redirect again (thousands of times under load; see ra-core's useLogout and react-admin
   * issue #10764).
   */
  async getPermissions() {
    const session = readSession();
    if (!session) throw new Error('Please log in.');
    return { role: session.user.role, clientId: session.user.clientId, examinerId: session.user.examinerId };
  },
};
