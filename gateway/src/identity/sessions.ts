import { createHash, randomBytes } from 'node:crypto';
import { issueToken, MAX_TOKEN_TTL_SECONDS, type AuthConfig, type IssuedToken, type Logger, type Revocations } from '@imepanel/runtime';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { RefreshToken, Session, type SessionEndReason, type SessionTransport } from './session';
import { UserAccount } from './user-account';

/**
 * The session model of docs/security.md, "Sessions and tokens": a login opens a server-side session and answers
 * a short-lived access token (a JWT with the session's id as `sid`, verified locally by the gateway and every
 * subgraph) plus an opaque refresh token. Refreshing uses the refresh token once and answers the next one and a
 * new access token; a refresh token presented twice ends the session. Ending a session, or all of a user's,
 * writes the end to the database (no more refreshes) and to the revocation list (its access tokens refused at
 * once wherever they are verified).
 */
export interface SessionSettings {
  /** A refresh token not used for this long expires (the console refreshes every few minutes while open). */
  idleSeconds: number;
  /** No session lasts longer than this after its login. */
  maxAgeSeconds: number;
  /** The console's refresh cookie is `Secure` (on in production; browsers keep Secure cookies for https only). */
  secureCookie: boolean;
}

export interface SessionGrant {
  session: Session;
  access: IssuedToken;
  refreshToken: string;
  refreshExpiresAt: Date;
}

export type RefreshRefusal = 'UNKNOWN' | 'EXPIRED' | 'ENDED' | 'REUSED' | 'ACCOUNT_DISABLED';

const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');

/** The user's revocation time in whole seconds, rounded up (tokens issued in that second come after it). */
export const notBeforeSeconds = (at: Date | null) => (at ? Math.ceil(at.getTime() / 1000) : null);

export class SessionService {
  constructor(
    private readonly auth: AuthConfig,
    private readonly settings: SessionSettings,
    private readonly revocations: Revocations,
    private readonly log: Logger,
  ) {}

  /** How long a session's revocation must be remembered: until its last access token has expired. */
  private sessionRevocationUntil(now: number) {
    return now + (this.auth.tokenTtlSeconds + this.auth.clockToleranceSeconds) * 1000;
  }

  private accessToken(user: UserAccount, session: Session): Promise<IssuedToken> {
    return issueToken(
      this.auth,
      { sub: user.id, name: user.displayName, role: user.role, clientId: user.clientId, examinerId: user.examinerId, sessionId: session.id },
      { notBefore: notBeforeSeconds(user.tokensNotBefore) },
    );
  }

