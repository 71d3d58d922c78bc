import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { UserAccount } from './user-account';

/** Why a session ended before it expired (kept on the row, shown to administrators). */
export const SESSION_END_REASONS = ['SIGNED_OUT', 'ENDED_BY_ADMIN', 'ACCOUNT_DISABLED', 'ACCOUNT_CHANGED', 'REFRESH_TOKEN_REUSED'] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/** How the session's refresh token travels: the console's HttpOnly cookie, or an API client's request body. */
export const SESSION_TRANSPORTS = ['COOKIE', 'BODY'] as const;
export type SessionTransport = (typeof SESSION_TRANSPORTS)[number];

/**
 * One login: the server-side, revocable side of the short-lived access tokens issued to it (their `sid` is this
 * id). It lives until `expiresAt` (SESSION_MAX_AGE_SECONDS after the login) unless it is not refreshed for
 * SESSION_IDLE_TIMEOUT_SECONDS or is ended (`endedAt`, `endReason`); see docs/security.md, "Sessions and tokens".
 */
@Entity({ tableName: 'session' })
@Index({ properties: ['user', 'endedAt'] })
export class Session {
  [OptionalProps]?: 'id' | 'createdAt' | 'lastRefreshedAt' | 'endedAt' | 'endReason' | 'userAgent' | 'address';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => UserAccount, { deleteRule: 'cascade' })
  user!: UserAccount;

  @Enum({ items: [...SESSION_TRANSPORTS], type: 'string', length: 10 })
  transport!: SessionTransport;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  lastRefreshedAt: Date = new Date();

  /** The absolute end: no refresh extends a session past it. */
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  endedAt: Date | null = null;

  @Enum({ items: [...SESSION_END_REASONS], type: 'string', length: 30, nullable: true })
  endReason: SessionEndReason | null = null;

  /** What signed in (browser or client), for an administrator looking at a user's sessions. */
  @Property({ type: 'string', length: 300, nullable: true })
  userAgent: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  address: string | null = null;
}

/**
 * A refresh token of a session, stored only as its SHA-256 hash (the token is 256 random bits, so a fast hash is
 * enough). Each is used once: refreshing marks it used and issues the next one; presenting a used one again means
 * it was copied, and ends the whole session (OAuth 2.0 Security BCP, RFC 9700 §4.14.2).
 */
@Entity({ tableName: 'refresh_token' })
@Index({ properties: ['session'] })
export class RefreshToken {
  [OptionalProps]?: 'createdAt' | 'usedAt';

  @PrimaryKey({ type: 'string', length: 64 })
  hash!: string;

  @ManyToOne(() => Session, { deleteRule: 'cascade' })
  session!: Session;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** Unused after this (SESSION_IDLE_TIMEOUT_SECONDS after it was issued, never past the session's end). */
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;
}
