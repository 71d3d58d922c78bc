import type { Logger, SharedState } from '@imepanel/runtime';
import type { Redis } from 'ioredis';

/**
 * Per-account lockout of the embedded login, besides the per-address rate limit (an attacker with many
 * addresses still gets a handful of guesses per account): after `threshold` failed logins in a row the account
 * refuses logins for `baseSeconds`, doubling with each further failure up to `maxSeconds`; a successful login
 * resets it. While locked, a login answers exactly as a wrong password, in the same time, and the password is
 * not even checked (so a lockout neither confirms a guess nor tells anyone the account exists).
 */
export interface LockoutPolicy {
  threshold: number;
  baseSeconds: number;
  maxSeconds: number;
}

/** How long an account stays locked after its `failures`-th failure in a row (0: not locked). */
export function lockoutSeconds(failures: number, policy: LockoutPolicy): number {
  if (failures < policy.threshold) return 0;
  return Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** Math.min(failures - policy.threshold, 30));
}

/** Failures are forgotten a day after the last one (or once the longest lockout is over, if that is later). */
const MEMORY_MS = (policy: LockoutPolicy) => Math.max(86_400, policy.maxSeconds) * 1000;

export interface LoginLockouts {
  /** Milliseconds until the account may try again; 0 when it is not locked. */
  lockedForMs(account: string): Promise<number>;
  /** Counts a failed login; answers the failures in a row and how long the account is now locked. */
  failed(account: string): Promise<{ failures: number; lockedForMs: number }>;
  succeeded(account: string): Promise<void>;
}

class MemoryLockouts implements LoginLockouts {
  private readonly accounts = new Map<string, { failures: number; lockedUntil: number; forgetAt: number }>();

  constructor(private readonly policy: LockoutPolicy, private readonly maxAccounts = 50_000) {}

  async lockedForMs(account: string): Promise<number> {
    const state = this.current(account);
    return state ? Math.max(0, state.lockedUntil - Date.now()) : 0;
  }

  async failed(account: string): Promise<{ failures: number; lockedForMs: number }> {
    const now = Date.now();
    const failures = (this.current(account)?.failures ?? 0) + 1;
    const lockedForMs = lockoutSeconds(failures, this.policy) * 1000;
    this.accounts.delete(account);
    if (this.accounts.size >= this.maxAccounts) this.accounts.delete(this.accounts.keys().next().value!);
    this.accounts.set(account, { failures, lockedUntil: now + lockedForMs, forgetAt: now + MEMORY_MS(this.policy) });
    return { failures, lockedForMs };
  }

  async succeeded(account: string): Promise<void> {
    this.accounts.delete(account);
  }

  private current(account: string) {
    const state = this.accounts.get(account);
    if (state && state.forgetAt <= Date.now()) {
      this.accounts.delete(account);
      return undefined;
    }
    return state;
  }
}

/** One hash per account (`failures`, `lockedUntil` in ms on Redis's clock), updated atomically. */
const FAILED = `
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local failures = redis.call('HINCRBY', KEYS[1], 'failures', 1)
local threshold, base, max = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local locked = 0
if failures >= threshold then locked = math.min(max, base * 2 ^ math.min(failures - threshold, 30)) * 1000 end
redis.call('HSET', KEYS[1], 'lockedUntil', now + locked)
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[4]))
return {failures, locked}
`;
const LOCKED_FOR = `
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local lockedUntil = tonumber(redis.call('HGET', KEYS[1], 'lockedUntil') or '0')
return math.max(0, lockedUntil - now)
`;

type LockoutRedis = Redis & {
  imepanelLoginFailed(key: string, threshold: number, base: number, max: number, memoryMs: number): Promise<[number, number]>;
  imepanelLockedFor(key: string): Promise<number>;
};

class RedisLockouts implements LoginLockouts {
  private readonly redis: LockoutRedis;

  constructor(redis: Redis, private readonly prefix: string, private readonly policy: LockoutPolicy) {
    if (!('imepanelLoginFailed' in redis)) {
      redis.defineCommand('imepanelLoginFailed', { numberOfKeys: 1, lua: FAILED });
      redis.defineCommand('imepanelLockedFor', { numberOfKeys: 1, lua: LOCKED_FOR });
    }
    this.redis = redis as LockoutRedis;
  }

  private key(account: string) {
    return `${this.prefix}lockout:${account}`;
  }

  async lockedForMs(account: string): Promise<number> {
    return this.redis.imepanelLockedFor(this.key(account));
  }

  async failed(account: string): Promise<{ failures: number; lockedForMs: number }> {
    const { threshold, baseSeconds, maxSeconds } = this.policy;
    const [failures, lockedForMs] = await this.redis.imepanelLoginFailed(this.key(account), threshold, baseSeconds, maxSeconds, MEMORY_MS(this.policy));
    return { failures, lockedForMs };
  }

  async succeeded(account: string): Promise<void> {
    await this.redis.del(this.key(account));
  }
}

/** Lockouts shared by every gateway replica through Redis, or this gateway's memory without REDIS_URL. */
export function loginLockouts(shared: SharedState, policy: LockoutPolicy, log: Logger): LoginLockouts {
  if (!shared.redis) return new MemoryLockouts(policy);
  log.debug('login lockouts kept in Redis');
  return new RedisLockouts(shared.redis, shared.keyPrefix, policy);
}
