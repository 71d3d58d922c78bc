import { bearerToken, requestActor, sendGraphQLError, type Actor, type Logger } from '@imepanel/runtime';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type RequestHandler, type Router } from 'express';
import { accountView } from './accounts';
import { auditIdentity, refuse } from './login';
import { UserAccount } from './user-account';
import { normaliseEmail } from './users';

/**
 * Accounts with an external identity provider (JWT_JWKS_URL and no JWT_SECRET; docs/security.md, "External
 * identity provider"): the provider signs people in and issues their tokens; the platform keeps its
 * user_account rows (made by administrators, as with the embedded login) to know who manages which
 * organisation, and links each to the provider's subject the first time that person calls GET /auth/account.
 */

/** What a verified provider token says about the person (its payload, read after the gateway verified it). */
export interface ExternalClaims {
  sub: string;
  email: string | null;
  /** OpenID Connect's `email_verified`; an address the provider did not verify links nothing. */
  emailVerified: boolean | null;
}

export type LinkDecision =
  | { kind: 'LINKED'; account: UserAccount }
  | { kind: 'LINK'; account: UserAccount }
  | { kind: 'REFUSED'; status: 404 | 409; code: 'NOT_FOUND' | 'CONFLICT'; message: string };

/**
 * The linking rule: an account already linked to this subject is the person's; otherwise the account with the
 * token's e-mail address, if the provider verified the address and the account is active and linked to no other
 * subject, is linked to it. Nothing else links: no account is created from a token, and an e-mail address
 * linked to another subject stays with it (a provider reusing addresses cannot take over an account).
 */
export function linkingDecision(bySubject: UserAccount | null, byEmail: UserAccount | null, claims: ExternalClaims): LinkDecision {
  if (bySubject) return { kind: 'LINKED', account: bySubject };
  if (!claims.email) return { kind: 'REFUSED', status: 404, code: 'NOT_FOUND', message: 'The token has no e-mail claim: no account can be linked to it' };
  if (claims.emailVerified === false) return { kind: 'REFUSED', status: 409, code: 'CONFLICT', message: 'The identity provider has not verified this e-mail address: no account is linked to it' };
  if (!byEmail) return { kind: 'REFUSED', status: 404, code: 'NOT_FOUND', message: 'No account has this e-mail address: an administrator creates one first' };
  if (byEmail.externalSubject) return { kind: 'REFUSED', status: 409, code: 'CONFLICT', message: 'The account with this e-mail address is linked to another identity' };
  if (!byEmail.active) return { kind: 'REFUSED', status: 409, code: 'CONFLICT', message: 'The account with this e-mail address is disabled' };
  return { kind: 'LINK', account: byEmail };
}

/** The claims of a bearer token the authentication middleware has already verified. */
export function externalClaimsOf(req: Request, actor: Actor): ExternalClaims {
  const token = bearerToken(req.headers.authorization) ?? '';
  let payload: Record<string, unknown> = {};
  try {
    payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    // A verified token always has a JSON payload; nothing to read otherwise.
  }
  return {
    sub: actor.id,
    email: typeof payload.email === 'string' ? normaliseEmail(payload.email) : null,
    emailVerified: typeof payload.email_verified === 'boolean' ? payload.email_verified : null,
  };
}

/** Finds (and, under the linking rule, links) the account of a provider token's person. */
export async function linkExternalAccount(em: EntityManager, claims: ExternalClaims): Promise<LinkDecision> {
  const bySubject = await em.findOne(UserAccount, { externalSubject: claims.sub });
  const byEmail = bySubject || !claims.email ? null : await em.findOne(UserAccount, { email: claims.email });
  const decision = linkingDecision(bySubject, byEmail, claims);
  if (decision.kind === 'LINK') {
    decision.account.externalSubject = claims.sub;
    decision.account.lastLoginAt = new Date();
    await em.flush();
  }
  return decision;
}

/** The endpoints of the embedded login that have no meaning with an external provider. */
const LOCAL_PASSWORD_PATHS = [
  '/auth/login',
  '/auth/login/totp',
  '/auth/login/totp/enrol',
  '/auth/refresh',
  '/auth/logout',
  '/auth/password',
  '/auth/password-reset',
  '/auth/account-links/inspect',
  '/auth/account/two-factor',
  '/auth/account/two-factor/confirm',
  '/auth/users/:userId/invitation',
  '/auth/users/:userId/password-reset',
  '/auth/users/:userId/two-factor',
  '/auth/users/:userId/sessions',
];

export const EXTERNAL_PROVIDER_ONLY =
  'Local passwords, two-factor and sessions are off: this platform signs in through an external identity provider (JWT_JWKS_URL), which manages them';

/**
 * With an external identity provider only: the local password endpoints answer 404 saying so, and
 * `GET /auth/account` links the caller's account (audited `linkExternalAccount`) and answers it.
 */
export function externalAccountsRouter(options: { orm: MikroORM; authenticated: RequestHandler[]; log: Logger }): Router {
  const { orm, log } = options;
  const router = express.Router();
  for (const path of LOCAL_PASSWORD_PATHS) router.all(path, (_req, res) => sendGraphQLError(res, 404, 'NOT_FOUND', EXTERNAL_PROVIDER_ONLY));

  router.get('/auth/account', ...options.authenticated, async (req, res, next) => {
    try {
      const actor = requestActor(res)!;
      if (actor.role === 'SERVICE') return refuse(res, 404, 'NOT_FOUND', 'A service identity has no account');
      const claims = externalClaimsOf(req, actor);
      const decision = await linkExternalAccount(orm.em.fork(), claims);
      if (decision.kind === 'REFUSED') return refuse(res, decision.status, decision.code, decision.message);
      if (decision.kind === 'LINK') {
        log.info({ user: decision.account.id, subject: claims.sub }, 'account linked to the identity provider subject');
        await auditIdentity(orm, log, actor, { operation: 'linkExternalAccount', recordIds: [decision.account.id], details: { by: 'email' } });
      }
      res.json({ ...accountView(decision.account), twoFactorRequired: false, linked: decision.kind === 'LINK' ? 'now' : 'before' });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
