import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh authProvider module (a page load: nothing in memory). */
async function load() {
  vi.resetModules();
  return import('./authProvider');
}

const storage = new Map<string, string>();
const session = (role: string, expiresAt = new Date(Date.now() + 300_000).toISOString(), token = 'jwt-token') => ({
  token,
  expiresAt,
  user: { id: 'u1', email: 'admin@example.org', role, clientId: null, examinerId: null },
});

beforeEach(() => {
  storage.clear();
  // Anything the console wrote to local storage would be readable by every script of the origin.
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
    removeItem: (k: string) => void storage.delete(k),
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

type Answer = { status: number; body?: unknown };
/** The gateway's /auth endpoints; refresh answers from `refresh` (no session by default). */
function gateway(login: (body: any) => Answer, refresh: () => Answer = () => ({ status: 401 }), logout: () => Answer = () => ({ status: 204 })) {
  const fetch = vi.fn(async (url: string, init: { body?: string; headers?: Record<string, string> }) => {
    const answer = url === '/auth/login' ? login(JSON.parse(init.body!)) : url === '/auth/refresh' ? refresh() : logout();
    return { status: answer.status, ok: answer.status < 400, json: async () => answer.body ?? {} };
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('authProvider', () => {
  it('a visit without a session must log in', async () => {
    const fetch = gateway(() => ({ status: 400, body: { message: 'email is required' } }));
    const { authProvider } = await load();
    await expect(authProvider.checkAuth({})).rejects.toThrow(/log in/);
    // No session, no permissions: a rejection, as react-admin expects (an instant {} made its redirect loop).
    await expect(authProvider.getPermissions!({})).rejects.toThrow(/log in/);
    // It asked once whether the refresh cookie restores a session, with the CSRF header, and no more.
    expect(fetch.mock.calls.filter(([url]) => url === '/auth/refresh')).toEqual([
      ['/auth/refresh', expect.objectContaining({ method: 'POST', credentials: 'same-origin', headers: { 'x-requested-with': 'imepanel-console' } })],
    ]);
  });

  it('logs in against POST /auth/login, then sends the bearer token and the role’s permissions, keeping nothing in localStorage', async () => {
    const fetch = gateway((body) => (body.email ? { status: 200, body: session('ADMIN') } : { status: 400 }));
    const { authProvider, authorizationHeader } = await load();
    await authProvider.login({ email: 'admin@example.org', password: 'secret' });
    expect(fetch).toHaveBeenCalledWith(
      '/auth/login',
      expect.objectContaining({ method: 'POST', body: JSON.stringify({ email: 'admin@example.org', password: 'secret', refreshTokenIn: 'cookie' }) }),
    );
    await expect(authProvider.checkAuth({})).resolves.toBeUndefined();
    expect(authorizationHeader()).toEqual({ authorization: 'Bearer jwt-token' });
    expect(await authProvider.getPermissions!({})).toMatchObject({ role: 'ADMIN' });
    expect(storage.size).toBe(0);
  });

  it('refuses wrong passwords with the gateway’s message, and roles the console is not for (ending their session)', async () => {
    const fetch = gateway((body) => (body.password === 'right' ? { status: 200, body: session('SERVICE') } : { status: 401, body: { message: 'Wrong email or password' } }));
    const { authProvider, authorizationHeader } = await load();
    await expect(authProvider.login({ email: 'a@example.org', password: 'wrong' })).rejects.toThrow('Wrong email or password');
    await expect(authProvider.login({ email: 'a@example.org', password: 'right' })).rejects.toThrow(/administrators, analysts, client staff and examiners/);
    expect(fetch).toHaveBeenCalledWith('/auth/logout', expect.objectContaining({ headers: { authorization: 'Bearer jwt-token' } }));
    expect(authorizationHeader()).toEqual({});
    expect(storage.size).toBe(0);
  });

  it('lets client staff and examiners in, to their workspaces', async () => {
    for (const role of ['CLIENT', 'EXAMINER']) {
      gateway(() => ({ status: 200, body: session(role) }));
      const { authProvider, authorizationHeader } = await load();
      await authProvider.login({ email: 'a@example.org', password: 'right' });
      expect(authorizationHeader()).toEqual({ authorization: 'Bearer jwt-token' });
      expect(await authProvider.getPermissions!({})).toMatchObject({ role });
    }
  });

  it('restores a session on page load through the refresh cookie; an analyst may look but not see claimant data', async () => {
    gateway(() => ({ status: 400 }), () => ({ status: 200, body: session('ANALYST') }));
    const { authProvider, canSeeClaimantData } = await load();
    expect(canSeeClaimantData(await authProvider.getPermissions!({}))).toBe(false);
    expect(await authProvider.canAccess!({ action: 'list', resource: 'examiners' })).toBe(true);
    expect(await authProvider.canAccess!({ action: 'show', resource: 'cases' })).toBe(true);
    for (const action of ['create', 'edit', 'delete']) expect(await authProvider.canAccess!({ action, resource: 'credentials' })).toBe(false);
  });

  it('an expired access token is renewed before use; a session that cannot be renewed is no session', async () => {
    let refreshes: Answer[] = [{ status: 200, body: session('ADMIN', new Date(Date.now() - 1000).toISOString(), 'expired') }, { status: 200, body: session('ADMIN', undefined, 'renewed') }];
    gateway(() => ({ status: 400 }), () => refreshes.shift() ?? { status: 401 });
    const { authProvider, authorizationHeader, freshAuthorizationHeader } = await load();
    await authProvider.checkAuth({}); // restored, but with a token that has already expired
    expect(authorizationHeader()).toEqual({});
    expect(await freshAuthorizationHeader()).toEqual({ authorization: 'Bearer renewed' });
    expect(await authProvider.canAccess!({ action: 'delete', resource: 'credentials' })).toBe(true);
    refreshes = [];
    const { authProvider: reloaded, authorizationHeader: header } = await load();
    expect(header()).toEqual({});
    await expect(reloaded.checkAuth({})).rejects.toThrow();
  });

  it('a 401 from the API is renewed; a session that ended keeps the page and waits for the password again, in place', async () => {
    let refresh: Answer = { status: 200, body: { ...session('ADMIN'), sessionId: 's1', sessionExpiresAt: '2030-01-01T12:00:00.000Z' } };
    const fetch = gateway((body) => ({ status: 200, body: { ...session('ADMIN', undefined, `again-${body.email}`), sessionId: 's2' } }), () => refresh);
    const { authProvider, authorizationHeader, sessionState, subscribeToSession } = await load();
    await authProvider.checkAuth({});
    expect(sessionState()).toMatchObject({ ended: false, endsAt: '2030-01-01T12:00:00.000Z', user: { id: 'u1' } });
    await expect(authProvider.checkError({ status: 401 })).resolves.toBeUndefined();
    const changes = vi.fn();
    subscribeToSession(changes);
    refresh = { status: 401 };
    // Not a logout (react-admin would answer the failed save as a success and leave the page): the call fails where
    // it was made, the page keeps its user and role, and the session is marked ended.
    await expect(authProvider.checkError({ status: 401 })).resolves.toBeUndefined();
    expect(sessionState()).toMatchObject({ ended: true, user: { id: 'u1', role: 'ADMIN' } });
    expect(changes).toHaveBeenCalled();
    expect(authorizationHeader()).toEqual({});
    await expect(authProvider.checkAuth({})).resolves.toBeUndefined();
    expect(await authProvider.getPermissions!({})).toMatchObject({ role: 'ADMIN' });
    const refreshesSoFar = fetch.mock.calls.filter(([url]) => url === '/auth/refresh').length;
    await authProvider.checkAuth({});
    expect(fetch.mock.calls.filter(([url]) => url === '/auth/refresh').length).toBe(refreshesSoFar); // no asking again while ended
    // Signing in again (the dialog) opens a new session on the same page.
    await authProvider.login({ email: 'admin@example.org', password: 'secret' });
    expect(sessionState()).toMatchObject({ ended: false, sessionId: 's2' });
    expect(authorizationHeader()).toEqual({ authorization: 'Bearer again-admin@example.org' });
    await expect(authProvider.checkError({ status: 403 })).resolves.toBeUndefined();
    expect(storage.size).toBe(0);
  });

  it('a gateway that is overloaded or limiting the rate while renewing ends nothing', async () => {
    let refresh: Answer = { status: 200, body: session('ADMIN') };
    gateway(() => ({ status: 400 }), () => refresh);
    const { authProvider, authorizationHeader, renewAccess, sessionState } = await load();
    await authProvider.checkAuth({});
    for (const status of [503, 429]) {
      refresh = { status };
      expect(await renewAccess()).toBe(false);
      expect(sessionState().ended).toBe(false);
    }
    refresh = { status: 200, body: session('ADMIN', undefined, 'later') };
    expect(await renewAccess()).toBe(true);
    expect(authorizationHeader()).toEqual({ authorization: 'Bearer later' });
  });

  it('a page that was never signed in goes to the login page on a 401', async () => {
    gateway(() => ({ status: 400 }));
    const { authProvider, sessionState } = await load();
    await expect(authProvider.checkError({ status: 401 })).rejects.toThrow(/log in again/);
    expect(sessionState().ended).toBe(false);
  });

  it('signs out through POST /auth/logout with the session’s token', async () => {
    const fetch = gateway((body) => (body.email ? { status: 200, body: session('ADMIN') } : { status: 400 }));
    const { authProvider, authorizationHeader } = await load();
    await authProvider.login({ email: 'admin@example.org', password: 'secret' });
    await authProvider.logout({});
    expect(fetch).toHaveBeenCalledWith('/auth/logout', expect.objectContaining({ method: 'POST', headers: expect.objectContaining({ authorization: 'Bearer jwt-token' }) }));
    expect(authorizationHeader()).toEqual({});
    await expect(authProvider.checkAuth({})).rejects.toThrow();
  });

  it('asks for the TOTP code when the password answers a second step, and signs in with it', async () => {
    const fetch = vi.fn(async (url: string, init: { body?: string }) => {
      const body = JSON.parse(init.body ?? '{}');
      const answer =
        url === '/auth/login'
          ? { status: 200, body: { mfaRequired: true, enrolmentRequired: false, mfaToken: 'challenge', mfaExpiresAt: new Date(Date.now() + 300_000).toISOString() } }
          : url === '/auth/login/totp'
            ? body.code === '123456' && body.mfaToken === 'challenge'
              ? { status: 200, body: session('ADMIN') }
              : { status: 401, body: { errors: [{ message: 'Wrong or already used code', extensions: { code: 'UNAUTHENTICATED' } }] } }
            : { status: 401 };
      return { status: answer.status, ok: answer.status < 400, json: async () => answer.body ?? {} };
    });
    vi.stubGlobal('fetch', fetch);
    const { authProvider, authorizationHeader, SecondFactorRequired } = await load();
    const first = await authProvider.login({ email: 'admin@example.org', password: 'secret' }).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(SecondFactorRequired);
    expect(first).toMatchObject({ mfaToken: 'challenge', enrolmentRequired: false });
    expect(authorizationHeader()).toEqual({});
    await expect(authProvider.login({ mfaToken: 'challenge', code: '000000' })).rejects.toThrow('Wrong or already used code');
    await authProvider.login({ mfaToken: 'challenge', code: '123456' });
    expect(fetch).toHaveBeenLastCalledWith('/auth/login/totp', expect.objectContaining({ body: JSON.stringify({ mfaToken: 'challenge', code: '123456', refreshTokenIn: 'cookie' }) }));
    expect(authorizationHeader()).toEqual({ authorization: 'Bearer jwt-token' });
  });

  it('offers the Users page to administrators and to CLIENT managers, not to other users', async () => {
    const as = async (role: string, manager = false) => {
      gateway(() => ({ status: 400 }), () => ({ status: 200, body: { ...session(role), user: { ...session(role).user, manager } } }));
      return (await load()).authProvider;
    };
    const admin = await as('ADMIN');
    for (const action of ['list', 'show', 'create', 'edit']) expect(await admin.canAccess!({ action, resource: 'users' })).toBe(true);
    const manager = await as('CLIENT', true);
    expect(await manager.getPermissions!({})).toMatchObject({ role: 'CLIENT', manager: true });
    expect(await manager.canAccess!({ action: 'create', resource: 'users' })).toBe(true);
    expect(await manager.canAccess!({ action: 'delete', resource: 'users' })).toBe(false);
    expect(await manager.canAccess!({ action: 'create', resource: 'examiners' })).toBe(false);
    for (const [role, isManager] of [['CLIENT', false], ['ANALYST', false], ['EXAMINER', false]] as const) {
      expect(await (await as(role, isManager)).canAccess!({ action: 'list', resource: 'users' })).toBe(false);
    }
  });
});
