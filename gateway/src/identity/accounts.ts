import { MESSAGE_LANGUAGES, UUID_PATTERN, USER_ROLES, isUserRole, requestActor, type Actor, type Clock, type FieldError, type Logger, type MessageLanguage, type RateLimit, type UserRole } from '@imepanel/runtime';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import type { AccountEmail, AccountMailer } from './account-mail';
import { accountActionRefusal, mayManageAccounts, type AccountAction, type AccountManager, type AccountRefusal, type ManagedAccount } from './account-rules';
import type { AccountTokenPurpose } from './account-token';
import { issueAccountToken, peekAccountToken, useAccountToken } from './account-tokens';
import type { LoginLockouts } from './lockout';
import { auditIdentity, badInput, preconditionFailed, refuse } from './login';
import { hashPassword, passwordProblem } from './passwords';
import { MAX_PASSWORD_LENGTH } from './password-policy';
import type { Session } from './session';
import { endUserSessions, type RevocationSharing, type SessionService } from './sessions';
import { UserAccount } from './user-account';
import { BindingError, bindingProblems, normaliseEmail, updateUser, type UserChange } from './users';

const UUID = UUID_PATTERN;

/** Invitations, password resets and two-factor authentication (GATEWAY config, docs/security.md "Accounts and invitations"). */
export interface AccountSettings {
  /** INVITATION_VALIDITY_HOURS (72): how long an invitation link works. */
  invitationValiditySeconds: number;
  /** PASSWORD_RESET_VALIDITY_MINUTES (60): how long a password-reset link works. */
  passwordResetValiditySeconds: number;
  /** CONSOLE_URL: the console's address that links point to; else the address the request came to. */
  consoleUrl: string | null;
  /** Print invitation and reset links in the log (development only: a link is a password). */
  logLinks: boolean;
  /**
   * Answer every link to the administrator or manager who asked for it, e-mailed or not (development only).
   * Otherwise a link is answered only when it was not e-mailed: no SMTP_URL (it waits in the message outbox).
   */
  alwaysAnswerLinks: boolean;
  /** TOTP_REQUIRED_ROLES (ADMIN in production): roles that must use TOTP before they get a session. */
  totpRequiredRoles: UserRole[];
  /** TOTP_ENCRYPTION_KEY: encrypts the TOTP secrets; derived from JWT_SECRET when not given. */
  totpEncryptionKey: string | null;
  /** Per client address, for POST /auth/password-reset ("forgot password"). */
  passwordResetRateLimit: RateLimit;
}

/** Does a client or an examiner with this id exist (asked of the cases or examiners subgraph)? */
export type BindingLookup = (kind: 'client' | 'examiner', id: string) => Promise<boolean>;

export interface AccountRoutesOptions {
  orm: MikroORM;
  sessions: SessionService;
  share: RevocationSharing;
  settings: AccountSettings;
  clock: Clock;
  lockouts: LoginLockouts;
  bindingExists: BindingLookup;
  /** False with an external identity provider only: accounts get no invitation (the provider signs them in). */
  localPasswords?: boolean;
  /**
   * E-mails invitations and password resets (account-mail.ts). Without it (an external identity provider only)
   * nothing is e-mailed and a link is answered to whoever asked for it.
   */
  mail?: AccountMailer;
  /** The name of a client organisation, for the invitation of its staff; null when it cannot be told. */
  organisationName?: (clientId: string) => Promise<string | null>;
  /** Authentication and the per-identity rate limit, as for /graphql. */
  authenticated: RequestHandler[];
  log: Logger;
}

/** The console route a link of each purpose opens (admin/src/account/). */
const LINK_ROUTES: Record<Exclude<AccountTokenPurpose, 'SIGN_IN'>, string> = {
  INVITATION: 'accept-invitation',
  PASSWORD_RESET: 'reset-password',
};

export interface AccountLink {
  link: string;
  expiresAt: string;
}

/**
 * Issues a single-use link for a user: an invitation to set a first password, or a password reset. Only the
 * token's hash is kept; the link goes to the user by e-mail (`issueEmailedLink`), and is printed in the log in
 * development. `consoleUrl` is where the console is served (CONSOLE_URL, or the address the request came to).
 */
