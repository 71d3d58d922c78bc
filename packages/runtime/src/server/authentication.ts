import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { bearerToken, type TokenVerifier } from '../auth/tokens';
import type { Actor } from '../graphql/context';

/** Answers a refused request the way a GraphQL client expects: HTTP status plus `{ errors: [...] }`. */
export function sendGraphQLError(res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}) {
  res.status(status).set(headers).json({ errors: [{ message, extensions: { code } }] });
}

/** The actor the authentication middleware verified for this request. */
export function requestActor(res: Response): Actor | null {
  return (res.locals.actor as Actor | undefined) ?? null;
}

/**
 * Express middleware that refuses any request without a valid bearer token with 401 UNAUTHENTICATED before
 * GraphQL sees it, and otherwise leaves the verified Actor in `res.locals.actor`. `allowAnonymous` lets named
 * requests through without a token (the gateway's landing page in development), with no actor.
 */
export function authenticationMiddleware(
  verify: TokenVerifier,
  log: Logger,
  options: { allowAnonymous?: (req: Request) => boolean } = {},
): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization;
    const token = bearerToken(header);
    if (!token) {
      if (!header && options.allowAnonymous?.(req)) return next();
      log.warn({ reason: header ? 'malformed authorization header' : 'no token', path: req.path }, 'unauthenticated request refused');
      sendGraphQLError(
        res,
        401,
        'UNAUTHENTICATED',
        header
          ? 'The Authorization header must be "Bearer <token>"'
          : 'Authentication required: send "Authorization: Bearer <token>" (POST /auth/login issues one)',
        { 'www-authenticate': 'Bearer' },
      );
      return;
    }
    try {
      res.locals.actor = await verify(token);
    } catch (error) {
      const message = error instanceof Error ? error.message : 'The bearer token could not be verified';
      log.warn({ reason: message, path: req.path }, 'unauthenticated request refused');
      sendGraphQLError(res, 401, 'UNAUTHENTICATED', message, { 'www-authenticate': 'Bearer error="invalid_token"' });
      return;
    }
    next();
  };
}

/**
 * Last Express error handler: body-parser failures (a body over the limit, malformed JSON) answer as GraphQL
 * errors with their HTTP status instead of Express's HTML page; anything else is a masked 500.
 */
export function jsonErrorHandler(log: Logger) {
  return (error: { status?: number; statusCode?: number; type?: string; message?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? error.statusCode ?? 500;
    if (status === 413) return sendGraphQLError(res, 413, 'BAD_REQUEST', 'The request body is larger than this server accepts');
    if (status >= 400 && status < 500) {
      const message = error.type === 'entity.parse.failed' ? 'The request body is not valid JSON' : 'The request could not be read';
      return sendGraphQLError(res, status, 'BAD_REQUEST', message);
    }
    log.error({ err: error }, 'request failed');
    sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}
