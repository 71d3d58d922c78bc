import { ConfigError, envInt, envString, envUrl } from '../config/env';
import { isProduction, secretSetting } from '../config/secrets';

type Env = Record<string, string | undefined>;

/** DEVELOPMENT DEFAULT ONLY, refused when NODE_ENV=production: the HS256 key of user tokens. */
export const DEV_JWT_SECRET = 'DEV-ONLY-jwt-secret--published-in-the-repository--change-me';
/** DEVELOPMENT DEFAULT ONLY, refused when NODE_ENV=production: the HS256 key of service identity tokens. */
export const DEV_SERVICE_JWT_SECRET = 'DEV-ONLY-service-jwt-secret--published-in-the-repository--change-me';

export interface AuthConfig {
  /** `iss` every token must carry. */
  issuer: string;
  /** `aud` every token must carry. */
  audience: string;
  /**
   * HS256 key of user tokens issued by this platform (the embedded login and `npm run token`). Null in a
   * production deployment that only trusts an external identity provider through `jwksUrl`.
   */
  jwtSecret: string | null;
  /** JSON Web Key Set of an external identity provider (RS256/ES256/EdDSA user tokens), for production. */
  jwksUrl: string | null;
  /** HS256 key of the service identity that subgraphs use to call each other; never given to users. */
  serviceSecret: string;
  /** Lifetime of the access tokens this platform issues (minutes: access ends at most this long after revocation
   * on a verifier that cannot learn of it; see docs/security.md, "Sessions and tokens"). */
  tokenTtlSeconds: number;
  /** Lifetime of service tokens (short: they are minted on demand and cached). */
  serviceTokenTtlSeconds: number;
  /** Clock skew tolerated when checking `exp` and `nbf`. */
  clockToleranceSeconds: number;
  /** True when a development default secret is in use (never in production), so start-up can say so. */
  usesDevelopmentSecrets: boolean;
}

/**
 * Reads the authentication settings shared by the gateway and every subgraph. Development defaults make the
 * embedded `npm start` and the tests work; NODE_ENV=production refuses them and needs JWT_JWKS_URL or a real
 * JWT_SECRET, plus a real SERVICE_JWT_SECRET.
 */
export function loadAuthConfig(env: Env = process.env): AuthConfig {
  const production = isProduction(env);
  const jwksUrl = envUrl(env, 'JWT_JWKS_URL') ?? null;
  if (jwksUrl && production && !jwksUrl.startsWith('https://')) {
    throw new ConfigError('JWT_JWKS_URL must be an https:// URL when NODE_ENV=production');
  }
  // With an external identity provider, a local HS256 key is optional (no local login then).
  const jwtSecret = jwksUrl && !env.JWT_SECRET?.trim() ? null : secretSetting(env, 'JWT_SECRET', DEV_JWT_SECRET);
  const serviceSecret = secretSetting(env, 'SERVICE_JWT_SECRET', DEV_SERVICE_JWT_SECRET);
  if (jwtSecret !== null && jwtSecret === serviceSecret) {
    throw new ConfigError('JWT_SECRET and SERVICE_JWT_SECRET must differ: a user token must never pass as a service token');
  }
  return {
    issuer: envString(env, 'JWT_ISSUER', 'ime-panel'),
    audience: envString(env, 'JWT_AUDIENCE', 'ime-panel-api'),
    jwtSecret,
    jwksUrl,
    serviceSecret,
    tokenTtlSeconds: envInt(env, 'JWT_TTL_SECONDS', 300, { min: 60, max: 7 * 24 * 3600 }),
    serviceTokenTtlSeconds: envInt(env, 'SERVICE_JWT_TTL_SECONDS', 300, { min: 30, max: 3600 }),
    clockToleranceSeconds: envInt(env, 'JWT_CLOCK_TOLERANCE_SECONDS', 5, { min: 0, max: 300 }),
    usesDevelopmentSecrets: jwtSecret === DEV_JWT_SECRET || serviceSecret === DEV_SERVICE_JWT_SECRET,
  };
}