export async function issueAccountLink(
  em: EntityManager,
  user: UserAccount,
  purpose: 'INVITATION' | 'PASSWORD_RESET',
  options: { settings: AccountSettings; clock: Clock; consoleUrl: string; createdBy: string | null; log?: Logger },
): Promise<AccountLink> {
  const validity = purpose === 'INVITATION' ? options.settings.invitationValiditySeconds : options.settings.passwordResetValiditySeconds;
  const { token, expiresAt } = await issueAccountToken(em, user, purpose, validity, options.clock, options.createdBy);
  const link = `${options.consoleUrl}#/${LINK_ROUTES[purpose]}?token=${token}`;
  if (options.settings.logLinks) options.log?.info({ user: user.id, email: user.email, purpose, link }, 'account link (printed in development only)');
  return { link, expiresAt: expiresAt.toISOString() };
}

/** What the administrator or manager who asked for an invitation or a reset is told (docs/security.md, "Accounts and invitations"). */
export interface AccountLinkAnswer {
  /** The link: in development, or when it was not e-mailed (no SMTP_URL, or it could not be queued); else null. */
  link: string | null;
  expiresAt: string;
  /** Queued to be sent to the user's address through SMTP. */
  emailed: boolean;
  /** Its message in the message outbox (the console's Messages page), or null when none was queued. */
  messageId: string | null;
}

interface LinkContext {
  settings: AccountSettings;
  clock: Clock;
  consoleUrl: string;
  createdBy: string | null;
  log: Logger;
  mail?: AccountMailer;
  /** The client organisation a CLIENT user is invited to, named in the invitation. */
  organisation?: string | null;
}

interface IssuedLink {
  user: UserAccount;
  link: AccountLink;
  /** The e-mail to queue, or null without a mailer. */
  email: AccountEmail | null;
  /** Set when the e-mail was queued in the transaction. */
  messageId: string | null;
}

/**
 * Issues a link in the transaction `tx` and, when the job runner shares the identity database, queues its e-mail
 * in the same transaction: a link exists exactly when its e-mail does, and a rolled-back one sends nothing.
 * `linkAnswer` finishes after the commit.
 */
async function issueEmailedLink(tx: EntityManager, user: UserAccount, purpose: 'INVITATION' | 'PASSWORD_RESET', context: LinkContext): Promise<IssuedLink> {
  const link = await issueAccountLink(tx, user, purpose, context);
  if (!context.mail) return { user, link, email: null, messageId: null };
  const common = { userId: user.id, to: user.email, language: user.language, link: link.link, expiresAt: new Date(link.expiresAt) };
  const email: AccountEmail = purpose === 'INVITATION' ? { purpose, ...common, role: user.role, organisation: context.organisation ?? null } : { purpose, ...common };
  const messageId = context.mail.inTransaction ? await context.mail.queue(email, tx) : null;
  return { user, link, email, messageId };
}

/**
 * After the link's commit: queues the e-mail that could not join the transaction (the job runner on another
 * database; a failure then leaves the link unsent, and answered), and says what happened.
 */
async function linkAnswer(issued: IssuedLink, context: LinkContext): Promise<AccountLinkAnswer> {
  let messageId = issued.messageId;
  if (issued.email && messageId === null) {
    try {
      messageId = await context.mail!.queue(issued.email);
    } catch (error) {
      context.log.error({ err: (error as Error).message, user: issued.user.id, purpose: issued.email.purpose }, 'account e-mail could not be queued');
    }
  }
  const emailed = messageId !== null && context.mail!.sends;
  return { link: context.settings.alwaysAnswerLinks || !emailed ? issued.link.link : null, expiresAt: issued.link.expiresAt, emailed, messageId };
}

export const accountView = (u: UserAccount) => ({
  id: u.id,
  email: u.email,
  name: u.displayName,
  role: u.role,
  clientId: u.clientId,
  examinerId: u.examinerId,
  manager: u.manager,
  language: u.language,
  active: u.active,
  /** False until the invitation is accepted (or with an external identity provider only). */
  passwordSet: u.passwordHash !== '',
  twoFactor: u.totpEnabledAt !== null,
  externalSubject: u.externalSubject,
  lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  createdAt: u.createdAt.toISOString(),
});

const sessionView = (s: Session) => ({
  id: s.id,
  transport: s.transport,
  createdAt: s.createdAt.toISOString(),
  lastRefreshedAt: s.lastRefreshedAt.toISOString(),
  expiresAt: s.expiresAt.toISOString(),
  userAgent: s.userAgent,
  address: s.address,
});

