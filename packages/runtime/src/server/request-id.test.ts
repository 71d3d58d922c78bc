import type { NextFunction, Request, Response } from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentRequestScope, type RequestScope } from '../request-context';
import { forwardedRequestIdHeaders, requestScopeMiddleware } from './request-id';

const SECRET = 'service-secret-for-the-request-id-test-0123456789';

/** Runs the middleware on a request with these headers; answers the scope the rest of the request sees and the response headers. */
function serve(middleware: ReturnType<typeof requestScopeMiddleware>, headers: Record<string, string>) {
  const sent = new Map<string, string>();
  let scope: RequestScope | undefined;
  const req = { header: (name: string) => headers[name.toLowerCase()] } as unknown as Request;
  const res = { setHeader: (name: string, value: string) => sent.set(name, value) } as unknown as Response;
  middleware(req, res, (() => (scope = currentRequestScope())) as NextFunction);
  return { scope: scope!, sent };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const gateway = requestScopeMiddleware('gateway');
const subgraph = requestScopeMiddleware('cases', { trustSignedFrom: SECRET });

afterEach(() => vi.useRealTimers());

describe('requestScopeMiddleware', () => {
  it('at the gateway: makes the request id, and keeps the caller’s as its correlation id', () => {
    const { scope, sent } = serve(gateway, { 'x-request-id': 'forged-1' });
    expect(scope.requestId).toMatch(UUID);
    expect(scope.correlationId).toBe('forged-1');
    expect(sent.get('x-request-id')).toBe(scope.requestId);
    expect(sent.get('x-correlation-id')).toBe('forged-1');
    expect(serve(gateway, { 'x-correlation-id': 'mine', 'x-request-id': 'other' }).scope.correlationId).toBe('mine');
    expect(serve(gateway, { 'x-request-id': 'has spaces; and more' }).scope.correlationId).toBeNull();
    // The gateway never trusts a signature: it is the one that makes ids.
    const signed = forwardedRequestIdHeaders(SECRET, { requestId: 'chosen', correlationId: null });
    expect(serve(gateway, signed).scope.requestId).not.toBe('chosen');
  });

  it('in a subgraph: takes the ids the platform signed, and nothing else', () => {
    const signed = forwardedRequestIdHeaders(SECRET, { requestId: 'r-1', correlationId: 'c-1' });
    expect(serve(subgraph, signed).scope).toMatchObject({ requestId: 'r-1', correlationId: 'c-1', service: 'cases' });

    const refused = [
      { ...signed, 'x-request-id': 'r-2' },
      { ...signed, 'x-correlation-id': 'c-2' },
      forwardedRequestIdHeaders('another-secret-of-at-least-thirty-two-chars', { requestId: 'r-1', correlationId: 'c-1' }),
      { 'x-request-id': 'r-1', 'x-correlation-id': 'c-1' },
      { ...signed, 'x-request-id-signature': `${Math.floor(Date.now() / 1000) + 3600}.${signed['x-request-id-signature'].split('.')[1]}` },
    ];
    for (const headers of refused) {
      const { scope } = serve(subgraph, headers);
      expect(scope.requestId, JSON.stringify(headers)).toMatch(UUID);
      expect(scope.correlationId).toBe(headers['x-correlation-id']);
    }
  });

  it('in a subgraph: refuses a signed forward once it expired', () => {
    vi.useFakeTimers();
    const signed = forwardedRequestIdHeaders(SECRET, { requestId: 'r-1', correlationId: null });
    vi.advanceTimersByTime(61_000);
    expect(serve(subgraph, signed).scope.requestId).toMatch(UUID);
  });
});
