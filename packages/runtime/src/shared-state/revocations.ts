import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { SharedState } from './shared-state';

/**
 * The revocation list of access tokens (docs/security.md, "Sessions and tokens"). Access tokens are verified
 * locally, so ending access before a token expires needs every verifier (the gateway and every subgraph) to
 * know what was revoked:
 *
 * - a **session** (the token's `sid`): signed out, ended by an administrator, or its refresh token reused. Kept
 *   for one access-token lifetime: after that every token of the session has expired anyway.
 * - a **subject** (the token's `sub`) with a "not before" time: every token issued to that user before it is
 *   refused — a disabled account, a changed role, "end all sessions now", and also tokens without a session
 *   (`npm run token`, tests). Kept for the longest lifetime any token can have.
 *
 * The check runs on every request, so it is a lookup in this process's memory: without REDIS_URL the list is
 * the process's own (shared by every service of `npm start`, which run in one process); with REDIS_URL each
 * process mirrors the list kept in Redis, learning of every revocation through a Redis channel as it happens
 * and reloading the whole list when it (re)connects.
 */
export interface RevocationCheck {
  sub: string;
  /** Session id (`sid`), for tokens issued by the login. */
  sid?: string;
  /** Issued at, in seconds (`iat`); a token without one counts as issued at the beginning of time. */
  iat?: number;
}

export interface Revocations {
  /** Whether a verified token must nevertheless be refused. Synchronous: no I/O per request. */
  isRevoked(token: RevocationCheck): boolean;
  /** Refuses every token of the session until `untilMs` (when its last token has expired). */
  revokeSession(sessionId: string, untilMs: number): Promise<void>;
  /** Refuses the subject's tokens issued before `notBeforeSeconds`, until `untilMs`. */
  revokeSubject(subject: string, notBeforeSeconds: number, untilMs: number): Promise<void>;
  close(): Promise<void>;
}

type Entry = { kind: 'session'; id: string; until: number } | { kind: 'subject'; id: string; notBefore: number; until: number };

/** The list itself, in memory, forgetting entries once they no longer matter. */
export class RevocationList {
  private readonly sessions = new Map<string, number>();
  private readonly subjects = new Map<string, { notBefore: number; until: number }>();
  private nextPrune = 0;

  apply(entry: Entry): void {
    if (entry.kind === 'session') {
      this.sessions.set(entry.id, Math.max(entry.until, this.sessions.get(entry.id) ?? 0));
    } else {
      const known = this.subjects.get(entry.id);
      this.subjects.set(entry.id, { notBefore: Math.max(entry.notBefore, known?.notBefore ?? 0), until: Math.max(entry.until, known?.until ?? 0) });
    }
  }

  isRevoked(token: RevocationCheck, now = Date.now()): boolean {
    if (now >= this.nextPrune) this.prune(now);
    if (token.sid !== undefined) {
      const until = this.sessions.get(token.sid);
      if (until !== undefined && until > now) return true;
    }
    const subject = this.subjects.get(token.sub);
    return subject !== undefined && subject.until > now && (token.iat ?? 0) < subject.notBefore;
  }

  /** Replaces the whole list (a reload from the shared store). */
  replace(entries: Entry[]): void {
    this.sessions.clear();
    this.subjects.clear();
    for (const entry of entries) this.apply(entry);
  }

  get size(): number {
    return this.sessions.size + this.subjects.size;
  }

  private prune(now: number): void {
    this.nextPrune = now + 60_000;
    for (const [id, until] of this.sessions) if (until <= now) this.sessions.delete(id);
    for (const [id, subject] of this.subjects) if (subject.until <= now) this.subjects.delete(id);
  }
}

/** This process's own list: what every service of the process checks when there is no Redis. */
const processList = new RevocationList();

/**
 * Forgets this process's revocations. For a test runner that runs independent platforms one after another in one
 * process (test/support/isolated-state.ts): a subject revoked by one platform's test is not revoked in the next.
 */
export function clearProcessRevocations(): void {
  processList.replace([]);
}

class MemoryRevocations implements Revocations {
  isRevoked(token: RevocationCheck): boolean {
    return processList.isRevoked(token);
  }

  async revokeSession(id: string, until: number): Promise<void> {
    processList.apply({ kind: 'session', id, until });
  }

  async revokeSubject(id: string, notBefore: number, until: number): Promise<void> {
    processList.apply({ kind: 'subject', id, notBefore, until });
  }

  async close(): Promise<void> {}
}

/**
 * Keys: `<prefix>revoked:sessions` (sorted set: session id scored by when it stops mattering),
 * `<prefix>revoked:subjects` (sorted set: subject scored the same way) with `<prefix>revoked:not-before`
 * (hash: subject → not-before seconds); channel `<prefix>revocations` announces each new entry.
 */
