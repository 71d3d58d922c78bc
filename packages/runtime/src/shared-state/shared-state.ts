import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { envString, envUrl } from '../config/env';

/**
 * Where the state that must be the same on every replica lives: rate-limit buckets, login lockouts and the
 * revocation list of access tokens (docs/security.md, "Sessions and tokens"). With REDIS_URL every gateway
 * replica and every subgraph share it through Redis; without it each process keeps its own in memory, which
 * is right for one process (`npm start` runs every service in one) and only for one.
 */
export interface SharedStateSettings {
  redisUrl: string | null;
  /** Prefix of every Redis key and channel, so several deployments (or test runs) can share one Redis. */
  keyPrefix: string;
}

export function loadSharedStateSettings(env: Record<string, string | undefined>): SharedStateSettings {
  return {
    redisUrl: envUrl(env, 'REDIS_URL') ?? null,
    keyPrefix: envString(env, 'REDIS_KEY_PREFIX', 'imepanel:'),
  };
}

/** A connection to the shared store, or none (memory). */
export interface SharedState {
  /** Commands (rate limits, lockouts, revocations); null without REDIS_URL. */
  redis: Redis | null;
  keyPrefix: string;
  /** A second connection in subscriber mode, made on first use (a subscribed connection runs no commands). */
  subscriber(): Redis;
  close(): Promise<void>;
}

const describeUrl = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 6379}`;
};

function connection(url: string, log: Logger, role: string): Redis {
  const redis = new Redis(url, {
    lazyConnect: true,
    // A command waits for a reconnection at most once; callers fall back (rate limits to memory) rather
    // than hold a request while Redis is away.
    maxRetriesPerRequest: 1,
    connectTimeout: 5_000,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  let lastError = '';
  redis.on('error', (error: Error) => {
    // ioredis reports every failed reconnection attempt; say it once per distinct error.
    if (error.message !== lastError) log.warn({ redis: describeUrl(url), role, err: error.message }, 'Redis connection error');
    lastError = error.message;
  });
  redis.on('ready', () => {
    if (lastError) log.info({ redis: describeUrl(url), role }, 'Redis connection restored');
    lastError = '';
  });
  return redis;
}

/**
 * Connects to Redis when REDIS_URL is set (failing fast with a clear message when it does not answer at
 * start-up; later outages are survived with reconnections), else answers a memory-only shared state.
 */
export async function openSharedState(settings: SharedStateSettings, log: Logger): Promise<SharedState> {
  const url = settings.redisUrl;
  if (!url) {
    return {
      redis: null,
      keyPrefix: settings.keyPrefix,
      subscriber: () => {
        throw new Error('no REDIS_URL: there is nothing to subscribe to');
      },
      close: async () => undefined,
    };
  }
  const redis = connection(url, log, 'commands');
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new Error(`Redis at ${describeUrl(url)} (REDIS_URL) does not answer: ${(error as Error).message}`);
  }
  let subscriber: Redis | undefined;
  return {
    redis,
    keyPrefix: settings.keyPrefix,
    subscriber() {
      subscriber ??= connection(url, log, 'subscriber');
      return subscriber;
    },
    async close() {
      await Promise.all([redis.quit().catch(() => redis.disconnect()), subscriber?.quit().catch(() => subscriber?.disconnect())]);
    },
  };
}
