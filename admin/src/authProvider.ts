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
 *
 * A session that ends while the page is open (an administrator ended it, it reached SESSION_MAX_AGE_SECONDS, the
 * account was disabled) does not log the page out: react-admin would answer the save that found out as a success
 * and drop the form on the way to the login page (its data provider resolves a call that ended in a logout). The
 * page stays as it is, with what the user typed, every call fails as "not saved", and `sessionState().ended` asks
 * for the password again in place (common/SessionDialog.tsx); the save can then be repeated. docs/console.md,
 * "Sessions".
 */

export type Role = UserRole;

interface Session {
  token: string;
  expiresAt: string;
  sessionId?: string;
  /** When the session ends at the latest, however often it is renewed (SESSION_MAX_AGE_SECONDS after sign-in). */
  sessionExpiresAt?: string;
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

/** How long before the session's absolute end the console warns (common/SessionDialog.tsx). */
export const WARN_BEFORE_END_MS = 10 * 60_000;

let session: Session | null = null;
let renewal: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<Session | null> | null = null;
/** The gateway said there is no session to restore: do not ask again on every check until someone logs in. */
let noSession = false;

/** What the page knows of its session, for the sign-in dialog and the expiry warning. */
export interface SessionState {
  /** The session this page was signed in with has ended; the page waits for the password again. */
  ended: boolean;
  /** Who is (or, once ended, was) signed in on this page. */
  user: Session['user'] | null;
  /** The session's absolute end (ISO), when the gateway said. */
  endsAt: string | null;
  sessionId: string | null;
}

let state: SessionState = { ended: false, user: null, endsAt: null, sessionId: null };
const listeners = new Set<() => void>();

function publish(change: Partial<SessionState>) {
  state = { ...state, ...change };
  for (const listener of listeners) listener();
}

/** For React's useSyncExternalStore: the same object until something changes. */
export function sessionState(): SessionState {
  return state;
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The session in memory, if its access token has not expired. */
function current(): Session | null {
  return session && new Date(session.expiresAt).getTime() > Date.now() ? session : null;
}

function keep(next: Session | null): Session | null {
  session = next;
  clearTimeout(renewal);
  if (next) {
    // Renewed a minute before it expires, while anything (an open form) is on the page: no one is asked
    // for a password while their session lasts.
    // (Half-way through a token shorter than two minutes, so that it is not renewed in a loop.)
    const left = new Date(next.expiresAt).getTime() - Date.now();
    renewal = setTimeout(() => void refreshSession(), Math.max(5_000, left - RENEW_BEFORE_MS, left / 2));
    publish({ ended: false, user: next.user, endsAt: next.sessionExpiresAt ?? null, sessionId: next.sessionId ?? null });
  }
  return next;
}

/**
 * The session could not be renewed. A page that was signed in keeps everything and asks for the password in place;
 * a page that never was (a first visit, a reload without a session) goes to the login page as usual.
 */
function lost() {
  keep(null);
  if (state.user) publish({ ended: true });
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
    // The gateway unreachable, overloaded or limiting the rate: that says nothing about the session; keep what we
    // have until it answers again (the next request asks again).
    if (!response || response.status >= 500 || response.status === 429) return current();
    noSession = !response.ok;
    if (response.ok) return keep((await response.json()) as Session);
    lost();
    return null;
  }).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** The session, restored through the refresh cookie when this page has none yet (a reload, a new tab). */
async function ensureSession(): Promise<Session | null> {
  return current() ?? (noSession || state.ended ? null : await refreshSession());
}

/** The signed-in user; while an ended session waits for the password again, the one it belonged to (the page keeps its role). */
async function sessionUser(): Promise<Session['user'] | undefined> {
  return (await ensureSession())?.user ?? (state.ended ? (state.user ?? undefined) : undefined);
}

/** The header every GraphQL request carries (none while there is no session). */
export function authorizationHeader(): Record<string, string> {
  const live = current();
  return live ? { authorization: `Bearer ${live.token}` } : {};
}

/** The header with a token that will not expire in flight: renewed first when it is about to. */
export async function freshAuthorizationHeader(): Promise<Record<string, string>> {
  const live = current();
  if (state.ended) return {};
  if (!live || new Date(live.expiresAt).getTime() - Date.now() < 30_000) await refreshSession();
  return authorizationHeader();
}

/** A new access token now (after the API refused one): true when the session is still open. */
export async function renewAccess(): Promise<boolean> {
  if (state.ended) return false;
  keep(null);
  return (await refreshSession()) !== null;
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
    const previous = state.ended ? null : state.sessionId;
    keep(signedIn);
    // Signing in again before the old session's end (the expiry warning offers it): the old one is not left open.
    if (previous && signedIn.sessionId && previous !== signedIn.sessionId) {
      await fetch(`/auth/sessions/${encodeURIComponent(previous)}`, { method: 'DELETE', headers: { authorization: `Bearer ${signedIn.token}` } }).catch(() => null);
    }
  },
  async logout() {
    // An access token that expired while the page slept is renewed first, so the session itself is ended.
    const live = await ensureSession();
    keep(null);
    noSession = true;
    publish({ ended: false, user: null, endsAt: null, sessionId: null });
    if (live) await fetch(LOGOUT_URL, { method: 'POST', credentials: 'same-origin', headers: { ...CSRF_HEADERS, authorization: `Bearer ${live.token}` } }).catch(() => null);
  },
  async checkAuth() {
    if (await ensureSession()) return;
    // The page stays while its ended session waits for the password (SessionDialog): no redirect drops a form.
    if (state.ended) return;
    throw new Error('Please log in.');
  },
  async checkError(error: { status?: number; body?: { code?: string } }) {
    if (error?.status === 401 || error?.body?.code === 'UNAUTHENTICATED') {
      // An access token that just expired is renewed; a session that ended (signed out elsewhere, ended by an
      // administrator, account changed) cannot be. A page that was signed in then stays, the failed call is an
      // error where it was made (never a success), and the sign-in dialog opens over it.
      if (await renewAccess()) return;
      if (state.ended || state.user) return; // (state.user: the gateway could not renew just now; the next call asks again)
      throw new Error('Your session has ended: log in again.');
    }
    // FORBIDDEN (403) stays logged in: the page says what is not allowed.
  },
  async getIdentity() {
    const user = await sessionUser();
    if (!user) throw new Error('Please log in.');
    return { id: user.id, fullName: `${user.email} (${user.role.toLowerCase()}${user.manager ? ', manager' : ''})` };
  },
  /**
   * What the console offers (react-admin hides its create, edit and delete buttons and refuses those pages when
   * this says no): an administrator curates, an analyst reads. The API decides in the end either way.
   */
  async canAccess({ action, resource }: { action: string; resource?: string }) {
    const user = await sessionUser();
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
    const user = await sessionUser();
    if (!user) throw new Error('Please log in.');
    return { role: user.role, clientId: user.clientId, examinerId: user.examinerId, manager: user.manager === true };
  },
};
