import type { AuthProvider, UserIdentity } from 'ra-core';
import { CLAIMANT_DATA_ROLES, type UserRole } from '@imepanel/runtime/vocabulary';

/**
 * Authentication of the console against the gateway's sessions (docs/security.md, "Sessions and tokens"):
 *   POST /auth/login { email, password, refreshTokenIn: "cookie" } → { token, expiresAt, user } plus the refresh
 *   token in an HttpOnly cookie only the refresh path receives; POST /auth/refresh (cookie + CSRF header) → a new
 *   access token and the next cookie; POST /auth/logout (bearer) ends the session.
 * The access token lives only in this page's memory — never in localStorage, where any script of the origin
 * could read it — and `Authorization: Bearer <token>` goes on every GraphQL request. A reload restores the
 * session through the cookie; the token is renewed a minute before it expires, and again on demand.
 * When the account has TOTP on (or must, as administrators in production), the password answers
 * `{ mfaRequired, mfaToken }` instead: `login` throws SecondFactorRequired, and the login page asks for the code,
 * sent with `login({ mfaToken, code })` to POST /auth/login/totp (docs/security.md, "Two-factor authentication").
 * Roles: ADMIN, CLIENT, EXAMINER, ANALYST; a CLIENT `manager` also manages their organisation's users.
 */

export type Role = UserRole;

interface Session {
  token: string;
  expiresAt: string;
  user: { id: string; email: string; name?: string; role: Role; clientId: string | null; examinerId: string | null; manager?: boolean };
}

/**
 * Roles the console is for: administrators curate; analysts may look; client staff and examiners have their
 * workspaces (access.ts, docs/console.md "Workspaces"). Service identities are not people.
 */
const CONSOLE_ROLES: Role[] = ['ADMIN', 'ANALYST', 'CLIENT', 'EXAMINER'];

/** The password was right; the sign-in needs the TOTP code (and, with `enrolmentRequired`, an enrolment first). */
export class SecondFactorRequired extends Error {
  constructor(
    readonly mfaToken: string,
    readonly enrolmentRequired: boolean,
  ) {
    super(enrolmentRequired ? 'Set up two-factor authentication to sign in.' : 'Enter the code of your authenticator app.');
  }
}

/** The secret and otpauth URI to enrol during a sign-in that requires TOTP (POST /auth/login/totp/enrol). */
export async function signInEnrolment(mfaToken: string): Promise<{ secret: string; otpauthUri: string }> {
  const response = await fetch('/auth/login/totp/enrol', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ mfaToken }) });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body?.errors?.[0]?.message ?? 'This sign-in has expired: sign in again.');
  return body;
}

/** Roles allowed to see claimant identity and health data (docs/security.md): never analysts, who see aggregates. */
const PII_ROLES: readonly Role[] = CLAIMANT_DATA_ROLES;

/** react-admin's actions that only read. */
const READ_ACTIONS = ['list', 'show'];

const LOGIN_URL = '/auth/login';
const SECOND_STEP_URL = '/auth/login/totp';
const REFRESH_URL = '/auth/refresh';
const LOGOUT_URL = '/auth/logout';
/** The header the gateway requires with the refresh cookie (cross-site request protection). */
const CSRF_HEADERS = { 'x-requested-with': 'imepanel-console' };
/** Renew this long before the access token expires. */
const RENEW_BEFORE_MS = 60_000;

let session: Session | null = null;
let renewal: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<Session | null> | null = null;
/** The gateway said there is no session to restore: do not ask again on every check until someone logs in. */
let noSession = false;

/** The session in memory, if its access token has not expired. */
function current(): Session | null {
  return session && new Date(session.expiresAt).getTime() > Date.now() ? session : null;
}

function keep(next: Session | null): Session | null {
  session = next;
  clearTimeout(renewal);
  if (next) {
    const due = new Date(next.expiresAt).getTime() - Date.now() - RENEW_BEFORE_MS;
    renewal = setTimeout(() => void refreshSession(), Math.max(5_000, due));
  }
  return next;
}

/**
 * Runs `work` while no other tab of the console refreshes: tabs share the refresh cookie, which changes on every
 * use, and the gateway ends a session whose used refresh token comes back (it means the token was copied).
 */
function oneTabAtATime<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? (locks.request('imepanel-session-refresh', work) as Promise<T>) : work();
}

