import type { ErrorCode } from '@imepanel/runtime/vocabulary';
import { HttpError } from 'ra-core';

/** A GraphQL error as the gateway answers it (see docs/api.md). */
export interface ApiError {
  message: string;
  /** The field the error belongs to, from the root of the answer. */
  path?: readonly (string | number)[];
  extensions?: { code?: string; fields?: { field: string; message: string }[]; rule?: string; requestId?: string; [key: string]: unknown };
}

/** What the console keeps of a refusal, in the HttpError body react-admin passes around. */
export interface ApiErrorBody {
  code: string;
  /** Form errors keyed like the form's inputs (react-admin shows them under the fields). */
  errors?: FormErrors;
  rule?: string;
  currentVersion?: number;
}

export type FormErrors = { [field: string]: string | FormErrors };

/** The HTTP status react-admin is given for each of the platform's refusals (the runtime's ERROR_CODES). */
const STATUS_BY_CODE: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FAILED_PRECONDITION: 422,
};

/**
 * Turns BAD_USER_INPUT field paths into react-admin form errors: `input.npi` → `{ npi }`,
 * `input.offices.0.latitude` → `{ offices: { 0: { latitude } } }`. Arguments other than `input` keep their name
 * (`note`, `examinerId`). A message about a whole list next to messages about its items goes to `root`, where
 * react-hook-form keeps an array's own error.
 */
export function toFormErrors(fields: { field: string; message: string }[]): FormErrors {
  const errors: FormErrors = {};
  for (const { field, message } of fields) {
    const path = field.split('.');
    if (path[0] === 'input' && path.length > 1) path.shift();
    let node = errors;
    path.forEach((key, i) => {
      const last = i === path.length - 1;
      const existing = node[key];
      if (last) {
        if (typeof existing === 'object') existing.root = joinMessages(existing.root, message);
        else node[key] = joinMessages(existing, message);
        return;
      }
      if (typeof existing !== 'object') node[key] = existing === undefined ? {} : { root: existing };
      node = node[key] as FormErrors;
    });
  }
  return errors;
}

function joinMessages(existing: string | FormErrors | undefined, message: string): string {
  return typeof existing === 'string' && existing !== message ? `${existing}; ${message}` : message;
}

/** The GraphQL errors carried by whatever the Apollo client or ra-data-graphql threw. */
function graphqlErrorsOf(error: unknown): ApiError[] {
  const candidates = [error, (error as { body?: unknown })?.body];
  for (const candidate of candidates) {
    const c = candidate as { graphQLErrors?: ApiError[]; errors?: ApiError[]; networkError?: { result?: { errors?: ApiError[] } } } | undefined;
    const found = c?.graphQLErrors?.length ? c.graphQLErrors : c?.networkError?.result?.errors?.length ? c.networkError.result.errors : c?.errors;
    if (Array.isArray(found) && found.length) return found;
  }
  return [];
}

function networkStatusOf(error: unknown): number | undefined {
  const e = error as { status?: number; networkError?: { statusCode?: number }; body?: { networkError?: { statusCode?: number } } };
  return e?.networkError?.statusCode ?? e?.body?.networkError?.statusCode ?? (e?.status && e.status !== 200 ? e.status : undefined);
}

/** What a call refused for want of a session says (the page keeps the form; SessionDialog asks to sign in again). */
export const SESSION_ENDED = 'Your session has ended: sign in again (what is on this page stays), then repeat what you were doing.';

/**
 * Maps any failure of a call to the API to the HttpError react-admin understands: the status it reacts to
 * (401 logs out, 400 with `body.errors` marks the form's fields), a message a person can act on, and the
 * API's code, rule and current version in the body.
 */
export function toHttpError(error: unknown): HttpError {
  // Already translated (e.g. a record that does not exist): keep it.
  if (error instanceof HttpError && typeof (error.body as ApiErrorBody | undefined)?.code === 'string') return error;
  // ra-data-graphql wraps what a parseResponse threw (a record that does not exist) in an HttpError of its own.
  const wrapped = (error as { body?: unknown } | undefined)?.body;
  if (wrapped instanceof HttpError && typeof (wrapped.body as ApiErrorBody | undefined)?.code === 'string') return wrapped;
  const [first] = graphqlErrorsOf(error);
  if (!first) {
    const fromNetwork = error instanceof HttpError || Boolean((error as { networkError?: unknown })?.networkError);
    if (!fromNetwork) return new HttpError((error as Error)?.message ?? String(error), 500, { code: 'CONSOLE_ERROR' });
    const status = networkStatusOf(error) ?? 0;
    if (status === 401) return new HttpError(SESSION_ENDED, 401, { code: 'UNAUTHENTICATED' });
    const message = status
      ? `The gateway answered ${status}: ${(error as Error)?.message ?? 'unexpected response'}`
      : `Cannot reach the gateway (${(error as Error)?.message ?? 'network error'}). Check that the platform is running, then retry.`;
    return new HttpError(message, status || 503, { code: 'NETWORK_ERROR' });
  }
  const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const body: ApiErrorBody = { code };
  let message = code === 'UNAUTHENTICATED' ? SESSION_ENDED : first.message;
  if (code === 'BAD_USER_INPUT' && first.extensions?.fields?.length) {
    body.errors = toFormErrors(first.extensions.fields);
  }
  if (code === 'FAILED_PRECONDITION' && first.extensions?.rule) body.rule = first.extensions.rule;
  if (code === 'CONFLICT' && typeof first.extensions?.currentVersion === 'number') {
    body.currentVersion = first.extensions.currentVersion;
    message = 'Not saved: someone else changed this record after you opened it, and nothing was overwritten.';
  }
  if (code === 'INTERNAL_SERVER_ERROR' && first.extensions?.requestId) {
    message = `${message} (request id ${first.extensions.requestId})`;
  }
  return new HttpError(message, STATUS_BY_CODE[code as ErrorCode] ?? 500, body);
}

/** True when the error is the API refusing a stale `version` (optimistic locking). */
export function isConflict(error: unknown): error is HttpError & { body: ApiErrorBody } {
  return error instanceof HttpError && (error.body as ApiErrorBody | undefined)?.code === 'CONFLICT';
}
