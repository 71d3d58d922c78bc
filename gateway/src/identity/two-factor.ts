import { UUID_PATTERN, requestActor, type Clock, type Logger } from '@imepanel/runtime';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import express, { type RequestHandler, type Response, type Router } from 'express';
import { accountView, type AccountSettings } from './accounts';
import { issueAccountToken } from './account-tokens';
import { auditIdentity, badInput, preconditionFailed, refuse } from './login';
import { checkTotpCode, decryptTotpSecret, encryptTotpSecret, newTotpEnrolment } from './totp';
import { UserAccount } from './user-account';

/** How long the second step of a sign-in may wait for its TOTP code. */
export const SIGN_IN_CHALLENGE_SECONDS = 300;

/** Whether this user's sign-in needs a TOTP code: they enrolled, or their role must (TOTP_REQUIRED_ROLES). */
export const needsSecondFactor = (user: UserAccount, settings: AccountSettings) => user.totpEnabledAt !== null || settings.totpRequiredRoles.includes(user.role);

/**
 * The answer to a right password when a TOTP code is needed too: a single-use challenge token for
 * POST /auth/login/totp (and, when the user has yet to enrol, POST /auth/login/totp/enrol first).
 */
export async function secondFactorChallenge(em: EntityManager, user: UserAccount, clock: Clock) {
  const { token, expiresAt } = await issueAccountToken(em, user, 'SIGN_IN', SIGN_IN_CHALLENGE_SECONDS, clock, null);
  return { mfaRequired: true, enrolmentRequired: user.totpEnabledAt === null, mfaToken: token, mfaExpiresAt: expiresAt.toISOString() };
}

/** Starts (or restarts) TOTP enrolment: a new secret kept encrypted, shown this once, in use once confirmed. */
export async function beginTotpEnrolment(em: EntityManager, user: UserAccount, key: Buffer) {
  const enrolment = newTotpEnrolment(user.email);
  user.totpSecret = encryptTotpSecret(enrolment.secret, key);
  await em.flush();
  return enrolment;
}

/**
 * Checks a TOTP code of the user's secret (the enrolled one, or the one being enrolled) and, when right, records
 * its time step so it cannot be used again, and finishes an enrolment. The caller flushes.
 */
export async function acceptTotpCode(user: UserAccount, code: string, key: Buffer, clock: Clock): Promise<boolean> {
  if (!user.totpSecret) return false;
  const step = await checkTotpCode(decryptTotpSecret(user.totpSecret, key), code, clock.now(), user.totpLastTimeStep);
  if (step === null) return false;
  user.totpLastTimeStep = step;
  user.totpEnabledAt ??= clock.now();
  return true;
}

export interface OwnAccountOptions {
  orm: MikroORM;
  settings: AccountSettings;
  clock: Clock;
  totpKey: Buffer;
  authenticated: RequestHandler[];
  log: Logger;
}

/**
 * A signed-in user's own account (the console's "My account"): `GET /auth/account`, and TOTP enrolment with
 * `POST /auth/account/two-factor` → `{ secret, otpauthUri }` then `POST /auth/account/two-factor/confirm`
 * `{ code }`. Once on, only an administrator turns it off ("reset two-factor", accounts.ts).
 */
export function ownAccountRouter(options: OwnAccountOptions): Router {
  const { orm, log } = options;
  const router = express.Router();
  const json = express.json({ limit: '4kb' });

  const ownAccount = async (em: EntityManager, res: Response): Promise<UserAccount | null> => {
    const actor = requestActor(res)!;
    const user = UUID_PATTERN.test(actor.id) ? await em.findOne(UserAccount, { id: actor.id }) : null;
    if (!user) refuse(res, 404, 'NOT_FOUND', 'This token belongs to no account of the embedded login (a script or service token)');
    return user;
  };

  router.get('/auth/account', ...options.authenticated, async (_req, res, next) => {
    try {
      const user = await ownAccount(orm.em.fork(), res);
      if (user) res.json({ ...accountView(user), twoFactorRequired: options.settings.totpRequiredRoles.includes(user.role) });
    } catch (error) {
      next(error);
    }
  });

  router.post('/auth/account/two-factor', ...options.authenticated, async (_req, res, next) => {
    try {
      const em = orm.em.fork();
      const user = await ownAccount(em, res);
      if (!user) return;
      if (user.totpEnabledAt) return refuse(res, 409, 'CONFLICT', 'Two-factor authentication is on already; an administrator can reset it');
      res.json(await beginTotpEnrolment(em, user, options.totpKey));
    } catch (error) {
      next(error);
    }
  });

  router.post('/auth/account/two-factor/confirm', ...options.authenticated, json, async (req, res, next) => {
    try {
      const em = orm.em.fork();
      const user = await ownAccount(em, res);
      if (!user) return;
      const code = (req.body as { code?: unknown } | undefined)?.code;
      if (user.totpEnabledAt) return refuse(res, 409, 'CONFLICT', 'Two-factor authentication is on already');
      if (!user.totpSecret) return preconditionFailed(res, 409, 'Start the enrolment first (POST /auth/account/two-factor)', 'ENROLMENT_NOT_STARTED');
      if (typeof code !== 'string' || !(await acceptTotpCode(user, code.trim(), options.totpKey, options.clock))) {
        return badInput(res, [{ field: 'code', message: 'This is not the current code of your authenticator app (6 digits)' }]);
      }
      await em.flush();
      log.info({ user: user.id }, 'two-factor authentication enrolled');
      await auditIdentity(orm, log, requestActor(res), { operation: 'enrolTwoFactor', recordIds: [user.id] });
      res.json(accountView(user));
    } catch (error) {
      next(error);
    }
  });

  return router;
}
