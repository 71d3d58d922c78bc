import { SignJWT, createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { unauthenticated } from '../errors';
import type { Actor } from '../graphql/context';
import type { Revocations } from '../shared-state/revocations';
import type { AuthConfig } from './auth-config';
import { isUserRole, type UserRole } from './roles';

/**
 * Bearer tokens of the platform: compact JWS JWTs carrying who the caller is.
 *
 * User tokens:    { iss, aud, sub, exp, iat, name, role: ADMIN|CLIENT|EXAMINER|ANALYST, client_id?, examiner_id?, sid? }
 *                 signed HS256 with JWT_SECRET (embedded login, `npm run token`) or by an external identity
 *                 provider whose keys are published at JWT_JWKS_URL (RS256, ES256, EdDSA …). `sid` names the
 *                 refresh session of a login; tokens without one (scripts, tests) are revoked per subject only.
 * Claimant tokens: { iss, aud, sub: claimant-access:<access id>, exp, iat, name, role: CLAIMANT, case_id, sid }
 *                 signed HS256 with JWT_SECRET by the gateway's claimant portal only (issueClaimantToken), after the
 *                 access link, the date of birth and the one-time code; `sid` is the access link's id, which every
 *                 claimant operation checks is still active (docs/claimant-portal.md).
 * Service tokens: { iss, aud, sub: <service name>, exp, role: SERVICE } with header kid "ime-panel-service",
 *                 signed HS256 with SERVICE_JWT_SECRET, which only the services hold.
 *
 * A token is accepted only with the configured issuer and audience, an unexpired `exp`, a signature by the
 * key its kind requires, and a role consistent with its bindings (a CLIENT names its client, an EXAMINER its
 * examiner). A user key can never produce a SERVICE actor and the service key never a user actor. A user token
 * that passes all of that is still refused when the revocation list names its session, or its subject from a
 * time after it was issued (docs/security.md, "Sessions and tokens").
 */
export const SERVICE_KEY_ID = 'ime-panel-service';
const USER_KEY_ID = 'ime-panel-user';
const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
/** A UUID in its canonical text form (ids of every record, and of clients and examiners in tokens). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID = UUID_PATTERN;

const encoder = new TextEncoder();
const keyOf = (secret: string) => encoder.encode(secret);

export interface UserClaims {
  /** Stable user id (the `sub`). */
  sub: string;
  name: string;
  role: UserRole;
  clientId?: string | null;
  examinerId?: string | null;
  /** The refresh session the token belongs to (`sid`); none for tokens of scripts and tests. */
  sessionId?: string | null;
}

/**
 * The longest lifetime a user token can have (JWT_TTL_SECONDS and `npm run token --ttl` are bounded by it), so
 * a subject's revocation is kept that long and no token outlives it.
 */
export const MAX_TOKEN_TTL_SECONDS = 7 * 24 * 3600;

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

/** Signs a user token with JWT_SECRET (the embedded login and `npm run token`). */
/**
 * Signs a user token with JWT_SECRET (the embedded login and `npm run token`). `notBefore` (seconds) is the
 * subject's revocation time, if any: the token counts as issued no earlier, so a token issued in the same
 * second as a revocation is not mistaken for one issued before it.
 */
