import { HttpError } from 'ra-core';
import { describe, expect, it } from 'vitest';
import { isConflict, toFormErrors, toHttpError } from './errors';

/** What ra-data-graphql throws for a GraphQL error: an HttpError whose body is Apollo's error. */
const apolloFailure = (errors: unknown[]) => new HttpError('GraphQL error', 200, { graphQLErrors: errors });

describe('toFormErrors', () => {
  it('puts each BAD_USER_INPUT path on the form input of the same name', () => {
    expect(
      toFormErrors([
        { field: 'input.npi', message: 'npi must be 10 digits with a valid check digit (e.g. 1234567893)' },
        { field: 'input.offices.0.latitude', message: 'latitude must be a latitude' },
        { field: 'note', message: 'say why' },
      ]),
    ).toEqual({
      npi: 'npi must be 10 digits with a valid check digit (e.g. 1234567893)',
      offices: { 0: { latitude: 'latitude must be a latitude' } },
      note: 'say why',
    });
  });

  it('keeps a message about a whole list next to messages about its items, and joins repeated ones', () => {
    expect(
      toFormErrors([
        { field: 'input.specialties.1.code', message: 'Specialty X does not exist' },
        { field: 'input.specialties', message: 'At most one specialty can be primary' },
        { field: 'input.email', message: 'email must be an email' },
        { field: 'input.email', message: 'email is too long' },
      ]),
    ).toEqual({
      specialties: { 1: { code: 'Specialty X does not exist' }, root: 'At most one specialty can be primary' },
      email: 'email must be an email; email is too long',
    });
  });
});

describe('toHttpError', () => {
  it('BAD_USER_INPUT: 400 with the field errors react-admin shows under the inputs', () => {
    const error = toHttpError(apolloFailure([{ message: 'Invalid input: input.npi: bad', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.npi', message: 'bad' }] } }]));
    expect(error.status).toBe(400);
    expect(error.body).toEqual({ code: 'BAD_USER_INPUT', errors: { npi: 'bad' } });
  });

  it('CONFLICT: 409 recognisable as a stale version, with a message saying nothing was overwritten', () => {
    const error = toHttpError(apolloFailure([{ message: 'Examiner e1 was changed by someone else', extensions: { code: 'CONFLICT', currentVersion: 7 } }]));
    expect(error.status).toBe(409);
    expect(isConflict(error)).toBe(true);
    expect(error.body.currentVersion).toBe(7);
    expect(error.message).toMatch(/someone else changed this record.*nothing was overwritten/);
  });

  it('a record that does not exist stays a 404 with its message when ra-data-graphql wraps it', () => {
    const gone = new HttpError('Case k1 does not exist (it may have been removed)', 404, { code: 'NOT_FOUND' });
    const error = toHttpError(new HttpError(gone.message, 200, gone));
    expect(error.status).toBe(404);
    expect(error.message).toBe('Case k1 does not exist (it may have been removed)');
  });

  it('FAILED_PRECONDITION keeps the API message and names the rule', () => {
    const error = toHttpError(apolloFailure([{ message: 'A suspension needs a reason', extensions: { code: 'FAILED_PRECONDITION', rule: 'REASON_REQUIRED' } }]));
    expect(error).toMatchObject({ status: 422, message: 'A suspension needs a reason', body: { code: 'FAILED_PRECONDITION', rule: 'REASON_REQUIRED' } });
  });

  it('UNAUTHENTICATED, as a GraphQL error or an HTTP 401, is a 401 (react-admin then asks to log in)', () => {
    expect(toHttpError(apolloFailure([{ message: 'Authentication required', extensions: { code: 'UNAUTHENTICATED' } }])).status).toBe(401);
    expect(toHttpError(new HttpError('Response not successful: Received status code 401', 401)).status).toBe(401);
  });

  it('an unreachable gateway says so', () => {
    const error = toHttpError(new HttpError('Failed to fetch', undefined as unknown as number));
    expect(error.message).toMatch(/Cannot reach the gateway/);
  });

  it('internal errors carry the request id to quote', () => {
    const error = toHttpError(apolloFailure([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' } }]));
    expect(error.message).toContain('req-42');
  });
});
