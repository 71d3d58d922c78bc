import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { bearerToken } from '../auth/tokens';
import { ConfigError, envString } from '../config/env';
import { MIN_SECRET_LENGTH, isProduction } from '../config/secrets';
import { sendGraphQLError } from '../server/authentication';
import type { ServiceMetrics } from './metrics';

/**
 * Who may read a service's `/metrics`. They tell an outsider how busy the platform is, which operations
 * clients run and how the database pool fares, so they are not public in production: there a scraper sends
 * `Authorization: Bearer <METRICS_TOKEN>`, and without METRICS_TOKEN the endpoint is off. In development it is
 * open unless METRICS_TOKEN is set (docs/operations.md, "Metrics").
 */
export interface MetricsAccess {
  /** The bearer token a scraper must send; null when none is asked for. */
  token: string | null;
  /** False: the service does not serve its metrics at all (production without a token). */
  served: boolean;
}

export function loadMetricsAccess(env: Record<string, string | undefined>): MetricsAccess {
  const token = envString(env, 'METRICS_TOKEN') ?? null;
  if (token !== null && token.length < MIN_SECRET_LENGTH) throw new ConfigError(`METRICS_TOKEN must be at least ${MIN_SECRET_LENGTH} characters long`);
  return { token, served: token !== null || !isProduction(env) };
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** GET /metrics in Prometheus text format, for the scrapers `access` allows. */
export function metricsRoute(metrics: ServiceMetrics, access: MetricsAccess, log: Logger): RequestHandler {
  if (!access.served) log.info('metrics are not served (NODE_ENV=production without METRICS_TOKEN)');
  const expected = access.token === null ? null : digest(access.token);
  return async (req: Request, res: Response) => {
    if (!access.served) {
      sendGraphQLError(res, 404, 'NOT_FOUND', 'Metrics are not served: set METRICS_TOKEN to scrape them');
      return;
    }
    if (expected) {
      const sent = bearerToken(req.headers.authorization);
      // Compared as digests of equal length, in constant time: the comparison does not reveal how much matched.
      if (!sent || !timingSafeEqual(digest(sent), expected)) {
        sendGraphQLError(res, 401, 'UNAUTHENTICATED', 'Metrics need "Authorization: Bearer <METRICS_TOKEN>"', { 'www-authenticate': 'Bearer' });
        return;
      }
    }
    const { contentType, body } = await metrics.render();
    res.type(contentType).send(body);
  };
}
