import { afterEach, describe, expect, it, vi } from 'vitest';
import { withUsers } from './users';

/**
 * The gateway's account API as a stub answering each call with `answer(url, init)` (no session to refresh: the
 * authProvider's refresh gets a 401); answers the recorded calls to the account API.
 */
function gateway(answer: (url: string, init: RequestInit) => { status: number; body: unknown }) {
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    const { status, body } = url === '/auth/refresh' ? { status: 401, body: {} } : answer(url, init);
    return { status, ok: status < 400, json: async () => body };
  });
  vi.stubGlobal('fetch', fetch);
  return { mock: { get calls() { return fetch.mock.calls.filter(([url]) => url !== '/auth/refresh'); } } };
}
afterEach(() => vi.unstubAllGlobals());

const graphql = { getList: vi.fn(async () => ({ data: [{ id: 'e1' }], total: 1 })) } as any;

describe('the users resource of the data provider', () => {
  it('lists through GET /auth/users with the page, sort and filters, and leaves other resources to GraphQL', async () => {
    const fetch = gateway(() => ({ status: 200, body: { items: [{ id: 'u1', email: 'a@b.example' }], total: 41 } }));
    const provider = withUsers(graphql);
    const page = await provider.getList('users', { pagination: { page: 3, perPage: 20 }, sort: { field: 'lastLoginAt', order: 'DESC' }, filter: { q: 'casey', role: 'CLIENT', active: false } });
    expect(page).toEqual({ data: [{ id: 'u1', email: 'a@b.example' }], total: 41 });
    expect(fetch.mock.calls[0][0]).toBe('/auth/users?limit=20&offset=40&sort=lastLoginAt&order=DESC&search=casey&role=CLIENT&active=false');
    expect(await provider.getList('examiners', { pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'ASC' }, filter: {} })).toEqual({ data: [{ id: 'e1' }], total: 1 });
    expect(fetch.mock.calls).toHaveLength(1);
  });

  it('creates with the fields of the role only, and answers the invitation with the user', async () => {
    const fetch = gateway(() => ({ status: 201, body: { user: { id: 'u2', role: 'ANALYST' }, invitation: { link: 'http://x/admin/#/accept-invitation?token=t', expiresAt: '2026-12-04T00:00:00Z' } } }));
    const created = await withUsers(graphql).create('users', { data: { email: 'n@b.example', name: 'N', role: 'ANALYST', clientId: 'c1', manager: true } });
    expect(JSON.parse(fetch.mock.calls[0][1].body as string)).toEqual({ email: 'n@b.example', name: 'N', role: 'ANALYST' });
    expect(created.data).toMatchObject({ id: 'u2', invitation: { link: expect.stringContaining('accept-invitation') } });
  });

  it('sends only what changed, and turns a refusal into an HttpError with its form errors and rule', async () => {
    const fetch = gateway((_url, init) =>
      JSON.parse(init.body as string).email
        ? { status: 409, body: { errors: [{ message: 'An account with the e-mail address taken@b.example exists already', extensions: { code: 'CONFLICT', fields: [{ field: 'email', message: 'This e-mail address has an account already' }] } }] } }
        : { status: 403, body: { errors: [{ message: 'An organisation manager manages the accounts of their own organisation only', extensions: { code: 'FORBIDDEN', rule: 'MANAGER_OWN_ORGANISATION' } }] } },
    );
    const provider = withUsers(graphql);
    const previousData = { id: 'u3', email: 'old@b.example', name: 'Old', active: true };
    await expect(provider.update('users', { id: 'u3', data: { ...previousData, email: 'taken@b.example' }, previousData })).rejects.toMatchObject({
      status: 409,
      body: { code: 'CONFLICT', errors: { email: 'This e-mail address has an account already' } },
    });
    expect(JSON.parse(fetch.mock.calls[0][1].body as string)).toEqual({ email: 'taken@b.example' });
    await expect(provider.update('users', { id: 'u3', data: { ...previousData, active: false }, previousData })).rejects.toMatchObject({ status: 403, body: { code: 'FORBIDDEN', rule: 'MANAGER_OWN_ORGANISATION' } });
  });
});