/** Who is acting, as account-rules.ts sees them: the manager flag is read from the database, never from the token. */
async function actingManager(em: EntityManager, actor: Actor): Promise<AccountManager> {
  if (actor.role !== 'CLIENT') return { id: actor.id, role: actor.role as UserRole, clientId: null, manager: false };
  // The embedded login's tokens name the account's id; an external provider's its subject, once linked.
  const account = await em.findOne(UserAccount, UUID.test(actor.id) ? { $or: [{ id: actor.id }, { externalSubject: actor.id }] } : { externalSubject: actor.id });
  const manager = Boolean(account && account.active && account.manager && account.role === 'CLIENT' && account.clientId === actor.clientId);
  return { id: actor.id, role: 'CLIENT', clientId: actor.clientId ?? null, manager };
}

function forbid(res: Response, refusal: AccountRefusal) {
  refuse(res, 403, 'FORBIDDEN', refusal.message, { rule: refusal.rule });
}

const isEmail = (v: unknown): v is string => typeof v === 'string' && v.length <= 200 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim());
const isName = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= 200;
const isLanguage = (v: unknown): v is MessageLanguage => (MESSAGE_LANGUAGES as readonly unknown[]).includes(v);
const LANGUAGE_MESSAGE = `language must be one of ${MESSAGE_LANGUAGES.join(', ')}`;

/** The console address links point to: CONSOLE_URL, else the console of the gateway the request came to. */
function consoleUrlOf(req: Request, settings: AccountSettings): string {
  return settings.consoleUrl ?? `${req.protocol}://${req.get('host')}/admin/`;
}

const SORTABLE = { email: 'email', name: 'displayName', role: 'role', createdAt: 'createdAt', lastLoginAt: 'lastLoginAt' } as const;

/**
 * The account administration of the embedded login (docs/security.md, "Accounts and invitations"), for
 * administrators and, within their organisation, CLIENT managers (account-rules.ts); every change audited:
 *
 * - `GET /auth/users?search=&role=&clientId=&active=&limit=&offset=&sort=&order=` → `{ items, total }`.
 * - `GET /auth/users/:id` → the account, its last sign-in and (administrators) its open sessions.
 * - `POST /auth/users` `{ email, name, role, clientId?, examinerId?, manager?, language? }` → 201 `{ user, invitation }`,
 *   the invitation e-mailed to the user (`AccountLinkAnswer`).
 * - `PATCH /auth/users/:id` `{ name?, email?, active?, role?, clientId?, examinerId?, manager?, language? }`: disabling,
 *   or changing the role or binding, ends the user's sessions now.
 * - `POST /auth/users/:id/invitation` → a new invitation, e-mailed (the earlier link stops working).
 * - `POST /auth/users/:id/password-reset` → a password reset, e-mailed.
 * - `DELETE /auth/users/:id/two-factor` → TOTP off (ADMIN only): the user enrols again.
 *
 * and the public side: `POST /auth/account-links/inspect` `{ token }`, `POST /auth/password` `{ token, password }`
 * (accepts an invitation or a reset) and `POST /auth/password-reset` `{ email }` (forgotten password, e-mailed).
 */
