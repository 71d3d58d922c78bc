import type { NextFunction, Request, Response } from 'express';
import { sendGraphQLError } from '@imepanel/runtime';

/**
 * Token buckets in memory, one per key (a user id, a service, an address): each holds up to `burst` tokens,
 * refilled at `perMinute / 60` tokens a second; a request takes one or is refused with how long to wait. In a
 * deployment with several gateway replicas the limit applies per replica (put a shared limiter in front for a
 * global one).
 */
export interface RateLimit {
  perMinute: number;
  burst: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly limit: RateLimit, private readonly maxKeys = 50_000) {}

  /** Takes a token for `key`: allowed, or refused with the seconds until one is available. */
  take(key: string, now = Date.now()): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const ratePerMs = this.limit.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, updatedAt: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + Math.max(0, now - bucket.updatedAt) * ratePerMs);
    bucket.updatedAt = now;
    if (!this.buckets.has(key)) {
      if (this.buckets.size >= this.maxKeys) this.prune(now);
      this.buckets.set(key, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerMs / 1000)) };
  }

  /** Forgets buckets that have refilled completely (they behave exactly like new ones). */
  private prune(now: number): void {
    const ratePerMs = this.limit.perMinute / 60_000;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * ratePerMs >= this.limit.burst) this.buckets.delete(key);
    }
    // Still full of active keys: drop the oldest rather than grow without bound.
    for (const key of this.buckets.keys()) {
      if (this.buckets.size < this.maxKeys) break;
      this.buckets.delete(key);
    }
  }
}

/** Express middleware refusing, with 429 TOO_MANY_REQUESTS and Retry-After, requests over the key's budget. */
export function rateLimitMiddleware(limit: RateLimit, keyOf: (req: Request, res: Response) => string, what = 'requests') {
  const buckets = new TokenBuckets(limit);
  return (req: Request, res: Response, next: NextFunction) => {
    const verdict = buckets.take(keyOf(req, res));
    if (verdict.allowed) return next();
    sendGraphQLError(
      res,
      429,
      'TOO_MANY_REQUESTS',
      `Too many ${what}: at most ${limit.perMinute} a minute (bursts of ${limit.burst}); retry in ${verdict.retryAfterSeconds} s`,
      { 'retry-after': String(verdict.retryAfterSeconds) },
    );
  };
}
