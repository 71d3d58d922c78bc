import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh authProvider module. */
async function load() {
  vi.resetModules();
  return import('./authProvider');
}

const storage = new Map<string, string>();
const session = (role: string, expiresAt = new Date(Date.now() + 3600_000).toISOString()) => ({
  token: 'jwt-token',
  expiresAt,
  user: { id: 'u1', email: 'admin@example.org', role, clientId: null, examinerId: null },
});

beforeEach(() => {
  storage.clear();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
    removeItem: (k: string) => void storage.delete(k),
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function gateway(login: (body: any) => { status: number; body?: unknown }) {
  const fetch = vi.fn(async (_url: string, init: { body: string }) => {
    const answer = login(JSON.parse(init.body));
    return { status: answer.status, ok: answer.status < 400, json: async () => answer.body ?? {} };
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('authProvider', () => {
  it('a visit without a session must log in', async () => {
    gateway(() => ({ status: 400, body: { message: 'email is required' } }));
    const { authProvider } = await load();
    await expect(authProvider.checkAuth({})).rejects.toThrow(/log in/);
    // No session, no permissions: a rejection, as react-admin expects (an instant {} made its redirect loop).
    await expect(authProvider.getPermissions!({})).rejects.toThrow(/log in/);
  });

  it('logs in against POST /auth/login, then sends the bearer token and the role’s permissions', async () => {
    const fetch = gateway((body) => (body.email ? { status: 200, body: session('ADMIN') } : { status: 400 }));
    const { authProvider, authorizationHeader } = await load();
    await authProvider.login({ email: 'admin@example.org', password: 'secret' });
    expect(fetch).toHaveBeenCalledWith('/auth/login', expect.objectContaining({ method: 'POST', body: JSON.stringify({ email: 'admin@example.org', password: 'secret' }) }));
    await expect(authProvider.checkAuth({})).resolves.toBeUndefined();
    expect(authorizationHeader()).toEqual({ authorization: 'Bearer jwt-token' });
    expect(await authProvider.getPermissions!({})).toMatchObject({ role: 'ADMIN' });
  });

  it('refuses wrong passwords with the gateway’s message, and roles the console is not for', async () => {
    gateway((body) => (body.password === 'right' ? { status: 200, body: session('CLIENT') } : { status: 401, body: { message: 'Wrong email or password' } }));
    const { authProvider } = await load();
    await expect(authProvider.login({ email: 'a@example.org', password: 'wrong' })).rejects.toThrow('Wrong email or password');
    await expect(authProvider.login({ email: 'a@example.org', password: 'right' })).rejects.toThrow(/administrators and analysts/);
    expect(storage.size).toBe(0);
  });

  it('an analyst may look but not see claimant data; an expired session is no session', async () => {
    gateway(() => ({ status: 400 }));
    const { authProvider, canSeeClaimantData, authorizationHeader } = await load();
    storage.set('imepanel.session', JSON.stringify(session('ANALYST')));
    expect(canSeeClaimantData(await authProvider.getPermissions!({}))).toBe(false);
    expect(await authProvider.canAccess!({ action: 'list', resource: 'examiners' })).toBe(true);
    expect(await authProvider.canAccess!({ action: 'show', resource: 'cases' })).toBe(true);
    for (const action of ['create', 'edit', 'delete']) expect(await authProvider.canAccess!({ action, resource: 'credentials' })).toBe(false);
    storage.set('imepanel.session', JSON.stringify(session('ADMIN')));
    expect(await authProvider.canAccess!({ action: 'delete', resource: 'credentials' })).toBe(true);
    storage.set('imepanel.session', JSON.stringify(session('ADMIN', new Date(Date.now() - 1000).toISOString())));
    expect(authorizationHeader()).toEqual({});
    await expect(authProvider.checkAuth({})).rejects.toThrow();
  });

  it('a 401 from the API ends the session', async () => {
    gateway(() => ({ status: 400 }));
    const { authProvider } = await load();
    storage.set('imepanel.session', JSON.stringify(session('ADMIN')));
    await expect(authProvider.checkError({ status: 401 })).rejects.toThrow(/log in again/);
    expect(storage.size).toBe(0);
    await expect(authProvider.checkError({ status: 403 })).resolves.toBeUndefined();
  });
});
