import { issueToken, sendGraphQLError, type AuthConfig, type Logger } from '@imepanel/runtime';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Router } from 'express';
import { burnVerification, verifyPassword } from './passwords';
import { UserAccount } from './user-account';
import { normaliseEmail } from './users';

const WRONG_CREDENTIALS = 'Unknown e-mail address or wrong password';

/**
 * POST /auth/login `{ email, password }` → `{ token, expiresAt, user }`: the embedded default's login, against
 * the `identity` users table. The same answer (401) for an unknown e-mail and a wrong password, in the same
 * time, so it cannot be used to find out who has an account.
 */
export function loginRouter(orm: MikroORM, auth: AuthConfig, log: Logger): Router {
  const router = express.Router();
  router.post('/auth/login', express.json({ limit: '4kb' }), async (req, res, next) => {
    try {
      const { email, password } = (req.body ?? {}) as { email?: unknown; password?: unknown };
      const fields = [
        ...(typeof email === 'string' && email.trim() && email.length <= 200 ? [] : [{ field: 'email', message: 'email is required (at most 200 characters)' }]),
        ...(typeof password === 'string' && password && password.length <= 200 ? [] : [{ field: 'password', message: 'password is required (at most 200 characters)' }]),
      ];
      if (fields.length) {
        res.status(400).json({ errors: [{ message: fields.map((f) => f.message).join('; '), extensions: { code: 'BAD_USER_INPUT', fields } }] });
        return;
      }
      const em = orm.em.fork();
      const user = await em.findOne(UserAccount, { email: normaliseEmail(email as string) });
      const matches = user ? await verifyPassword(password as string, user.passwordHash) : (await burnVerification(password as string), false);
      if (!user || !matches || !user.active) {
        log.warn({ reason: !user ? 'unknown user' : !matches ? 'wrong password' : 'disabled account' }, 'login refused');
        sendGraphQLError(res, 401, 'UNAUTHENTICATED', user && matches ? 'This account is disabled' : WRONG_CREDENTIALS);
        return;
      }
      const { token, expiresAt } = await issueToken(auth, {
        sub: user.id,
        name: user.displayName,
        role: user.role,
        clientId: user.clientId,
        examinerId: user.examinerId,
      });
      user.lastLoginAt = new Date();
      await em.flush();
      log.info({ user: user.id, role: user.role }, 'login');
      res.json({
        token,
        expiresAt: expiresAt.toISOString(),
        user: { id: user.id, email: user.email, name: user.displayName, role: user.role, clientId: user.clientId, examinerId: user.examinerId },
      });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
