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

/**
 * TEMPORARY — the one place the console may run without logging in. Authentication is being added to the gateway
 * separately; until it is, POST /auth/login answers 404 and the console treats itself as open (acting as ADMIN).
 * Once the endpoint exists every visit requires a login, whatever this says; set it to false when authentication
 * has landed, so that a gateway missing the endpoint can never mean an open console.
 */
const OPEN_WHILE_GATEWAY_HAS_NO_LOGIN = true;

/** Roles the console is for: administrators curate; analysts may look. Clients and examiners have their own apps. */
const CONSOLE_ROLES: Role[] = ['ADMIN', 'ANALYST'];

/** Roles allowed to see claimant identity and health data (DESIGN.md §6): never analysts, who see aggregates. */
const PII_ROLES: Role[] = ['ADMIN', 'CLIENT', 'EXAMINER'];

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

let loginEndpoint: Promise<boolean> | undefined;

/**
 * Whether the gateway has a login endpoint: an empty login attempt answers 400/401 where it does and 404 where it
 * does not (asked once per page load).
 */
function gatewayHasLogin(): Promise<boolean> {
  loginEndpoint ??= fetch(LOGIN_URL, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    .then((response) => response.status !== 404)
    .catch(() => true);
  return loginEndpoint;
}

async function consoleIsOpen(): Promise<boolean> {
  return OPEN_WHILE_GATEWAY_HAS_NO_LOGIN && !(await gatewayHasLogin());
}

const OPEN_IDENTITY: UserIdentity = { id: 'open-console', fullName: 'Administrator (no login yet)' };

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
    if (response.status === 404) throw new Error('This gateway has no login yet: the console is open, reload the page.');
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
    if (readSession() || (await consoleIsOpen())) return;
    throw new Error('Please log in.');
  },
  async checkError(error: { status?: number; body?: { code?: string } }) {
    if (error?.status === 401 || error?.body?.code === 'UNAUTHENTICATED') {
      localStorage.removeItem(STORAGE_KEY);
      if (!(await consoleIsOpen())) throw new Error('Your session has ended: log in again.');
    }
    // FORBIDDEN (403) stays logged in: the page says what is not allowed.
  },
  async getIdentity() {
    const session = readSession();
    if (session) return { id: session.user.id, fullName: `${session.user.email} (${session.user.role.toLowerCase()})` };
    return OPEN_IDENTITY;
  },
  async getPermissions() {
    const session = readSession();
    if (session) return { role: session.user.role, clientId: session.user.clientId, examinerId: session.user.examinerId };
    return (await consoleIsOpen()) ? { role: 'ADMIN' as Role } : {};
  },
};
