import {
  bearerToken,
  createAuditRecorder,
  currentRequestScope,
  sendGraphQLError,
  type Actor,
  type Clock,
  type FieldError,
  type IdentityRule,
  type Logger,
  type TokenVerifier,
} from '@imepanel/runtime';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type Response, type Router } from 'express';
import type { AccountSettings } from './accounts';
import { peekAccountToken, useAccountToken } from './account-tokens';
import { IdentityAuditEntry } from './identity-audit';
import type { LoginLockouts } from './lockout';
import { burnVerification, verifyPassword } from './passwords';
import type { SessionSettings, SessionGrant, SessionService } from './sessions';
import type { SessionTransport } from './session';
import { acceptTotpCode, beginTotpEnrolment, needsSecondFactor, secondFactorChallenge } from './two-factor';
import { UserAccount } from './user-account';
import { normaliseEmail } from './users';

const WRONG_CREDENTIALS = 'Unknown e-mail address or wrong password';

/** The console's refresh cookie: HttpOnly (no script reads it), SameSite=Strict, sent only to the refresh path. */
export const REFRESH_COOKIE = 'imepanel_refresh';
export const REFRESH_PATH = '/auth/refresh';
/**
 * A request using the refresh cookie must carry this header. A cross-site form cannot set headers and a
 * cross-site script setting one needs a CORS preflight, which only the configured origins pass (CSRF).
 */
export const CSRF_HEADER = 'x-requested-with';

export function refuse(res: Response, status: number, code: string, message: string, extensions: Record<string, unknown> = {}) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/** A FAILED_PRECONDITION of the account endpoints, naming its rule (the runtime's IDENTITY_RULES). */
export function preconditionFailed(res: Response, status: 409 | 410, message: string, rule: IdentityRule, extensions: Record<string, unknown> = {}) {
  refuse(res, status, 'FAILED_PRECONDITION', message, { rule, ...extensions });
}

export function badInput(res: Response, fields: FieldError[]) {
  refuse(res, 400, 'BAD_USER_INPUT', fields.map((f) => f.message).join('; '), { fields });
}

