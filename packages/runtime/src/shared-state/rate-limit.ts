import type { NextFunction, Request, Response } from 'express';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { envInt } from '../config/env';
import { sendGraphQLError } from '../server/authentication';
import type { SharedState } from './shared-state';

/**
 * Token buckets, one per key (a user id, an address): each holds up to `burst` tokens, refilled at
 * `perMinute / 60` tokens a second; a request takes one or is refused with how long to wait. The gateway and
 * every subgraph use the same limiter (docs/security.md, "Rate limits"): in memory per process without
 * REDIS_URL, shared by every replica through Redis with it.
 */
export interface RateLimit {
  perMinute: number;
  burst: number;
}

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** RATE_LIMIT_PER_MINUTE and RATE_LIMIT_BURST: the per-identity limit of the gateway and of every subgraph. */
export function loadRateLimit(env: Record<string, string | undefined>): RateLimit {
  return {
    perMinute: envInt(env, 'RATE_LIMIT_PER_MINUTE', 600, { min: 1, max: 1_000_000 }),
    burst: envInt(env, 'RATE_LIMIT_BURST', 100, { min: 1, max: 1_000_000 }),
  };
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly limit: RateLimit, private readonly maxKeys = 50_000) {}

  /** Takes a token for `key`: allowed, or refused with the seconds until one is available. */
  take(key: string, now = Date.now()): RateVerdict {
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

/** Where buckets live: `take` answers whether `key` may make one more request under `limit`. */
export interface RateLimitStore {
  take(key: string, limit: RateLimit): Promise<RateVerdict>;
}

/** Buckets in this process's memory, one set per limit. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly sets = new Map<string, TokenBuckets>();

  async take(key: string, limit: RateLimit): Promise<RateVerdict> {
    return this.takeNow(key, limit);
  }

  takeNow(key: string, limit: RateLimit): RateVerdict {
    const id = `${limit.perMinute}/${limit.burst}`;
    let buckets = this.sets.get(id);
    if (!buckets) this.sets.set(id, (buckets = new TokenBuckets(limit)));
    return buckets.take(key);
  }

  /** Forgets every bucket, as a new process starts. */
  clear(): void {
    this.sets.clear();
  }
}

/**
 * The same bucket as TokenBuckets.take, atomically in Redis, on Redis's clock (replicas' clocks may differ).
 * The hash expires once it would have refilled completely, when it behaves exactly like a new one.
 */
const TAKE_TOKEN = `
local rate = tonumber(ARGV[1]) / 60000
local burst = tonumber(ARGV[2])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or burst
local at = tonumber(state[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * rate)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate) + 1000)
if allowed == 1 then return {1, 0} end
return {0, math.max(1, math.ceil((1 - tokens) / rate / 1000))}
`;

type RedisWithTakeToken = Redis & { imepanelTakeToken(key: string, perMinute: number, burst: number): Promise<[number, number]> };

/**
 * Buckets in Redis, shared by every gateway replica and subgraph. While Redis cannot answer, requests are
 * limited by this process's memory buckets instead (per replica, as without Redis) rather than refused.
 */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly redis: RedisWithTakeToken;
  private readonly fallback = new MemoryRateLimitStore();
  private warned = false;

  constructor(redis: Redis, private readonly prefix: string, private readonly log: Logger) {
    if (!('imepanelTakeToken' in redis)) redis.defineCommand('imepanelTakeToken', { numberOfKeys: 1, lua: TAKE_TOKEN });
    this.redis = redis as RedisWithTakeToken;
  }

  async take(key: string, limit: RateLimit): Promise<RateVerdict> {
    try {
      const [allowed, retryAfterSeconds] = await this.redis.imepanelTakeToken(`${this.prefix}rate:${limit.perMinute}/${limit.burst}:${key}`, limit.perMinute, limit.burst);
      this.warned = false;
      return allowed === 1 ? { allowed: true } : { allowed: false, retryAfterSeconds };
    } catch (error) {
      if (!this.warned) this.log.warn({ err: (error as Error).message }, 'rate limit: Redis did not answer; limiting in this process until it does');
      this.warned = true;
      return this.fallback.takeNow(key, limit);
    }
  }
}

const processBuckets = new MemoryRateLimitStore();

/**
 * Forgets this process's rate-limit buckets. For a test runner that runs independent platforms one after another
 * in one process (test/support/isolated-state.ts): each starts with the budgets a new process has.
 */
export function clearProcessRateLimits(): void {
  processBuckets.clear();
}

/**
 * The rate-limit store of a service: Redis when the shared state has it, else the memory of this process,
 * shared by every service running in it (the gateway and the subgraphs of `npm start` count one budget per
 * identity, as they do through Redis).
 */
export function rateLimitStore(shared: SharedState, log: Logger): RateLimitStore {
  return shared.redis ? new RedisRateLimitStore(shared.redis, shared.keyPrefix, log) : processBuckets;
}

/**
 * Express middleware refusing, with 429 TOO_MANY_REQUESTS and Retry-After, requests over the key's budget.
 * `keyOf` answers null for requests this limit does not apply to.
 */
export function rateLimitMiddleware(
  store: RateLimitStore,
  limit: RateLimit,
  keyOf: (req: Request, res: Response) => string | null | Promise<string | null>,
  what = 'requests',
) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const key = await keyOf(req, res);
      if (key === null) return next();
      const verdict = await store.take(key, limit);
      if (verdict.allowed) return next();
      sendGraphQLError(
        res,
        429,
        'TOO_MANY_REQUESTS',
        `Too many ${what}: at most ${limit.perMinute} a minute (bursts of ${limit.burst}); retry in ${verdict.retryAfterSeconds} s`,
        { 'retry-after': String(verdict.retryAfterSeconds) },
      );
    } catch (error) {
      next(error);
    }
  };
}