export async function issueToken(
  config: AuthConfig,
  claims: UserClaims,
  options: { ttlSeconds?: number; now?: Date; notBefore?: number | null } = {},
): Promise<IssuedToken> {
  if (!config.jwtSecret) {
    throw new Error('This deployment trusts an external identity provider (JWT_JWKS_URL) and has no JWT_SECRET to issue tokens with');
  }
  checkBindings(claims.role, claims.clientId ?? null, claims.examinerId ?? null);
  const ttlSeconds = options.ttlSeconds ?? config.tokenTtlSeconds;
  if (!(Number.isInteger(ttlSeconds) && ttlSeconds > 0 && ttlSeconds <= MAX_TOKEN_TTL_SECONDS)) {
    throw new RangeError(`A token lives between 1 second and ${MAX_TOKEN_TTL_SECONDS} seconds (7 days), not ${ttlSeconds}`);
  }
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const issuedAt = Math.max(now, options.notBefore ?? 0);
  const expiresAt = now + ttlSeconds;
  const token = await new SignJWT({
    name: claims.name,
    role: claims.role,
    ...(claims.clientId ? { client_id: claims.clientId } : {}),
    ...(claims.examinerId ? { examiner_id: claims.examinerId } : {}),
    ...(claims.sessionId ? { sid: claims.sessionId } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: USER_KEY_ID })
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setSubject(claims.sub)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(keyOf(config.jwtSecret));
  return { token, expiresAt: new Date(expiresAt * 1000) };
}

/** What a claimant portal session is: the access link it was opened with, the party and the one case. */
export interface ClaimantClaims {
  accessId: string;
  caseId: string;
  /** Shown as the actor's name in audit entries and the timeline: "Claimant" or "Claimant's representative". */
  name: string;
}

/**
 * Signs a CLAIMANT token (the claimant portal, after verification): bound to one case (`case_id`), its session id
 * the access link's; the claimant operations refuse it once that link is revoked (`revokeClaimantAccess`).
 */
export async function issueClaimantToken(config: AuthConfig, claims: ClaimantClaims, options: { ttlSeconds: number; now?: Date }): Promise<IssuedToken> {
  if (!config.jwtSecret) throw new Error('The claimant portal needs JWT_SECRET to issue its session tokens');
  if (!UUID.test(claims.caseId) || !UUID.test(claims.accessId)) throw new Error('A CLAIMANT token names its case and access link by id (UUIDs)');
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const expiresAt = now + options.ttlSeconds;
  const token = await new SignJWT({ name: claims.name, role: 'CLAIMANT', case_id: claims.caseId, sid: claims.accessId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: USER_KEY_ID })
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setSubject(`claimant-access:${claims.accessId}`)
    .setIssuedAt(now)
    .setExpirationTime(expiresAt)
    .sign(keyOf(config.jwtSecret));
  return { token, expiresAt: new Date(expiresAt * 1000) };
}

const serviceTokens = new Map<string, IssuedToken>();

/**
 * A bearer token for the service identity of `service` (e.g. "reports" calling the cases subgraph). Cached and
 * renewed a minute before it expires, so service calls do not sign a token each time.
 */
export async function serviceToken(config: AuthConfig, service: string): Promise<string> {
  const cacheKey = `${config.issuer}|${config.audience}|${config.serviceSecret}|${service}`;
  const cached = serviceTokens.get(cacheKey);
  if (cached && cached.expiresAt.getTime() - Date.now() > 60_000) return cached.token;
  const issuedAt = Math.floor(Date.now() / 1000);
  const expiresAt = issuedAt + config.serviceTokenTtlSeconds;
  const token = await new SignJWT({ role: 'SERVICE' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: SERVICE_KEY_ID })
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setSubject(service)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(keyOf(config.serviceSecret));
  serviceTokens.set(cacheKey, { token, expiresAt: new Date(expiresAt * 1000) });
  return token;
}

function checkBindings(role: UserRole, clientId: string | null, examinerId: string | null): void {
  if (role === 'CLIENT' && !(clientId && UUID.test(clientId))) throw new Error('A CLIENT token must name its client (client_id, a UUID)');
  if (role === 'EXAMINER' && !(examinerId && UUID.test(examinerId))) throw new Error('An EXAMINER token must name its examiner (examiner_id, a UUID)');
  if (role !== 'CLIENT' && clientId) throw new Error(`A ${role} token cannot carry a client_id`);
  if (role !== 'EXAMINER' && examinerId) throw new Error(`A ${role} token cannot carry an examiner_id`);
}

function describeFailure(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The bearer token has expired; get a new one (POST /auth/refresh, or log in again: POST /auth/login)';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The bearer token is not valid: its signature does not match a trusted key';
  if (error instanceof errors.JWTClaimValidationFailed) return `The bearer token is not valid: claim "${error.claim}" ${error.reason === 'missing' ? 'is missing' : 'is not accepted'}`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The bearer token is not valid: its signing algorithm is not accepted';
  if (error instanceof errors.JWKSNoMatchingKey) return 'The bearer token is not valid: no trusted key matches it';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'The bearer token is not valid: it is not a well-formed JWT';
  if (error instanceof Error && error.message.startsWith('The bearer token')) return error.message;
  return 'The bearer token could not be verified';
}

/** The actor a verified payload stands for, or an error message when its claims do not make one. */
function actorOf(payload: JWTPayload, service: boolean): Actor {
  const sub = payload.sub;
  if (!sub) throw new Error('The bearer token is not valid: it names no subject (sub)');
  if (service) {
    if (payload.role !== 'SERVICE') throw new Error('The bearer token is not valid: a service-key token must have role SERVICE');
    return { id: `service:${sub}`, name: `service:${sub}`, role: 'SERVICE', clientId: null, examinerId: null };
  }
  const role = payload.role;
  if (role === 'CLAIMANT') {
    const caseId = typeof payload.case_id === 'string' ? payload.case_id : null;
    if (!caseId || !UUID.test(caseId)) throw new Error('The bearer token is not valid: a CLAIMANT token must name its case (case_id, a UUID)');
    if (payload.client_id || payload.examiner_id) throw new Error('The bearer token is not valid: a CLAIMANT token cannot carry a client_id or examiner_id');
    return {
      id: sub,
      name: typeof payload.name === 'string' && payload.name.trim() ? payload.name.trim().slice(0, 200) : 'Claimant',
      role: 'CLAIMANT',
      clientId: null,
      examinerId: null,
      caseId,
      ...(typeof payload.sid === 'string' ? { sessionId: payload.sid } : {}),
    };
  }
  if (!isUserRole(role)) throw new Error(`The bearer token is not valid: role must be one of ADMIN, CLIENT, EXAMINER, ANALYST, CLAIMANT`);
  const clientId = typeof payload.client_id === 'string' ? payload.client_id : null;
  const examinerId = typeof payload.examiner_id === 'string' ? payload.examiner_id : null;
  try {
    checkBindings(role, clientId, examinerId);
  } catch (error) {
    throw new Error(`The bearer token is not valid: ${(error as Error).message}`);
  }
  const name = typeof payload.name === 'string' && payload.name.trim() ? payload.name.trim().slice(0, 200) : typeof payload.email === 'string' ? payload.email : sub;
  return {
    id: sub,
    name,
    role,
    clientId: role === 'CLIENT' ? clientId : null,
    examinerId: role === 'EXAMINER' ? examinerId : null,
    ...(typeof payload.sid === 'string' ? { sessionId: payload.sid } : {}),
  };
}

export type TokenVerifier = (token: string) => Promise<Actor>;

const REVOKED = 'The bearer token was revoked (signed out, session ended by an administrator, or the account changed); sign in again';

/**
 * Builds the verifier every service uses: `await verify(token)` answers the Actor or throws UNAUTHENTICATED
 * saying why (expired, wrong signature, wrong issuer or audience, inconsistent role, revoked). Service tokens
 * are never revoked; user tokens are checked against `revocations` when given.
 */
export function createTokenVerifier(config: AuthConfig, revocations?: Pick<Revocations, 'isRevoked'>): TokenVerifier {
  const remote = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl), { cooldownDuration: 30_000, timeoutDuration: 5_000 }) : null;
  const userSecret = config.jwtSecret ? keyOf(config.jwtSecret) : null;
  const serviceSecret = keyOf(config.serviceSecret);
  const userAlgorithms = [...(userSecret ? ['HS256'] : []), ...(remote ? ASYMMETRIC_ALGORITHMS : [])];
  const userKey: JWTVerifyGetKey = async (header, token) => {
    if (header.alg === 'HS256') {
      if (!userSecret) throw new errors.JOSEAlgNotAllowed('HS256 user tokens are not accepted by this deployment');
      return userSecret;
    }
    if (!remote) throw new errors.JOSEAlgNotAllowed(`${header.alg} is not accepted`);
    return remote(header, token);
  };
  return async (token) => {
    let header: ReturnType<typeof decodeProtectedHeader>;
    try {
      header = decodeProtectedHeader(token);
    } catch {
      throw unauthenticated('The bearer token is not valid: it is not a well-formed JWT');
    }
    try {
      const service = header.kid === SERVICE_KEY_ID;
      const { payload } = service
        ? await jwtVerify(token, serviceSecret, {
            issuer: config.issuer,
            audience: config.audience,
            algorithms: ['HS256'],
            requiredClaims: ['exp', 'sub'],
            clockTolerance: config.clockToleranceSeconds,
          })
        : await jwtVerify(token, userKey, {
            issuer: config.issuer,
            audience: config.audience,
            algorithms: userAlgorithms,
            requiredClaims: ['exp', 'sub'],
            clockTolerance: config.clockToleranceSeconds,
          });
      const actor = actorOf(payload, service);
      // Only this platform's claimant portal opens claimant sessions: never an external provider's key.
      if (actor.role === 'CLAIMANT' && header.alg !== 'HS256') throw new Error('The bearer token is not valid: a CLAIMANT token is signed by this platform only');
      if (!service && revocations?.isRevoked({ sub: actor.id, sid: actor.sessionId, iat: payload.iat })) throw new Error(REVOKED);
      return actor;
    } catch (error) {
      throw unauthenticated(describeFailure(error));
    }
  };
}

/** The token of an `Authorization: Bearer <token>` header, or null when there is none. */
export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i.exec(value);
  return match ? match[1] : null;
}
