import type { NextFunction, Request, Response } from 'express';

/**
 * CORS limited to the configured origins (CORS_ORIGINS). A browser page from any other origin gets no
 * Access-Control-Allow-Origin, so it cannot read responses; preflights from it are answered 403. Requests
 * without an Origin (servers, curl, graphql-request in Node) are not affected.
 */
export function corsMiddleware(origins: readonly string[]) {
  const allowed = new Set(origins.map((o) => o.replace(/\/$/, '')));
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.header('origin');
    res.vary('Origin');
    if (!origin) return next();
    const permitted = allowed.has(origin);
    if (permitted) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-allow-credentials', 'true');
      res.setHeader('access-control-expose-headers', 'x-request-id, retry-after');
    }
    if (req.method === 'OPTIONS') {
      if (!permitted) {
        res.status(403).end();
        return;
      }
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      res.setHeader(
        'access-control-allow-headers',
        'authorization, content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id, x-requested-with',
      );
      res.setHeader('access-control-max-age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}