function cookieValue(req: Request, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

export interface AuthRoutesOptions {
  orm: MikroORM;
  sessions: SessionService;
  settings: SessionSettings;
  lockouts: LoginLockouts;
  verifyToken: TokenVerifier;
  accounts: AccountSettings;
  clock: Clock;
  /** Encrypts the TOTP secrets (totp.ts). */
  totpKey: Buffer;
  log: Logger;
}

/** Writes an entry of the identity schema's audit log (after the change it records was committed). */
export async function auditIdentity(
  orm: MikroORM,
  log: Logger,
  actor: Actor | null,
  entry: { operation: string; recordIds: string[]; details?: Record<string, unknown> },
): Promise<void> {
  const scope = currentRequestScope();
  try {
    await createAuditRecorder({ em: orm.em.fork(), entity: IdentityAuditEntry, actor, requestId: scope?.requestId ?? 'unknown', correlationId: scope?.correlationId ?? null, log }).mutation({ ...entry, recordType: 'UserAccount' });
  } catch (error) {
    // As in the subgraphs (docs/security.md, "Audit log"): the change stands, the failure is an error in the log.
    log.error({ err: (error as Error).message, operation: entry.operation }, 'audit entry could not be written');
  }
}

/**
 * POST /auth/login, /auth/refresh and /auth/logout of the embedded login (docs/security.md, "Sessions and
 * tokens"), against the `identity` schema:
 *
 * - login `{ email, password, refreshTokenIn?: "body" | "cookie" }` → `{ token, expiresAt, sessionId,
 *   refreshToken?, refreshExpiresAt, sessionExpiresAt, user }`. An unknown e-mail, a wrong password, a disabled account and a
 *   locked one all get the same 401 in the same time, so the answer tells nobody who has an account, whether
 *   a guessed password was right, or that guessing locked it.
 *   When the user has TOTP on (or their role must, TOTP_REQUIRED_ROLES), a right password answers instead
 *   `{ mfaRequired: true, enrolmentRequired, mfaToken, mfaExpiresAt }`, and the session comes from
 * - login/totp `{ mfaToken, code, refreshTokenIn? }` → the login's answer; a wrong or replayed code is a 401
 *   and counts as a failed login. `enrolmentRequired` users first get their secret from
 * - login/totp/enrol `{ mfaToken }` → `{ secret, otpauthUri }` (the code then confirms the enrolment).
 * - refresh `{ refreshToken }`, or the cookie with the CSRF header → the same answer with the next refresh token.
 * - logout `{ refreshToken }`, the cookie, or the bearer token of the session → 204; its tokens stop working.
 */
export function authRouter(options: AuthRoutesOptions): Router {
  const { orm, sessions, settings, lockouts, log } = options;
  const router = express.Router();
  const json = express.json({ limit: '4kb' });

  const cookieOptions = { httpOnly: true, secure: settings.secureCookie, sameSite: 'strict' as const, path: REFRESH_PATH };
  const answerGrant = (res: Response, grant: SessionGrant, transport: SessionTransport) => {
    const user = grant.session.user;
    if (transport === 'COOKIE') {
      res.cookie(REFRESH_COOKIE, grant.refreshToken, { ...cookieOptions, expires: grant.refreshExpiresAt });
    }
    res.json({
      token: grant.access.token,
      expiresAt: grant.access.expiresAt.toISOString(),
      sessionId: grant.session.id,
      ...(transport === 'BODY' ? { refreshToken: grant.refreshToken } : {}),
      refreshExpiresAt: grant.refreshExpiresAt.toISOString(),
      // The session's absolute end (SESSION_MAX_AGE_SECONDS after the login), for a warning before it comes.
      sessionExpiresAt: grant.session.expiresAt.toISOString(),
      user: { id: user.id, email: user.email, name: user.displayName, role: user.role, clientId: user.clientId, examinerId: user.examinerId, manager: user.manager },
    });
  };
  const clearCookie = (res: Response) => res.clearCookie(REFRESH_COOKIE, cookieOptions);

  /** The refresh token of a request, from the body or (with the CSRF header) the cookie. */
  const presentedRefreshToken = (req: Request, res: Response): { token: string; transport: SessionTransport } | null | undefined => {
    const fromBody = (req.body as { refreshToken?: unknown } | undefined)?.refreshToken;
    if (fromBody !== undefined) {
      if (typeof fromBody === 'string' && fromBody.length > 0 && fromBody.length <= 200) return { token: fromBody, transport: 'BODY' };
      badInput(res, [{ field: 'refreshToken', message: 'refreshToken must be the string a login or refresh answered' }]);
      return undefined;
    }
    const fromCookie = cookieValue(req, REFRESH_COOKIE);
    if (fromCookie === null) return null;
    if (!req.header(CSRF_HEADER)) {
      refuse(res, 403, 'FORBIDDEN', `A request with the session cookie must send the ${CSRF_HEADER} header (cross-site request protection)`);
      return undefined;
    }
    return { token: fromCookie, transport: 'COOKIE' };
  };

  router.post('/auth/login', json, async (req, res, next) => {
    try {
      const { email, password, refreshTokenIn } = (req.body ?? {}) as { email?: unknown; password?: unknown; refreshTokenIn?: unknown };
      const fields = [
        ...(typeof email === 'string' && email.trim() && email.length <= 200 ? [] : [{ field: 'email', message: 'email is required (at most 200 characters)' }]),
        ...(typeof password === 'string' && password && password.length <= 200 ? [] : [{ field: 'password', message: 'password is required (at most 200 characters)' }]),
        ...(refreshTokenIn === undefined || refreshTokenIn === 'body' || refreshTokenIn === 'cookie'
          ? []
          : [{ field: 'refreshTokenIn', message: 'refreshTokenIn must be "body" (the default) or "cookie"' }]),
      ];
      if (fields.length) return badInput(res, fields);
      const em = orm.em.fork();
      const user = await em.findOne(UserAccount, { email: normaliseEmail(email as string) });
      const lockedForMs = user ? await lockouts.lockedForMs(user.id) : 0;
      let reason: string | null = null;
      if (!user) {
        await burnVerification(password as string);
        reason = 'unknown user';
      } else if (lockedForMs > 0) {
        // The password is not checked while locked: a right guess must not be confirmed, nor a wrong one counted.
        await burnVerification(password as string);
        reason = 'account locked';
      } else if (!(await verifyPassword(password as string, user.passwordHash))) {
        reason = 'wrong password';
        const { failures, lockedForMs: lockFor } = await lockouts.failed(user.id);
        if (lockFor > 0) {
          log.warn({ user: user.id, failures, lockedForSeconds: lockFor / 1000 }, 'account locked after failed logins');
          await auditIdentity(orm, log, null, { operation: 'lockAccount', recordIds: [user.id], details: { failures, lockedForSeconds: lockFor / 1000 } });
        }
      } else if (!user.active) {
        reason = 'disabled account';
      }
      if (reason) {
        log.warn({ reason, ...(user ? { user: user.id } : {}) }, 'login refused');
        return sendGraphQLError(res, 401, 'UNAUTHENTICATED', WRONG_CREDENTIALS);
      }
      await lockouts.succeeded(user!.id);
      if (needsSecondFactor(user!, options.accounts)) {
        log.info({ user: user!.id, enrolled: user!.totpEnabledAt !== null }, 'password accepted, TOTP code needed');
        return res.json(await secondFactorChallenge(em, user!, options.clock));
      }
      const transport: SessionTransport = refreshTokenIn === 'cookie' ? 'COOKIE' : 'BODY';
      const grant = await sessions.open(em, user!, { transport, userAgent: req.header('user-agent'), address: req.ip });
      log.info({ user: user!.id, role: user!.role, session: grant.session.id }, 'login');
      answerGrant(res, grant, transport);
    } catch (error) {
      next(error);
    }
  });

  const mfaTokenOf = (req: Request, res: Response): string | null => {
    const token = (req.body as { mfaToken?: unknown } | undefined)?.mfaToken;
    if (typeof token === 'string' && token.length > 0 && token.length <= 100) return token;
    badInput(res, [{ field: 'mfaToken', message: 'mfaToken is required: the one the login answered' }]);
    return null;
  };
  const SIGN_IN_AGAIN = 'This sign-in has expired or was used: sign in again with your password (POST /auth/login)';

  router.post('/auth/login/totp/enrol', json, async (req, res, next) => {
    try {
      const token = mfaTokenOf(req, res);
      if (!token) return;
      const em = orm.em.fork();
      const found = await peekAccountToken(em, token, ['SIGN_IN'], options.clock);
      if ('refused' in found) return sendGraphQLError(res, 401, 'UNAUTHENTICATED', SIGN_IN_AGAIN);
      const user = found.row.user;
      if (user.totpEnabledAt) return refuse(res, 409, 'CONFLICT', 'Two-factor authentication is on already: send the code (POST /auth/login/totp)');
      res.json(await beginTotpEnrolment(em, user, options.totpKey));
    } catch (error) {
      next(error);
    }
  });

  router.post('/auth/login/totp', json, async (req, res, next) => {
    try {
      const token = mfaTokenOf(req, res);
      if (!token) return;
      const { code, refreshTokenIn } = req.body as { code?: unknown; refreshTokenIn?: unknown };
      if (typeof code !== 'string' || !/^\s*\d{6}\s*$/.test(code)) return badInput(res, [{ field: 'code', message: 'code must be the 6 digits your authenticator app shows' }]);
      if (refreshTokenIn !== undefined && refreshTokenIn !== 'body' && refreshTokenIn !== 'cookie') {
        return badInput(res, [{ field: 'refreshTokenIn', message: 'refreshTokenIn must be "body" (the default) or "cookie"' }]);
      }
      const em = orm.em.fork();
      const found = await peekAccountToken(em, token, ['SIGN_IN'], options.clock);
      if ('refused' in found) return sendGraphQLError(res, 401, 'UNAUTHENTICATED', SIGN_IN_AGAIN);
      const userId = found.row.user.id;
      const wasEnrolled = found.row.user.totpEnabledAt !== null;
      if ((await lockouts.lockedForMs(userId)) > 0) {
        log.warn({ user: userId, reason: 'account locked' }, 'TOTP code refused');
        return sendGraphQLError(res, 401, 'UNAUTHENTICATED', 'Wrong or already used code');
      }
      class WrongCode extends Error {}
      let outcome;
      try {
        outcome = await useAccountToken(em, token, ['SIGN_IN'], options.clock, async (_tx, row) => {
          if (!row.user.active || !(await acceptTotpCode(row.user, code.trim(), options.totpKey, options.clock))) throw new WrongCode();
          return row.user;
        });
      } catch (error) {
        if (!(error instanceof WrongCode)) throw error;
        const { lockedForMs: lockFor } = await lockouts.failed(userId);
        if (lockFor > 0) await auditIdentity(orm, log, null, { operation: 'lockAccount', recordIds: [userId], details: { secondFactor: true, lockedForSeconds: lockFor / 1000 } });
        log.warn({ user: userId, reason: 'wrong or replayed TOTP code' }, 'login refused');
        return sendGraphQLError(res, 401, 'UNAUTHENTICATED', 'Wrong or already used code');
      }
      if ('refused' in outcome && outcome.refused) return sendGraphQLError(res, 401, 'UNAUTHENTICATED', SIGN_IN_AGAIN);
      const user = (outcome as { result: UserAccount }).result;
      const enrolled = !wasEnrolled;
      await lockouts.succeeded(user.id);
      if (enrolled) await auditIdentity(orm, log, null, { operation: 'enrolTwoFactor', recordIds: [user.id], details: { atSignIn: true } });
      const transport: SessionTransport = refreshTokenIn === 'cookie' ? 'COOKIE' : 'BODY';
      const sessionEm = orm.em.fork();
      const grant = await sessions.open(sessionEm, (await sessionEm.findOne(UserAccount, { id: user.id }))!, { transport, userAgent: req.header('user-agent'), address: req.ip });
      log.info({ user: user.id, role: user.role, session: grant.session.id, secondFactor: 'totp' }, 'login');
      answerGrant(res, grant, transport);
    } catch (error) {
      next(error);
    }
  });

  router.post(REFRESH_PATH, json, async (req, res, next) => {
    try {
      const presented = presentedRefreshToken(req, res);
      if (presented === undefined) return;
      if (presented === null) {
        return sendGraphQLError(res, 401, 'UNAUTHENTICATED', 'No session to refresh: send { "refreshToken" } or sign in (POST /auth/login)');
      }
      const outcome = await sessions.refresh(orm.em.fork(), presented.token, presented.transport);
      if ('refused' in outcome) {
        if (presented.transport === 'COOKIE') clearCookie(res);
        if (outcome.refused === 'REUSED') {
          const userId = outcome.session!.user.id;
          log.warn({ user: userId, session: outcome.session!.id }, 'a used refresh token was presented again: session ended');
          await auditIdentity(orm, log, null, { operation: 'endSessionOnRefreshTokenReuse', recordIds: [userId, outcome.session!.id] });
        } else {
          log.info({ reason: outcome.refused, ...(outcome.session ? { session: outcome.session.id } : {}) }, 'refresh refused');
        }
        return sendGraphQLError(res, 401, 'UNAUTHENTICATED', 'This session has ended or expired: sign in again (POST /auth/login)');
      }
      answerGrant(res, outcome, presented.transport);
    } catch (error) {
      next(error);
    }
  });

  router.post('/auth/logout', json, async (req, res, next) => {
    try {
      const presented = presentedRefreshToken(req, res);
      if (presented === undefined) return;
      const em = orm.em.fork();
      let sessionId: string | undefined;
      if (presented) {
        sessionId = await sessions.sessionOfRefreshToken(em, presented.token);
      } else if (bearerToken(req.headers.authorization)) {
        let actor: Actor;
        try {
          actor = await options.verifyToken(bearerToken(req.headers.authorization)!);
        } catch (error) {
          return sendGraphQLError(res, 401, 'UNAUTHENTICATED', (error as Error).message);
        }
        sessionId = actor.sessionId;
      }
      if (sessionId) {
        const { ended } = await sessions.endSession(em, sessionId, 'SIGNED_OUT');
        if (ended) log.info({ session: sessionId }, 'signed out');
      }
      clearCookie(res);
      res.status(204).end();
    } catch (error) {
      next(error);
    }
  });
  return router;
}
