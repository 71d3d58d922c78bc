import { UUID_PATTERN, findAuditEntries, requestActor, sendGraphQLError, type Actor, type FieldError, type Logger, type PageInput } from '@imepanel/runtime';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { IdentityAuditEntry } from './identity-audit';
import { auditIdentity, badInput, refuse } from './login';
import { Session } from './session';
import type { RevocationSharing, SessionService } from './sessions';
import { UserAccount } from './user-account';

const UUID = UUID_PATTERN;

export interface SessionAdminOptions {
  orm: MikroORM;
  sessions: SessionService;
  share: RevocationSharing;
  /** Authentication and the per-identity rate limit, as for /graphql. */
  authenticated: RequestHandler[];
  log: Logger;
}

const sessionView = (s: Session) => ({
  id: s.id,
  transport: s.transport,
  createdAt: s.createdAt.toISOString(),
  lastRefreshedAt: s.lastRefreshedAt.toISOString(),
  expiresAt: s.expiresAt.toISOString(),
  userAgent: s.userAgent,
  address: s.address,
});

/** The administrator of the request, or a 403 answered (null). */
function administrator(res: Response): Actor | null {
  const actor = requestActor(res)!;
  if (actor.role === 'ADMIN') return actor;
  refuse(res, 403, 'FORBIDDEN', `A ${actor.role} may not manage accounts or sessions; allowed roles: ADMIN`);
  return null;
}

function idParameter(req: Request, res: Response, name: string): string | null {
  const id = req.params[name];
  if (typeof id === 'string' && UUID.test(id)) return id;
  badInput(res, [{ field: name, message: `${name} must be a UUID` }]);
  return null;
}

/**
 * Account and session administration of the embedded login, ADMIN only and audited in the identity schema
 * (docs/security.md, "Sessions and tokens"):
 *
 * - `GET /auth/users/:id/sessions`: the user's open sessions.
 * - `DELETE /auth/users/:id/sessions`: ends them all now, and every token issued to the user so far.
 * - `DELETE /auth/sessions/:id`: ends one session now (an administrator, or its own user).
 * (Changing an account, `PATCH /auth/users/:id`, is accounts.ts's, for organisation managers too.)
 * - `GET /auth/audit-log?actorId=&operation=&recordId=&from=&to=&limit=&offset=`: the identity audit log.
 */
export function sessionAdminRouter(options: SessionAdminOptions): Router {
  const { orm, sessions, share, log } = options;
  const router = express.Router();
  const json = express.json({ limit: '4kb' });

  router.get('/auth/users/:userId/sessions', ...options.authenticated, async (req, res, next) => {
    try {
      if (!administrator(res)) return;
      const userId = idParameter(req, res, 'userId');
      if (!userId) return;
      const em = orm.em.fork();
      if (!(await em.count(UserAccount, { id: userId }))) return refuse(res, 404, 'NOT_FOUND', `UserAccount ${userId} does not exist`);
      const open = await sessions.openSessions(em, userId);
      res.json({ items: open.map(sessionView), total: open.length });
    } catch (error) {
      next(error);
    }
  });

  router.delete('/auth/users/:userId/sessions', ...options.authenticated, async (req, res, next) => {
    try {
      const actor = administrator(res);
      if (!actor) return;
      const userId = idParameter(req, res, 'userId');
      if (!userId) return;
      const em = orm.em.fork();
      const user = await em.findOne(UserAccount, { id: userId });
      if (!user) return refuse(res, 404, 'NOT_FOUND', `UserAccount ${userId} does not exist`);
      const outcome = await sessions.endUserSessions(em, user, 'ENDED_BY_ADMIN');
      log.info({ user: userId, by: actor.id, sessionsEnded: outcome.sessionsEnded }, "an administrator ended a user's sessions");
      await auditIdentity(orm, log, actor, { operation: 'endUserSessions', recordIds: [userId], details: { sessionsEnded: outcome.sessionsEnded } });
      res.json({ userId, ...outcome, tokensNotBefore: user.tokensNotBefore!.toISOString() });
    } catch (error) {
      next(error);
    }
  });

  router.delete('/auth/sessions/:sessionId', ...options.authenticated, async (req, res, next) => {
    try {
      const actor = requestActor(res)!;
      const sessionId = idParameter(req, res, 'sessionId');
      if (!sessionId) return;
      const em = orm.em.fork();
      const session = await em.findOne(Session, { id: sessionId });
      // Another user's session is as invisible to a non-administrator as one that does not exist.
      if (!session || (actor.role !== 'ADMIN' && session.user.id !== actor.id)) return refuse(res, 404, 'NOT_FOUND', `Session ${sessionId} does not exist`);
      const outcome = await sessions.endSession(em, sessionId, actor.role === 'ADMIN' && session.user.id !== actor.id ? 'ENDED_BY_ADMIN' : 'SIGNED_OUT');
      await auditIdentity(orm, log, actor, { operation: 'endSession', recordIds: [session.user.id, sessionId], details: { wasOpen: outcome.ended } });
      res.json({ sessionId, ...outcome });
    } catch (error) {
      next(error);
    }
  });

  router.get('/auth/audit-log', ...options.authenticated, async (req, res, next) => {
    try {
      if (!administrator(res)) return;
      const q = req.query as Record<string, unknown>;
      const text = (name: string, max: number) => (typeof q[name] === 'string' && (q[name] as string).length <= max ? (q[name] as string) : undefined);
      const fields: FieldError[] = [];
      const number = (name: string, fallback: number, min: number, max: number) => {
        if (q[name] === undefined) return fallback;
        const value = Number(q[name]);
        if (Number.isInteger(value) && value >= min && value <= max) return value;
        fields.push({ field: name, message: `${name} must be an integer from ${min} to ${max}` });
        return fallback;
      };
      const instant = (name: string) => {
        if (q[name] === undefined) return undefined;
        const value = new Date(String(q[name]));
        if (!Number.isNaN(value.getTime())) return value;
        fields.push({ field: name, message: `${name} must be an ISO 8601 instant` });
        return undefined;
      };
      const page = { limit: number('limit', 25, 1, 200), offset: number('offset', 0, 0, 1_000_000) } as PageInput;
      const filter = { actorId: text('actorId', 200), operation: text('operation', 100), recordId: text('recordId', 100), requestId: text('requestId', 100), from: instant('from'), to: instant('to') };
      if (fields.length) return badInput(res, fields);
      res.json(await findAuditEntries(orm.em.fork(), IdentityAuditEntry, 'identity', filter, page));
    } catch (error) {
      next(error);
    }
  });

  router.use('/auth', (_req, res) => sendGraphQLError(res, 404, 'NOT_FOUND', 'No such /auth endpoint (see docs/security.md, "Sessions and tokens")'));
  return router;
}