/** Gets a new access token through the refresh cookie (one request at a time); null when there is no session. */
function refreshSession(): Promise<Session | null> {
  refreshing ??= oneTabAtATime(async () => {
    const response = await fetch(REFRESH_URL, { method: 'POST', credentials: 'same-origin', headers: CSRF_HEADERS }).catch(() => null);
    if (!response) return current(); // the gateway is unreachable: keep what we have until it answers again
    noSession = !response.ok;
    return keep(response.ok ? ((await response.json()) as Session) : null);
  }).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** The session, restored through the refresh cookie when this page has none yet (a reload, a new tab). */
async function ensureSession(): Promise<Session | null> {
  return current() ?? (noSession ? null : await refreshSession());
}

/** The header every GraphQL request carries (none while there is no session). */
export function authorizationHeader(): Record<string, string> {
  const live = current();
  return live ? { authorization: `Bearer ${live.token}` } : {};
}

/** The header with a token that will not expire in flight: renewed first when it is about to. */
export async function freshAuthorizationHeader(): Promise<Record<string, string>> {
  const live = current();
  if (!live || new Date(live.expiresAt).getTime() - Date.now() < 30_000) await refreshSession();
  return authorizationHeader();
}

export function canSeeClaimantData(permissions: { role?: Role } | undefined): boolean {
  return Boolean(permissions?.role && PII_ROLES.includes(permissions.role));
}

export function canCurate(permissions: { role?: Role } | undefined): boolean {
  return permissions?.role === 'ADMIN';
}

/** Administrators manage every account; a CLIENT manager those of their organisation (docs/security.md). */
export function canManageAccounts(permissions: { role?: Role; manager?: boolean } | undefined): boolean {
  return permissions?.role === 'ADMIN' || (permissions?.role === 'CLIENT' && permissions.manager === true);
}

/** What an account manager may do on the Users page (no deleting: accounts are disabled, and stay audited). */
const ACCOUNT_ACTIONS = ['list', 'show', 'create', 'edit'];

export const authProvider: AuthProvider = {
  async login(params: { email: string; password: string } | { mfaToken: string; code: string }) {
    const secondStep = 'mfaToken' in params;
    const response = await fetch(secondStep ? SECOND_STEP_URL : LOGIN_URL, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(secondStep ? { mfaToken: params.mfaToken, code: params.code, refreshTokenIn: 'cookie' } : { email: params.email, password: params.password, refreshTokenIn: 'cookie' }),
    }).catch(() => null);
    if (!response) throw new Error('Cannot reach the gateway: check that the platform is running.');
    if (response.status === 404) throw new Error('This gateway has no local login: sign in through your organisation’s identity provider.');
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body?.error?.message ?? body?.message ?? body?.errors?.[0]?.message ?? 'Wrong email or password.');
    if (body?.mfaRequired) throw new SecondFactorRequired(body.mfaToken, Boolean(body.enrolmentRequired));
    const signedIn = body as Session;
    if (!CONSOLE_ROLES.includes(signedIn.user?.role)) {
      // Not for this console: end the session the gateway just opened rather than leave its cookie behind.
      await fetch(LOGOUT_URL, { method: 'POST', headers: { authorization: `Bearer ${signedIn.token}` } }).catch(() => null);
      throw new Error(`The console is for administrators, analysts, client staff and examiners; ${signedIn.user?.email ?? 'this account'} is ${signedIn.user?.role ?? 'unknown'}.`);
    }
    noSession = false;
    keep(signedIn);
  },
  async logout() {
    // An access token that expired while the page slept is renewed first, so the session itself is ended.
    const live = await ensureSession();
    keep(null);
    noSession = true;
    if (live) await fetch(LOGOUT_URL, { method: 'POST', credentials: 'same-origin', headers: { ...CSRF_HEADERS, authorization: `Bearer ${live.token}` } }).catch(() => null);
  },
  async checkAuth() {
    if (await ensureSession()) return;
    throw new Error('Please log in.');
  },
  async checkError(error: { status?: number; body?: { code?: string } }) {
    if (error?.status === 401 || error?.body?.code === 'UNAUTHENTICATED') {
      // An access token that just expired is renewed; a session that ended (signed out elsewhere, ended by an
      // administrator, account changed) cannot be, and the console asks to log in again.
      keep(null);
      if (await refreshSession()) return;
      throw new Error('Your session has ended: log in again.');
    }
    // FORBIDDEN (403) stays logged in: the page says what is not allowed.
  },
  async getIdentity() {
    const live = await ensureSession();
    if (!live) throw new Error('Please log in.');
    return { id: live.user.id, fullName: `${live.user.email} (${live.user.role.toLowerCase()}${live.user.manager ? ', manager' : ''})` };
  },
  /**
   * What the console offers (react-admin hides its create, edit and delete buttons and refuses those pages when
   * this says no): an administrator curates, an analyst reads. The API decides in the end either way.
   */
  async canAccess({ action, resource }: { action: string; resource?: string }) {
    const user = (await ensureSession())?.user;
    if (resource === 'users') return canManageAccounts(user) && ACCOUNT_ACTIONS.includes(action);
    return user?.role === 'ADMIN' || (user !== undefined && READ_ACTIONS.includes(action));
  },
  /**
   * Rejects without a session, as react-admin's contract has it (usePermissions then answers no permissions).
   * Resolving instead, instantly and with a fresh object, sends react-admin's logout-and-redirect into a loop on a
   * first visit: the store reset after each redirect re-runs this query, whose new answer re-renders the routes,
   * which log out and redirect again (thousands of times under load; see ra-core's useLogout and react-admin
   * issue #10764).
   */
  async getPermissions() {
    const live = await ensureSession();
    if (!live) throw new Error('Please log in.');
    return { role: live.user.role, clientId: live.user.clientId, examinerId: live.user.examinerId, manager: live.user.manager === true };
  },
};