export function accountsRouter(options: AccountRoutesOptions): Router {
  const { orm, share, settings, clock, log } = options;
  const router = express.Router();
  const json = express.json({ limit: '4kb' });
  const linkContext = (req: Request, createdBy: string | null, organisation: string | null = null): LinkContext => ({
    settings,
    clock,
    consoleUrl: consoleUrlOf(req, settings),
    createdBy,
    log,
    mail: options.mail,
    organisation,
  });

  /** The organisation a CLIENT account belongs to, named in its invitation; an invitation without it if unknown. */
  const organisationOf = async (role: UserRole, clientId: string | null): Promise<string | null> => {
    if (role !== 'CLIENT' || !clientId || !options.organisationName) return null;
    try {
      return await options.organisationName(clientId);
    } catch (error) {
      log.warn({ err: (error as Error).message, clientId }, 'the organisation could not be named in an invitation');
      return null;
    }
  };

  /** The acting account manager, or a 403 answered (null). */
  const manager = async (em: EntityManager, res: Response): Promise<AccountManager | null> => {
    const acting = await actingManager(em, requestActor(res)!);
    const refusal = mayManageAccounts(acting);
    if (refusal) {
      forbid(res, refusal);
      return null;
    }
    return acting;
  };

  /** The account of the id parameter that the actor may take `action` on, or an error answered (null). */
  const target = async (em: EntityManager, req: Request, res: Response, acting: AccountManager, action: AccountAction): Promise<UserAccount | null> => {
    const id = req.params.userId;
    if (typeof id !== 'string' || !UUID.test(id)) {
      badInput(res, [{ field: 'userId', message: 'userId must be a UUID' }]);
      return null;
    }
    const user = await em.findOne(UserAccount, { id });
    if (!user) {
      refuse(res, 404, 'NOT_FOUND', `UserAccount ${id} does not exist`);
      return null;
    }
    const refusal = accountActionRefusal(acting, action, user);
    if (refusal) {
      forbid(res, refusal);
      return null;
    }
    return user;
  };

  /**
   * Problems with a client or examiner id that does not exist. While the subgraph that would say cannot answer,
   * the service client throws FAILED_PRECONDITION (DEPENDENCY_UNAVAILABLE), answered by `bindingsExist`.
   */
  const missingBindings = async (next: ManagedAccount & { examinerId: string | null }, before?: UserAccount): Promise<FieldError[]> => {
    const fields: FieldError[] = [];
    if (next.clientId && next.clientId !== before?.clientId && !(await options.bindingExists('client', next.clientId))) {
      fields.push({ field: 'clientId', message: `There is no client ${next.clientId}` });
    }
    if (next.examinerId && next.examinerId !== before?.examinerId && !(await options.bindingExists('examiner', next.examinerId))) {
      fields.push({ field: 'examinerId', message: `There is no examiner ${next.examinerId}` });
    }
    return fields;
  };

  /** Whether the binding's client or examiner exists; otherwise answers why not (and false). Nothing is written before. */
  const bindingsExist = async (res: Response, next: ManagedAccount & { examinerId: string | null }, before?: UserAccount): Promise<boolean> => {
    try {
      const missing = await missingBindings(next, before);
      if (missing.length) badInput(res, missing);
      return missing.length === 0;
    } catch (error) {
      if (!(error instanceof GraphQLError) || error.extensions.code !== 'FAILED_PRECONDITION') throw error;
      refuse(res, 503, 'FAILED_PRECONDITION', `${error.message}: the account was not saved`, { rule: 'DEPENDENCY_UNAVAILABLE', service: error.extensions.service });
      return false;
    }
  };

  router.get('/auth/users', ...options.authenticated, async (req, res, next) => {
    try {
      const em = orm.em.fork();
      const acting = await manager(em, res);
      if (!acting) return;
      const q = req.query as Record<string, unknown>;
      const fields: FieldError[] = [];
      const number = (name: string, fallback: number, min: number, max: number) => {
        if (q[name] === undefined) return fallback;
        const value = Number(q[name]);
        if (Number.isInteger(value) && value >= min && value <= max) return value;
        fields.push({ field: name, message: `${name} must be an integer from ${min} to ${max}` });
        return fallback;
      };
      const limit = number('limit', 25, 1, 200);
      const offset = number('offset', 0, 0, 1_000_000);
      const where: Record<string, unknown> = {};
      if (q.search !== undefined) {
        if (typeof q.search !== 'string' || q.search.length > 200) fields.push({ field: 'search', message: 'search must be text of at most 200 characters' });
        else if (q.search.trim()) {
          const like = `%${q.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
          where.$or = [{ email: { $ilike: like } }, { displayName: { $ilike: like } }];
        }
      }
      if (q.role !== undefined) {
        if (isUserRole(q.role)) where.role = q.role;
        else fields.push({ field: 'role', message: `role must be one of ${USER_ROLES.join(', ')}` });
      }
      for (const key of ['clientId', 'examinerId'] as const) {
        if (q[key] === undefined) continue;
        if (typeof q[key] === 'string' && UUID.test(q[key] as string)) where[key] = q[key];
        else fields.push({ field: key, message: `${key} must be a UUID` });
      }
      for (const key of ['active', 'manager'] as const) {
        if (q[key] === undefined) continue;
        if (q[key] === 'true' || q[key] === 'false') where[key] = q[key] === 'true';
        else fields.push({ field: key, message: `${key} must be true or false` });
      }
      const sort = q.sort === undefined ? 'email' : q.sort;
      if (typeof sort !== 'string' || !(sort in SORTABLE)) fields.push({ field: 'sort', message: `sort must be one of ${Object.keys(SORTABLE).join(', ')}` });
      const order = q.order === undefined ? 'ASC' : q.order;
      if (order !== 'ASC' && order !== 'DESC') fields.push({ field: 'order', message: 'order must be ASC or DESC' });
      if (fields.length) return badInput(res, fields);
      // An organisation manager sees the CLIENT accounts of their own organisation, whatever the filters ask.
      if (acting.role !== 'ADMIN') Object.assign(where, { role: 'CLIENT', clientId: acting.clientId });
      const [items, total] = await em.findAndCount(UserAccount, where, {
        limit,
        offset,
        orderBy: { [SORTABLE[sort as keyof typeof SORTABLE]]: order === 'ASC' ? 'asc nulls last' : 'desc nulls last', id: 'asc' },
      });
      res.json({ items: items.map(accountView), total });
    } catch (error) {
      next(error);
    }
  });

  router.get('/auth/users/:userId', ...options.authenticated, async (req, res, next) => {
    try {
      const em = orm.em.fork();
      const acting = await manager(em, res);
      if (!acting) return;
      const user = await target(em, req, res, acting, 'view');
      if (!user) return;
      // Sessions are an administrator's concern (session-admin.ts); a manager sees the last sign-in.
      const sessions = acting.role === 'ADMIN' ? (await options.sessions.openSessions(em, user.id)).map(sessionView) : null;
      res.json({ ...accountView(user), sessions });
    } catch (error) {
      next(error);
    }
  });

  router.post('/auth/users', ...options.authenticated, json, async (req, res, next) => {
    try {
      const em = orm.em.fork();
      const body = (req.body ?? {}) as Record<string, unknown>;
      // Asking for an administrator is refused under its own rule, whoever else the caller is.
      const asking = await actingManager(em, requestActor(res)!);
      if (body.role === 'ADMIN' && asking.role !== 'ADMIN') return forbid(res, accountActionRefusal(asking, 'create', { role: 'ADMIN', clientId: null })!);
      const acting = await manager(em, res);
      if (!acting) return;
      const fields: FieldError[] = [];
      const accepted = ['email', 'name', 'role', 'clientId', 'examinerId', 'manager', 'language'];
      for (const key of Object.keys(body).filter((k) => !accepted.includes(k))) fields.push({ field: key, message: `${key} is not an account field (${accepted.join(', ')} are)` });
      if (!isEmail(body.email)) fields.push({ field: 'email', message: 'email must be an e-mail address (at most 200 characters)' });
      if (!isName(body.name)) fields.push({ field: 'name', message: 'name is required (at most 200 characters)' });
      if (body.manager !== undefined && typeof body.manager !== 'boolean') fields.push({ field: 'manager', message: 'manager must be true or false' });
      if (body.language !== undefined && !isLanguage(body.language)) fields.push({ field: 'language', message: LANGUAGE_MESSAGE });
      if (!isUserRole(body.role)) fields.push({ field: 'role', message: `role must be one of ${USER_ROLES.join(', ')}` });
      if (fields.length) return badInput(res, fields);
      const role = body.role as UserRole;
      // An organisation manager invites into their own organisation: the client is theirs unless they name another.
      const clientId = (body.clientId ?? (role === 'CLIENT' && acting.role === 'CLIENT' ? acting.clientId : null)) as string | null;
      const examinerId = (body.examinerId ?? null) as string | null;
      const refusal = accountActionRefusal(acting, 'create', { role, clientId });
      if (refusal) return forbid(res, refusal);
      const problems = bindingProblems(role, clientId, examinerId);
      if (body.manager === true && role !== 'CLIENT') problems.push({ field: 'manager', message: 'Only a CLIENT user can be their organisation\u2019s manager' });
      if (problems.length) return badInput(res, problems);
      const email = normaliseEmail(body.email as string);
      if (await em.count(UserAccount, { email })) return refuse(res, 409, 'CONFLICT', `An account with the e-mail address ${email} exists already`, { fields: [{ field: 'email', message: 'This e-mail address has an account already' }] });
      if (!(await bindingsExist(res, { role, clientId, examinerId }))) return;
      // With an external identity provider the person signs in there and is linked by e-mail (external-accounts.ts).
      const invites = options.localPasswords !== false;
      const context = linkContext(req, acting.id, invites ? await organisationOf(role, clientId) : null);
      // The account, its invitation and the invitation's e-mail: one transaction.
      const { user, issued } = await em.transactional(async (tx) => {
        const user = tx.create(UserAccount, {
          email,
          displayName: (body.name as string).trim(),
          passwordHash: '',
          role,
          clientId,
          examinerId,
          manager: body.manager === true,
          language: (body.language as MessageLanguage | undefined) ?? 'en',
        });
        await tx.persist(user).flush();
        return { user, issued: invites ? await issueEmailedLink(tx, user, 'INVITATION', context) : null };
      });
      const invitation = issued ? await linkAnswer(issued, context) : null;
      log.info({ user: user.id, by: acting.id, role, invited: invitation !== null, emailed: invitation?.emailed ?? false }, 'account created');
      await auditIdentity(orm, log, requestActor(res), {
        operation: 'createUser',
        recordIds: [user.id],
        details: { role, clientId, examinerId, manager: user.manager, language: user.language, invitationExpiresAt: invitation?.expiresAt ?? null, emailed: invitation?.emailed ?? false },
      });
      res.status(201).json({ user: accountView(user), invitation });
    } catch (error) {
      next(error);
    }
  });

  router.patch('/auth/users/:userId', ...options.authenticated, json, async (req, res, next) => {
    try {
      const em = orm.em.fork();
      const acting = await manager(em, res);
      if (!acting) return;
      const body = (req.body ?? {}) as Record<string, unknown>;
      const fields: FieldError[] = [];
      const allowed = ['active', 'name', 'email', 'role', 'clientId', 'examinerId', 'manager', 'language'];
      for (const key of Object.keys(body).filter((k) => !allowed.includes(k))) fields.push({ field: key, message: `${key} cannot be changed here (${allowed.join(', ')} can)` });
      for (const key of ['active', 'manager'] as const) {
        if (body[key] !== undefined && typeof body[key] !== 'boolean') fields.push({ field: key, message: `${key} must be true or false` });
      }
      if (body.name !== undefined && !isName(body.name)) fields.push({ field: 'name', message: 'name must be text of 1 to 200 characters' });
      if (body.email !== undefined && !isEmail(body.email)) fields.push({ field: 'email', message: 'email must be an e-mail address (at most 200 characters)' });
      if (body.role !== undefined && !isUserRole(body.role)) fields.push({ field: 'role', message: `role must be one of ${USER_ROLES.join(', ')}` });
      if (body.language !== undefined && !isLanguage(body.language)) fields.push({ field: 'language', message: LANGUAGE_MESSAGE });
      for (const key of ['clientId', 'examinerId'] as const) {
        if (body[key] !== undefined && body[key] !== null && !(typeof body[key] === 'string' && UUID.test(body[key] as string))) fields.push({ field: key, message: `${key} must be a UUID or null` });
      }
      if (fields.length) return badInput(res, fields);
      const user = await target(em, req, res, acting, body.active === false ? 'disable' : 'update');
      if (!user) return;
      const rebinding = (['role', 'clientId', 'examinerId'] as const).some((key) => body[key] !== undefined && body[key] !== user[key]);
      if (rebinding) {
        const refusal = accountActionRefusal(acting, 'changeRole', user);
        if (refusal) return forbid(res, refusal);
      }
      if (user.id === acting.id && body.active === false) return refuse(res, 409, 'CONFLICT', 'You cannot disable your own account');
      const change: UserChange = {
        active: body.active as boolean | undefined,
        displayName: (body.name as string | undefined)?.trim(),
        email: body.email as string | undefined,
        role: body.role as UserRole | undefined,
        clientId: body.clientId as string | null | undefined,
        examinerId: body.examinerId as string | null | undefined,
        manager: body.manager as boolean | undefined,
        language: body.language as MessageLanguage | undefined,
      };
      if (change.email !== undefined && normaliseEmail(change.email) !== user.email && (await em.count(UserAccount, { email: normaliseEmail(change.email) }))) {
        return refuse(res, 409, 'CONFLICT', `An account with the e-mail address ${normaliseEmail(change.email)} exists already`, { fields: [{ field: 'email', message: 'This e-mail address has an account already' }] });
      }
      const role = change.role ?? user.role;
      const nextBinding = {
        role,
        clientId: change.clientId !== undefined ? change.clientId : role === 'CLIENT' ? user.clientId : null,
        examinerId: change.examinerId !== undefined ? change.examinerId : role === 'EXAMINER' ? user.examinerId : null,
      };
      const problems = bindingProblems(nextBinding.role, nextBinding.clientId, nextBinding.examinerId);
      if (problems.length) return badInput(res, problems);
      if (!(await bindingsExist(res, nextBinding, user))) return;
      let outcome: Awaited<ReturnType<typeof updateUser>>;
      try {
        outcome = await updateUser(em, user.id, change, share);
      } catch (error) {
        if (error instanceof BindingError) return badInput(res, error.fields);
        throw error;
      }
      if (!outcome) return refuse(res, 404, 'NOT_FOUND', `UserAccount ${user.id} does not exist`);
      if (outcome.changed.length) {
        log.info({ user: user.id, by: acting.id, changed: outcome.changed, sessionsEnded: outcome.sessionsEnded }, 'account changed');
        // The names of the changed fields, as for every audited mutation; the values are the account's own.
        await auditIdentity(orm, log, requestActor(res), { operation: 'updateUser', recordIds: [user.id], details: { fields: outcome.changed, sessionsEnded: outcome.sessionsEnded } });
      }
      res.json({ user: accountView(outcome.user), changed: outcome.changed, sessionsEnded: outcome.sessionsEnded, sharedAtOnce: outcome.sharedAtOnce });
    } catch (error) {
      next(error);
    }
  });

  for (const [path, purpose] of [
    ['invitation', 'INVITATION'],
    ['password-reset', 'PASSWORD_RESET'],
  ] as const) {
    router.post(`/auth/users/:userId/${path}`, ...options.authenticated, async (req, res, next) => {
      try {
        const em = orm.em.fork();
        const acting = await manager(em, res);
        if (!acting) return;
        const user = await target(em, req, res, acting, 'resetPassword');
        if (!user) return;
        if (!user.active) return preconditionFailed(res, 409, 'This account is disabled: enable it first', 'ACCOUNT_DISABLED');
        if (purpose === 'INVITATION' && user.passwordHash !== '') {
          return preconditionFailed(res, 409, 'This user has set a password already: send a password reset instead', 'INVITATION_ACCEPTED');
        }
        const context = linkContext(req, acting.id, purpose === 'INVITATION' ? await organisationOf(user.role, user.clientId) : null);
        const issued = await em.transactional((tx) => issueEmailedLink(tx, user, purpose, context));
        const answer = await linkAnswer(issued, context);
        await auditIdentity(orm, log, requestActor(res), {
          operation: purpose === 'INVITATION' ? 'issueInvitation' : 'issuePasswordReset',
          recordIds: [user.id],
          details: { expiresAt: answer.expiresAt, emailed: answer.emailed },
        });
        res.status(201).json(answer);
      } catch (error) {
        next(error);
      }
    });
  }

  router.delete('/auth/users/:userId/two-factor', ...options.authenticated, async (req, res, next) => {
    try {
      const em = orm.em.fork();
      const acting = await manager(em, res);
      if (!acting) return;
      const user = await target(em, req, res, acting, 'resetTwoFactor');
      if (!user) return;
      const wasOn = user.totpEnabledAt !== null;
      Object.assign(user, { totpSecret: null, totpEnabledAt: null, totpLastTimeStep: null });
      await em.flush();
      log.info({ user: user.id, by: acting.id, wasOn }, 'two-factor authentication reset');
      await auditIdentity(orm, log, requestActor(res), { operation: 'resetTwoFactor', recordIds: [user.id], details: { wasOn } });
      res.json({ user: accountView(user), wasOn });
    } catch (error) {
      next(error);
    }
  });

  /** Refuses a token that is not usable: 400 for one we never issued, 410 for a used or expired one. */
  const refuseToken = (res: Response, refused: 'UNKNOWN' | 'USED' | 'EXPIRED') => {
    if (refused === 'UNKNOWN') return badInput(res, [{ field: 'token', message: 'This link is not valid: ask for a new one' }]);
    return preconditionFailed(res, 410, refused === 'USED' ? 'This link has been used already: ask for a new one' : 'This link has expired: ask for a new one', refused === 'USED' ? 'LINK_USED' : 'LINK_EXPIRED', {
      fields: [{ field: 'token', message: refused === 'USED' ? 'used already' : 'expired' }],
    });
  };
  const tokenOf = (req: Request, res: Response): string | null => {
    const token = (req.body as { token?: unknown } | undefined)?.token;
    if (typeof token === 'string' && token.length > 0 && token.length <= 100) return token;
    badInput(res, [{ field: 'token', message: 'token is required: the one in the link' }]);
    return null;
  };

  router.post('/auth/account-links/inspect', json, async (req, res, next) => {
    try {
      const token = tokenOf(req, res);
      if (!token) return;
      const found = await peekAccountToken(orm.em.fork(), token, ['INVITATION', 'PASSWORD_RESET'], clock);
      if ('refused' in found) return refuseToken(res, found.refused!);
      const { row } = found;
      res.json({ purpose: row.purpose, email: row.user.email, name: row.user.displayName, expiresAt: row.expiresAt.toISOString() });
    } catch (error) {
      next(error);
    }
  });

  router.post('/auth/password', json, async (req, res, next) => {
    try {
      const token = tokenOf(req, res);
      if (!token) return;
      const password = (req.body as { password?: unknown }).password;
      if (typeof password !== 'string' || password.length > MAX_PASSWORD_LENGTH * 2) return badInput(res, [{ field: 'password', message: 'password is required' }]);
      class Refused extends Error {
        constructor(readonly answer: (res: Response) => void) {
          super('refused');
        }
      }
      let outcome: Awaited<ReturnType<typeof useAccountToken<UserAccount>>>;
      try {
        outcome = await useAccountToken(orm.em.fork(), token, ['INVITATION', 'PASSWORD_RESET'], clock, async (tx, row) => {
          const user = row.user;
          if (!user.active) throw new Refused((r) => preconditionFailed(r, 409, 'This account is disabled', 'ACCOUNT_DISABLED'));
          const problem = passwordProblem(password, { email: user.email, name: user.displayName });
          if (problem) throw new Refused((r) => badInput(r, [{ field: 'password', message: problem }]));
          user.passwordHash = await hashPassword(password, { email: user.email, name: user.displayName });
          return user;
        });
      } catch (error) {
        if (error instanceof Refused) return error.answer(res);
        throw error;
      }
      if ('refused' in outcome && outcome.refused) return refuseToken(res, outcome.refused);
      const { result: user, row } = outcome as { result: UserAccount; row: { purpose: AccountTokenPurpose } };
      // A new password ends every session opened with the old one; the user signs in with the new one.
      const ended = row.purpose === 'PASSWORD_RESET' ? await endUserSessions(orm.em.fork(), user, 'ACCOUNT_CHANGED', share) : { sessionsEnded: 0 };
      await options.lockouts.succeeded(user.id);
      log.info({ user: user.id, purpose: row.purpose }, 'password set with an account link');
      await auditIdentity(orm, log, { id: user.id, name: user.displayName, role: user.role, clientId: user.clientId, examinerId: user.examinerId }, {
        operation: row.purpose === 'INVITATION' ? 'acceptInvitation' : 'resetPassword',
        recordIds: [user.id],
        details: { sessionsEnded: ended.sessionsEnded },
      });
      res.json({ email: user.email });
    } catch (error) {
      next(error);
    }
  });

  router.post('/auth/password-reset', json, async (req, res, next) => {
    try {
      const email = (req.body as { email?: unknown } | undefined)?.email;
      if (!isEmail(email)) return badInput(res, [{ field: 'email', message: 'email must be an e-mail address' }]);
      // The same answer, at once, whether or not the address has an account: the work happens after it.
      res.status(202).json({ message: 'If an account has this e-mail address, a link to set a new password is on its way to it.' });
      const em = orm.em.fork();
      const user = await em.findOne(UserAccount, { email: normaliseEmail(email) });
      if (!user || !user.active) {
        log.info({ reason: user ? 'disabled account' : 'unknown address' }, 'password reset requested: nothing sent');
        return;
      }
      // The link and its e-mail in one transaction; the link itself goes to the user's address only.
      const context = linkContext(req, null);
      const issued = await em.transactional((tx) => issueEmailedLink(tx, user, 'PASSWORD_RESET', context));
      const answer = await linkAnswer(issued, context);
      await auditIdentity(orm, log, null, { operation: 'requestPasswordReset', recordIds: [user.id], details: { expiresAt: answer.expiresAt, emailed: answer.emailed, queued: answer.messageId !== null } });
    } catch (error) {
      if (res.headersSent) log.error({ err: (error as Error).message }, 'password reset request failed');
      else next(error);
    }
  });

  return router;
}
