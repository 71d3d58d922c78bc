import { HttpError, type DataProvider, type GetListParams, type RaRecord } from 'ra-core';
import { freshAuthorizationHeader } from '../authProvider';
import { toFormErrors, type ApiErrorBody } from './errors';

/**
 * The `users` resource: the gateway's account API (REST under /auth, docs/security.md "Accounts and
 * invitations"), not GraphQL. Its refusals come out as the same HttpError the GraphQL resources give, with the
 * fields of BAD_USER_INPUT as form errors and the rule of FORBIDDEN / FAILED_PRECONDITION kept.
 */
export interface AccountLink {
  /** Only in development or when the link was not e-mailed (docs/security.md, "Accounts and invitations"). */
  link: string | null;
  expiresAt: string;
  emailed?: boolean;
  messageId?: string | null;
}

export interface UsersActions {
  /** A new invitation link (for a user who has not set a password yet). */
  resendInvitation(params: { id: string }): Promise<{ data: AccountLink }>;
  /** A password-reset link, shown to the administrator. */
  resetPassword(params: { id: string }): Promise<{ data: AccountLink }>;
  /** Turns the user's TOTP off (ADMIN): they enrol again. */
  resetTwoFactor(params: { id: string }): Promise<{ data: RaRecord }>;
  /** Ends every session of the user now. */
  endUserSessions(params: { id: string }): Promise<{ data: { sessionsEnded: number } }>;
}

const STATUS_BY_CODE: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, FAILED_PRECONDITION: 422 };

/** Calls the account API as the signed-in user; answers the JSON body or throws an HttpError react-admin shows. */
export async function accountApi<T>(method: string, path: string, body?: unknown, options: { authenticated?: boolean } = {}): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...(options.authenticated === false ? {} : await freshAuthorizationHeader()) },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).catch(() => null);
  if (!response) throw new HttpError('Cannot reach the gateway: check that the platform is running.', 0);
  const json = (await response.json().catch(() => null)) as any;
  if (response.ok) return json as T;
  const error = json?.errors?.[0];
  const code = String(error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const fields = Array.isArray(error?.extensions?.fields) ? (error.extensions.fields as { field: string; message: string }[]) : [];
  const errorBody: ApiErrorBody = { code, ...(fields.length ? { errors: toFormErrors(fields) } : {}), ...(error?.extensions?.rule ? { rule: error.extensions.rule } : {}) };
  throw new HttpError(error?.message ?? `The gateway answered ${response.status}`, response.status === 410 ? 410 : (STATUS_BY_CODE[code] ?? response.status), errorBody);
}

const SORT_FIELDS: Record<string, string> = { email: 'email', name: 'name', role: 'role', createdAt: 'createdAt', lastLoginAt: 'lastLoginAt' };

function listQuery(params: GetListParams): string {
  const query = new URLSearchParams();
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  query.set('limit', String(perPage));
  query.set('offset', String((page - 1) * perPage));
  const sort = SORT_FIELDS[params.sort?.field ?? ''];
  if (sort) {
    query.set('sort', sort);
    query.set('order', params.sort?.order === 'DESC' ? 'DESC' : 'ASC');
  }
  const filter = params.filter ?? {};
  if (filter.q) query.set('search', String(filter.q));
  for (const key of ['role', 'clientId', 'examinerId', 'active', 'manager']) {
    if (filter[key] !== undefined && filter[key] !== '' && filter[key] !== null) query.set(key, String(filter[key]));
  }
  return query.toString();
}

/** What the console may send when it creates or edits an account. */
const ACCOUNT_FIELDS = ['email', 'name', 'role', 'clientId', 'examinerId', 'manager', 'active', 'language'] as const;
function accountInput(data: Record<string, unknown>, previous?: Record<string, unknown>) {
  const input: Record<string, unknown> = {};
  for (const key of ACCOUNT_FIELDS) {
    if (data[key] === undefined) continue;
    if (previous && data[key] === previous[key]) continue;
    input[key] = data[key] === '' ? null : data[key];
  }
  // A role without a binding drops the binding's field.
  if (!previous) {
    if (input.role !== 'CLIENT') delete input.clientId, delete input.manager;
    if (input.role !== 'EXAMINER') delete input.examinerId;
  }
  return input;
}

/** Adds the `users` resource and its actions to the console's data provider. */
export function withUsers<P extends DataProvider>(provider: P): P & UsersActions {
  const isUsers = (resource: string) => resource === 'users';
  const users: Partial<DataProvider> = {
    getList: async (_resource, params) => {
      const page = await accountApi<{ items: RaRecord[]; total: number }>('GET', `/auth/users?${listQuery(params)}`);
      return { data: page.items, total: page.total } as never;
    },
    getOne: async (_resource, params) => ({ data: await accountApi<RaRecord>('GET', `/auth/users/${encodeURIComponent(String(params.id))}`) }) as never,
    getMany: async (_resource, params) => ({ data: await Promise.all(params.ids.map((id) => accountApi<RaRecord>('GET', `/auth/users/${encodeURIComponent(String(id))}`))) }) as never,
    create: async (_resource, params) => {
      const created = await accountApi<{ user: RaRecord; invitation: AccountLink }>('POST', '/auth/users', accountInput(params.data));
      return { data: { ...created.user, invitation: created.invitation } } as never;
    },
    update: async (_resource, params) => {
      const changed = await accountApi<{ user: RaRecord }>('PATCH', `/auth/users/${encodeURIComponent(String(params.id))}`, accountInput(params.data, params.previousData));
      return { data: changed.user } as never;
    },
  };
  const dispatch = (name: 'getList' | 'getOne' | 'getMany' | 'create' | 'update') => (resource: string, params: any) =>
    isUsers(resource) ? (users[name] as (r: string, p: unknown) => Promise<any>)(resource, params) : (provider[name] as (r: string, p: unknown) => Promise<any>)(resource, params);
  const id = (params: { id: string }) => encodeURIComponent(params.id);
  return {
    ...provider,
    getList: dispatch('getList'),
    getOne: dispatch('getOne'),
    getMany: dispatch('getMany'),
    create: dispatch('create'),
    update: dispatch('update'),
    resendInvitation: async (params: { id: string }) => ({ data: await accountApi<AccountLink>('POST', `/auth/users/${id(params)}/invitation`) }),
    resetPassword: async (params: { id: string }) => ({ data: await accountApi<AccountLink>('POST', `/auth/users/${id(params)}/password-reset`) }),
    resetTwoFactor: async (params: { id: string }) => ({ data: (await accountApi<{ user: RaRecord }>('DELETE', `/auth/users/${id(params)}/two-factor`)).user }),
    endUserSessions: async (params: { id: string }) => ({ data: await accountApi<{ sessionsEnded: number }>('DELETE', `/auth/users/${id(params)}/sessions`) }),
  };
}
