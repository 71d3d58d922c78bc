import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { currentRequestScope, runInRequestScope, type RequestScope } from '../request-context';

export const REQUEST_ID_HEADER = 'x-request-id';
/** The id the caller gave its request, kept beside the platform's own. */
export const CORRELATION_ID_HEADER = 'x-correlation-id';
/** Proof that the request id a subgraph receives was chosen by the platform (the gateway or another subgraph). */
export const REQUEST_ID_SIGNATURE_HEADER = 'x-request-id-signature';

const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,100}$/;
/** A signed forward is good for a minute: long enough for any subgraph call of the request, too short to collect. */
const FORWARD_TTL_SECONDS = 60;
const acceptable = (value: string | undefined) => (value && ACCEPTABLE_ID.test(value) ? value : null);

/**
 * The request id is the platform's: the gateway makes one for every request, and it is what audit entries and
 * log lines record, so a caller cannot choose the id its actions are filed under. The id a caller sends
 * (`x-correlation-id`, or `x-request-id`) is kept as its correlation id, beside it.
 *
 * A subgraph takes the request id (and correlation id) it is sent only from the platform itself: the gateway
 * and the subgraphs sign them with a key derived from SERVICE_JWT_SECRET, which only the services hold
 * (`x-request-id-signature: <expiry>.<HMAC-SHA256 of expiry, request id and correlation id>`). A request reaching
 * a subgraph directly, without a valid signature, is treated as a client's: a fresh request id, and the one it
 * sent as its correlation id.
 */
function forwardKey(serviceSecret: string): Buffer {
  return createHmac('sha256', serviceSecret).update('ime-panel request id forward v1').digest();
}

const mac = (key: Buffer, expiry: string, requestId: string, correlationId: string | null) =>
  createHmac('sha256', key).update(`${expiry}\n${requestId}\n${correlationId ?? ''}`).digest();

/** The headers that carry the current request's ids to another service of the platform, signed. */
export function forwardedRequestIdHeaders(serviceSecret: string, ids: Pick<RequestScope, 'requestId' | 'correlationId'> | undefined = currentRequestScope()): Record<string, string> {
  if (!ids) return {};
  const expiry = String(Math.floor(Date.now() / 1000) + FORWARD_TTL_SECONDS);
  return {
    [REQUEST_ID_HEADER]: ids.requestId,
    ...(ids.correlationId ? { [CORRELATION_ID_HEADER]: ids.correlationId } : {}),
    [REQUEST_ID_SIGNATURE_HEADER]: `${expiry}.${mac(forwardKey(serviceSecret), expiry, ids.requestId, ids.correlationId).toString('base64url')}`,
  };
}

function signedByThePlatform(key: Buffer, requestId: string, correlationId: string | null, signature: string | undefined): boolean {
  const [expiry, sent, ...rest] = signature?.split('.') ?? [];
  if (!expiry || !sent || rest.length > 0 || !/^\d{1,12}$/.test(expiry)) return false;
  const now = Math.floor(Date.now() / 1000);
  if (Number(expiry) < now || Number(expiry) > now + FORWARD_TTL_SECONDS + 5) return false;
  const expected = mac(key, expiry, requestId, correlationId);
  const given = Buffer.from(sent, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Gives the request its ids, echoes them in the response (`x-request-id`, and `x-correlation-id` when the caller
 * sent one), and runs the rest of the request inside a scope that log lines, audit entries and the SQL counter
 * read. `trustSignedFrom`: the SERVICE_JWT_SECRET whose signed forwards this service accepts (subgraphs); without
 * it (the gateway) the request id is always made here.
 */
export function requestScopeMiddleware(service: string, options: { trustSignedFrom?: string } = {}) {
  const key = options.trustSignedFrom ? forwardKey(options.trustSignedFrom) : null;
  return (req: Request, res: Response, next: NextFunction) => {
    const sentRequestId = acceptable(req.header(REQUEST_ID_HEADER));
    const sentCorrelationId = acceptable(req.header(CORRELATION_ID_HEADER));
    const forwarded =
      key !== null && sentRequestId !== null && signedByThePlatform(key, sentRequestId, sentCorrelationId, req.header(REQUEST_ID_SIGNATURE_HEADER));
    const requestId = forwarded ? sentRequestId : randomUUID();
    const correlationId = forwarded ? sentCorrelationId : (sentCorrelationId ?? sentRequestId);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    if (correlationId) res.setHeader(CORRELATION_ID_HEADER, correlationId);
    runInRequestScope({ requestId, correlationId, service, sqlStatements: 0 }, () => next());
  };
}
