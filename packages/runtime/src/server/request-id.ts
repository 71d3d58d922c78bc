import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { runInRequestScope } from '../request-context';

export const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Takes the caller's request id (the gateway forwards its own) or makes one, echoes it in the response, and
 * runs the rest of the request inside a scope that log lines and the SQL counter read.
 */
export function requestScopeMiddleware(service: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.header(REQUEST_ID_HEADER);
    const requestId = incoming && ACCEPTABLE_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    runInRequestScope({ requestId, service, sqlStatements: 0 }, () => next());
  };
}