  private issueRefreshToken(em: EntityManager, session: Session, now: Date): { token: string; expiresAt: Date } {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Math.min(now.getTime() + this.settings.idleSeconds * 1000, session.expiresAt.getTime()));
    em.persist(em.create(RefreshToken, { hash: hashOf(token), session, expiresAt, createdAt: now }));
    return { token, expiresAt };
  }

  /** Opens a session for a user who just proved who they are. */
  async open(em: EntityManager, user: UserAccount, meta: { transport: SessionTransport; userAgent?: string; address?: string }): Promise<SessionGrant> {
    const now = new Date();
    const session = em.create(Session, {
      user,
      transport: meta.transport,
      createdAt: now,
      lastRefreshedAt: now,
      expiresAt: new Date(now.getTime() + this.settings.maxAgeSeconds * 1000),
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      address: meta.address?.slice(0, 100) ?? null,
    });
    const refresh = this.issueRefreshToken(em, session, now);
    user.lastLoginAt = now;
    await em.flush();
    return { session, access: await this.accessToken(user, session), refreshToken: refresh.token, refreshExpiresAt: refresh.expiresAt };
  }

  /**
   * Uses a refresh token: answers the next one and a new access token, or why not. The token's row is locked
   * for the transaction, so of two refreshes with the same token one rotates it and the other is a reuse.
   */
  async refresh(em: EntityManager, token: string, transport: SessionTransport): Promise<SessionGrant | { refused: RefreshRefusal; session?: Session }> {
    type Outcome = { refused: RefreshRefusal; session?: Session } | { refused?: undefined; session: Session; next: { token: string; expiresAt: Date } };
    const outcome = await em.transactional(async (tx): Promise<Outcome> => {
      const row = await tx.findOne(RefreshToken, { hash: hashOf(token) }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['session', 'session.user'] });
      const now = new Date();
      if (!row || row.session.transport !== transport) return { refused: 'UNKNOWN' as const };
      const session = row.session;
      if (session.endedAt) return { refused: 'ENDED' as const, session };
      if (row.usedAt) {
        // RFC 9700 §4.14.2: a rotated refresh token used again was copied; end the whole session.
        this.end(session, 'REFRESH_TOKEN_REUSED', now);
        return { refused: 'REUSED' as const, session };
      }
      if (row.expiresAt <= now || session.expiresAt <= now) return { refused: 'EXPIRED' as const, session };
      if (!session.user.active) {
        this.end(session, 'ACCOUNT_DISABLED', now);
        return { refused: 'ACCOUNT_DISABLED' as const, session };
      }
      row.usedAt = now;
      session.lastRefreshedAt = now;
      const next = this.issueRefreshToken(tx, session, now);
      return { session, next };
    });
    if (outcome.refused) {
      if (outcome.refused === 'REUSED' || outcome.refused === 'ACCOUNT_DISABLED') await this.revokeSessionTokens(outcome.session!.id);
      return { refused: outcome.refused, session: outcome.session };
    }
    const { session, next } = outcome;
    return { session, access: await this.accessToken(session.user, session), refreshToken: next.token, refreshExpiresAt: next.expiresAt };
  }

  private end(session: Session, reason: SessionEndReason, at: Date) {
    session.endedAt = at;
    session.endReason = reason;
  }

  /**
   * Shares a session's end with every verifier. The database already says it ended (no refresh works), so if
   * the shared store cannot be written the session's access tokens still die within one access-token lifetime.
   */
  private async revokeSessionTokens(sessionId: string): Promise<boolean> {
    try {
      await this.revocations.revokeSession(sessionId, this.sessionRevocationUntil(Date.now()));
      return true;
    } catch (error) {
      this.log.error({ session: sessionId, err: (error as Error).message }, 'session ended, but its revocation could not be shared: its access tokens expire on their own');
      return false;
    }
  }

  /** Ends one session now (sign-out, or an administrator): answers whether it was still open. */
  async endSession(em: EntityManager, sessionId: string, reason: SessionEndReason): Promise<{ ended: boolean; sharedAtOnce: boolean }> {
    const ended = await em.nativeUpdate(Session, { id: sessionId, endedAt: null }, { endedAt: new Date(), endReason: reason });
    return { ended: ended > 0, sharedAtOnce: ended > 0 ? await this.revokeSessionTokens(sessionId) : true };
  }

  /** Ends every session of a user now (see `endUserSessions`), sharing it with every verifier. */
  endUserSessions(em: EntityManager, user: UserAccount, reason: SessionEndReason) {
    return endUserSessions(em, user, reason, { revocations: this.revocations, auth: this.auth, log: this.log });
  }

  /** The session a refresh token belongs to, if any (sign-out with a refresh token). */
  async sessionOfRefreshToken(em: EntityManager, token: string): Promise<string | undefined> {
    return (await em.findOne(RefreshToken, { hash: hashOf(token) }))?.session.id;
  }

  /** A user's sessions that can still be refreshed, newest first. */
  openSessions(em: EntityManager, userId: string): Promise<Session[]> {
    return em.find(Session, { user: userId, endedAt: null, expiresAt: { $gt: new Date() } }, { orderBy: { createdAt: 'desc' } });
  }
}

/** Where a user's revocation is shared: the gateway's revocation list (absent in scripts that only write the database). */
export interface RevocationSharing {
  revocations: Revocations;
  auth: Pick<AuthConfig, 'clockToleranceSeconds'>;
  log: Logger;
}

/**
 * Ends every session of a user now, and refuses every access token issued to them before now — including
 * tokens without a session (`npm run token --sub <user id>`). Used by disabling an account, changing its role,
 * binding or password (users.ts) and by an administrator's "end sessions now". Without `share` (a script with no
 * gateway of its own) only the database knows: no refresh works any more, and access tokens already issued
 * expire on their own within one access-token lifetime.
 */
export async function endUserSessions(
  em: EntityManager,
  user: UserAccount,
  reason: SessionEndReason,
  share?: RevocationSharing,
): Promise<{ sessionsEnded: number; sharedAtOnce: boolean }> {
  const now = new Date();
  const sessionsEnded = await em.nativeUpdate(Session, { user: user.id, endedAt: null }, { endedAt: now, endReason: reason });
  await em.nativeUpdate(UserAccount, { id: user.id }, { tokensNotBefore: now });
  user.tokensNotBefore = now;
  if (!share) return { sessionsEnded, sharedAtOnce: false };
  try {
    await share.revocations.revokeSubject(user.id, notBeforeSeconds(now)!, now.getTime() + (MAX_TOKEN_TTL_SECONDS + share.auth.clockToleranceSeconds) * 1000);
    return { sessionsEnded, sharedAtOnce: true };
  } catch (error) {
    share.log.error({ user: user.id, err: (error as Error).message }, "user's sessions ended, but the revocation could not be shared: access tokens expire on their own");
    return { sessionsEnded, sharedAtOnce: false };
  }
}