const REVOKE_SUBJECT = `
local known = tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '0')
local notBefore = math.max(known, tonumber(ARGV[2]))
redis.call('HSET', KEYS[2], ARGV[1], notBefore)
local keepUntil = math.max(tonumber(redis.call('ZSCORE', KEYS[1], ARGV[1]) or '0'), tonumber(ARGV[3]))
redis.call('ZADD', KEYS[1], keepUntil, ARGV[1])
redis.call('PUBLISH', KEYS[3], cjson.encode({ kind = 'subject', id = ARGV[1], notBefore = notBefore, ['until'] = keepUntil }))
return notBefore
`;

type RedisWithRevokeSubject = Redis & { imepanelRevokeSubject(subjects: string, notBefore: string, channel: string, subject: string, notBeforeSeconds: number, until: number): Promise<number> };

class RedisRevocations implements Revocations {
  private readonly list = new RevocationList();
  private readonly keys: { sessions: string; subjects: string; notBefore: string; channel: string };
  private readonly redis: RedisWithRevokeSubject;
  private readonly resync: NodeJS.Timeout;

  constructor(redis: Redis, private readonly subscriber: Redis, prefix: string, private readonly log: Logger) {
    this.keys = { sessions: `${prefix}revoked:sessions`, subjects: `${prefix}revoked:subjects`, notBefore: `${prefix}revoked:not-before`, channel: `${prefix}revocations` };
    if (!('imepanelRevokeSubject' in redis)) redis.defineCommand('imepanelRevokeSubject', { numberOfKeys: 3, lua: REVOKE_SUBJECT });
    this.redis = redis as RedisWithRevokeSubject;
    subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.keys.channel) return;
      try {
        this.list.apply(JSON.parse(message) as Entry);
      } catch {
        this.log.warn({ channel }, 'ignored a malformed revocation message');
      }
    });
    // A subscriber that was disconnected may have missed announcements: reload everything once back, and
    // every minute besides, so nothing missed survives for long.
    subscriber.on('ready', () => void this.reload());
    this.resync = setInterval(() => void this.reload(), 60_000).unref();
  }

  async start(): Promise<void> {
    if (this.subscriber.status === 'wait') await this.subscriber.connect();
    await this.subscriber.subscribe(this.keys.channel);
    await this.reload();
  }

  /** Loads every entry that still matters from Redis, dropping those that no longer do. */
  async reload(): Promise<void> {
    try {
      const now = Date.now();
      const results = await this.redis
        .multi()
        .zremrangebyscore(this.keys.sessions, '-inf', now)
        .zrangebyscore(this.keys.sessions, now, '+inf', 'WITHSCORES')
        .zrangebyscore(this.keys.subjects, now, '+inf', 'WITHSCORES')
        .hgetall(this.keys.notBefore)
        .exec();
      if (!results || results.some(([error]) => error)) throw results?.find(([error]) => error)?.[0] ?? new Error('transaction aborted');
      const sessions = results[1][1] as string[];
      const subjects = results[2][1] as string[];
      const notBefore = results[3][1] as Record<string, string>;
      const entries: Entry[] = [];
      for (let i = 0; i < sessions.length; i += 2) entries.push({ kind: 'session', id: sessions[i], until: Number(sessions[i + 1]) });
      for (let i = 0; i < subjects.length; i += 2) {
        entries.push({ kind: 'subject', id: subjects[i], notBefore: Number(notBefore[subjects[i]] ?? 0), until: Number(subjects[i + 1]) });
      }
      this.list.replace(entries);
      const expired = Object.keys(notBefore).filter((subject) => !entries.some((e) => e.kind === 'subject' && e.id === subject));
      if (expired.length) await this.redis.multi().hdel(this.keys.notBefore, ...expired).zremrangebyscore(this.keys.subjects, '-inf', now).exec();
    } catch (error) {
      this.log.warn({ err: (error as Error).message }, 'could not reload the revocation list from Redis; keeping the one in memory');
    }
  }

  isRevoked(token: RevocationCheck): boolean {
    return this.list.isRevoked(token);
  }

  async revokeSession(id: string, until: number): Promise<void> {
    this.list.apply({ kind: 'session', id, until });
    await this.redis
      .multi()
      // GT keeps the later expiry of a session revoked twice (and still adds a new one).
      .zadd(this.keys.sessions, 'GT', until, id)
      .publish(this.keys.channel, JSON.stringify({ kind: 'session', id, until } satisfies Entry))
      .exec();
  }

  async revokeSubject(id: string, notBefore: number, until: number): Promise<void> {
    this.list.apply({ kind: 'subject', id, notBefore, until });
    await this.redis.imepanelRevokeSubject(this.keys.subjects, this.keys.notBefore, this.keys.channel, id, notBefore, until);
  }

  async close(): Promise<void> {
    clearInterval(this.resync);
  }
}

/**
 * The revocation list of a service: mirrored from Redis when the shared state has it (subscribed and loaded
 * before this resolves), else this process's own.
 */
export async function openRevocations(shared: SharedState, log: Logger): Promise<Revocations> {
  if (!shared.redis) return new MemoryRevocations();
  const revocations = new RedisRevocations(shared.redis, shared.subscriber(), shared.keyPrefix, log);
  await revocations.start();
  return revocations;
}
