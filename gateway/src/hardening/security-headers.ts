import type { NextFunction, Request, Response } from 'express';

/**
 * Response headers for an API that returns health data: never cached by browsers or proxies, never sniffed as
 * another content type, never framed, no referrer leaked. (TLS and HSTS belong to the proxy in front.)
 */
export function securityHeaders(_req: Request, res: Response, next: NextFunction) {
  res.setHeader('cache-control', 'no-store');
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('referrer-policy', 'no-referrer');
  next();
}
