import { fileURLToPath } from 'node:url';
import {
  ConfigError,
  DEFAULT_DOCUMENT_MAX_BYTES,
  envBool,
  envEnum,
  envInt,
  envString,
  envUrl,
  GATEWAY_DEFAULT_PORT,
  isProduction,
  loadAuthConfig,
  loadJobSettings,
  loadMetricsAccess,
  loadQueryLimits,
  loadRateLimit,
  loadSharedStateSettings,
  SUBGRAPH_NAMES,
  subgraphUrls,
  systemClock,
  USER_ROLES,
  type AuthConfig,
  type Clock,
  type JobSettings,
  type UserRole,
  type MetricsAccess,
  type QueryLimits,
  type RateLimit,
  type SharedStateSettings,
} from '@imepanel/runtime';
import type { AccountSettings } from './identity/accounts';
import type { LockoutPolicy } from './identity/lockout';
import type { SessionSettings } from './identity/sessions';
import { loadIdentityDatabaseSettings, type IdentityDatabaseSettings } from './identity/identity-store';
import type { SubgraphHttpClient } from './subgraph-fetcher';

export interface GatewayConfig {
  /** NODE_ENV=production: development defaults refused, demo accounts disabled. */
  production: boolean;
  port: number;
  host: string;
  logLevel: string;
  /** The committed, composed supergraph the gateway serves (never introspected at run time). */
  supergraphPath: string;
  /** Where each subgraph answers; overrides the URLs recorded in the supergraph. */
  subgraphUrls: Record<string, string>;
  subgraphTimeoutMs: number;
  /** Per-subgraph timeouts (EXAMINERS_TIMEOUT_MS …), falling back to SUBGRAPH_TIMEOUT_MS. */
  subgraphTimeouts: Record<string, number>;
  /** node:http with keep-alive sockets (default) or the built-in fetch, for calls to subgraphs. */
  subgraphHttpClient: SubgraphHttpClient;
  /** Gateway processes sharing the port (node:cluster); 1 runs it in this process. */
  workers: number;
  /** Schema introspection: on in development, off in production unless GRAPHQL_INTROSPECTION=true. */
  introspection: boolean;
  /** The Apollo Sandbox landing page on GET /graphql: on in development, off in production. */
  landingPage: boolean;
  bodyLimit: string;
  /** Largest document upload the gateway streams on (DOCUMENT_MAX_BYTES; the subgraphs apply each kind's limit). */
  documentUploadMaxBytes: number;
  /** Bearer-token verification (and token issuing for the embedded login). */
  auth: AuthConfig;
  /** POST /auth/login against the `identity` users table: on unless only an external provider is trusted. */
  localLogin: boolean;
  identityDatabase: IdentityDatabaseSettings;
  /**
   * The job runner the embedded login queues its e-mails on (JOBS_DATABASE_URL, else the identity database):
   * docs/messaging.md, "Jobs".
   */
  jobs: JobSettings;
  /**
   * SMTP_URL is set, so the platform sends e-mail (the cases subgraph's e-mail worker; give the gateway the same
   * SMTP_URL): invitations and password resets reach the user, and in production their links are no longer
   * answered to the administrator. Only whether it is set is read here.
   */
  smtpConfigured: boolean;
  /** Browser origins allowed to call the API (CORS); none in production unless configured. */
  corsOrigins: string[];
  queryLimits: QueryLimits;
  /** Who may read /metrics (METRICS_TOKEN; off in production without one). */
  metricsAccess: MetricsAccess;
  /** Most tokens a GraphQL document may have: bounds parsing and validation work before the limits apply. */
  maxTokens: number;
  /** Per identity (token subject). */
  rateLimit: RateLimit;
  /** Per client address, for POST /auth/login. */
  loginRateLimit: RateLimit;
  /** Per account: failed logins before a lockout, and how long lockouts last. */
  lockout: LockoutPolicy;
  /** Refresh sessions: how long one lasts, idle and at most, and how the console's cookie is sent. */
  sessions: SessionSettings;
  /** Invitations, password resets and two-factor authentication of the embedded login (docs/security.md, "Accounts and invitations"). */
  accounts: AccountSettings;
  /** Where the gateway reads "now" for account links and TOTP codes: the system clock, or a test's (test/support/clock.ts). */
  clock: Clock;
  /** Redis (REDIS_URL) or memory: rate limits, lockouts and revocations shared by every replica. */
  sharedState: SharedStateSettings;
  /** Express "trust proxy": set it behind a load balancer so client addresses (login rate limit) are real. */
  trustProxy: boolean | number | string;
  /** The built admin console (admin/dist), served at /admin. */
  adminConsoleDir: string;
  /** The claimant portal at /claimant/ (docs/claimant-portal.md). */
  claimantPortal: {
    /** CLAIMANT_SESSION_SECONDS: how long a verified session lasts (no refresh: verify again). */
    sessionSeconds: number;
    /** CLAIMANT_VERIFY_RATE_LIMIT_*: date-of-birth and code attempts per client address. */
    verifyRateLimit: { perMinute: number; burst: number };
    /** The portal's cookies are Secure (https only): SESSION_COOKIE_SECURE, on in production. */
    cookieSecure: boolean;
  };
}

function trustProxy(value: string | undefined): boolean | number | string {
  const v = value?.trim();
  if (!v || /^(false|0|no|off)$/i.test(v)) return false;
  if (/^(true|yes|on)$/i.test(v)) return true;
  return /^\d+$/.test(v) ? Number(v) : v;
}

const DEVELOPMENT_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173', `http://localhost:${GATEWAY_DEFAULT_PORT}`];

function origins(env: Record<string, string | undefined>, production: boolean): string[] {
  const raw = env.CORS_ORIGINS?.trim();
  if (!raw) return production ? [] : DEVELOPMENT_ORIGINS;
  return raw.split(',').map((o) => {
    const origin = o.trim();
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new ConfigError(`CORS_ORIGINS must list origins such as https://admin.example.org, got "${origin}"`);
    }
    if (origin === '*' || url.origin !== origin.replace(/\/$/, '')) {
      throw new ConfigError(`CORS_ORIGINS must list exact origins (scheme://host[:port]), got "${origin}"`);
    }
    return url.origin;
  });
}

function sessionSettings(env: Record<string, string | undefined>, production: boolean, auth: AuthConfig): SessionSettings {
  const idleSeconds = envInt(env, 'SESSION_IDLE_TIMEOUT_SECONDS', 3600, { min: 60, max: 30 * 86_400 });
  const maxAgeSeconds = envInt(env, 'SESSION_MAX_AGE_SECONDS', 12 * 3600, { min: 60, max: 90 * 86_400 });
  if (maxAgeSeconds < idleSeconds) throw new ConfigError('SESSION_MAX_AGE_SECONDS must be at least SESSION_IDLE_TIMEOUT_SECONDS');
  if (idleSeconds < auth.tokenTtlSeconds) throw new ConfigError('SESSION_IDLE_TIMEOUT_SECONDS must be at least JWT_TTL_SECONDS: a session must outlive its access token');
  return { idleSeconds, maxAgeSeconds, secureCookie: envBool(env, 'SESSION_COOKIE_SECURE', production) };
}

function accountSettings(env: Record<string, string | undefined>, production: boolean): AccountSettings {
  const roles = envString(env, 'TOTP_REQUIRED_ROLES', production ? 'ADMIN' : '')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  for (const role of roles) {
    if (!(USER_ROLES as readonly string[]).includes(role)) throw new ConfigError(`TOTP_REQUIRED_ROLES must list roles among ${USER_ROLES.join(', ')}, got "${role}"`);
  }
  const consoleUrl = envString(env, 'CONSOLE_URL')?.trim() || null;
  if (consoleUrl) {
    try {
      new URL(consoleUrl);
    } catch {
      throw new ConfigError(`CONSOLE_URL must be the console's address, such as https://imepanel.example.org/admin/, got "${consoleUrl}"`);
    }
  }
  const totpKey = envString(env, 'TOTP_ENCRYPTION_KEY')?.trim() || null;
  if (totpKey && Buffer.from(totpKey, /^[0-9a-f]{64}$/i.test(totpKey) ? 'hex' : 'base64').length !== 32) {
    throw new ConfigError('TOTP_ENCRYPTION_KEY must be 32 bytes, as 64 hex digits or base64');
  }
  return {
    invitationValiditySeconds: envInt(env, 'INVITATION_VALIDITY_HOURS', 72, { min: 1, max: 30 * 24 }) * 3600,
    passwordResetValiditySeconds: envInt(env, 'PASSWORD_RESET_VALIDITY_MINUTES', 60, { min: 5, max: 7 * 24 * 60 }) * 60,
    consoleUrl: consoleUrl ? (consoleUrl.endsWith('/') ? consoleUrl : `${consoleUrl}/`) : null,
    logLinks: !production,
    alwaysAnswerLinks: !production,
    totpRequiredRoles: roles as UserRole[],
    totpEncryptionKey: totpKey,
    passwordResetRateLimit: {
      perMinute: envInt(env, 'PASSWORD_RESET_RATE_LIMIT_PER_MINUTE', 5, { min: 1, max: 10_000 }),
      burst: envInt(env, 'PASSWORD_RESET_RATE_LIMIT_BURST', 3, { min: 1, max: 10_000 }),
    },
  };
}

/** Reads the gateway's settings once; every default makes the embedded `npm start` work. */
export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const production = isProduction(env);
  const auth = loadAuthConfig(env);
  // Long enough for statistics over the whole dataset (STATS_STATEMENT_TIMEOUT_MS stops them first).
  const subgraphTimeoutMs = envInt(env, 'SUBGRAPH_TIMEOUT_MS', 30_000, { min: 100, max: 120_000 });
  const identityDatabase = loadIdentityDatabaseSettings(env);
  return {
    production,
    port: envInt(env, 'GATEWAY_PORT', GATEWAY_DEFAULT_PORT, { min: 0, max: 65535 }),
    host: envString(env, 'HOST', '0.0.0.0'),
    logLevel: envString(env, 'LOG_LEVEL', 'info'),
    supergraphPath: envString(env, 'SUPERGRAPH_PATH', fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url))),
    subgraphUrls: subgraphUrls(env),
    subgraphTimeoutMs,
    subgraphTimeouts: Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [name, envInt(env, `${name.toUpperCase()}_TIMEOUT_MS`, subgraphTimeoutMs, { min: 100, max: 120_000 })]),
    ),
    subgraphHttpClient: envEnum(env, 'SUBGRAPH_HTTP_CLIENT', ['agent', 'fetch'] as const, 'agent'),
    workers: envInt(env, 'GATEWAY_WORKERS', 1, { min: 1, max: 64 }),
    introspection: envBool(env, 'GRAPHQL_INTROSPECTION', !production),
    landingPage: envBool(env, 'GRAPHQL_LANDING_PAGE', !production),
    bodyLimit: envString(env, 'GATEWAY_BODY_LIMIT', '1mb'),
    documentUploadMaxBytes: envInt(env, 'DOCUMENT_MAX_BYTES', DEFAULT_DOCUMENT_MAX_BYTES, { min: 1024, max: 2_000_000_000 }),
    auth,
    localLogin: envBool(env, 'LOCAL_LOGIN', auth.jwtSecret !== null) && auth.jwtSecret !== null,
    identityDatabase,
    jobs: loadJobSettings(env, identityDatabase.databaseUrl),
    smtpConfigured: envUrl(env, 'SMTP_URL') !== undefined,
    corsOrigins: origins(env, production),
    queryLimits: loadQueryLimits(env),
    metricsAccess: loadMetricsAccess(env),
    maxTokens: envInt(env, 'GRAPHQL_MAX_TOKENS', 5000, { min: 100, max: 1_000_000 }),
    rateLimit: loadRateLimit(env),
    loginRateLimit: {
      perMinute: envInt(env, 'LOGIN_RATE_LIMIT_PER_MINUTE', 10, { min: 1, max: 10_000 }),
      burst: envInt(env, 'LOGIN_RATE_LIMIT_BURST', 5, { min: 1, max: 10_000 }),
    },
    // OWASP Authentication Cheat Sheet, "Account lockout": lock after a few failures, for a time that grows.
    lockout: {
      threshold: envInt(env, 'LOGIN_LOCKOUT_THRESHOLD', 5, { min: 1, max: 1000 }),
      baseSeconds: envInt(env, 'LOGIN_LOCKOUT_SECONDS', 30, { min: 1, max: 86_400 }),
      maxSeconds: envInt(env, 'LOGIN_LOCKOUT_MAX_SECONDS', 900, { min: 1, max: 86_400 }),
    },
    sessions: sessionSettings(env, production, auth),
    accounts: accountSettings(env, production),
    clock: systemClock,
    sharedState: loadSharedStateSettings(env),
    trustProxy: trustProxy(env.TRUST_PROXY),
    adminConsoleDir: envString(env, 'ADMIN_CONSOLE_DIR', fileURLToPath(new URL('../../admin/dist', import.meta.url))),
    claimantPortal: {
      sessionSeconds: envInt(env, 'CLAIMANT_SESSION_SECONDS', 900, { min: 60, max: 3600 }),
      verifyRateLimit: {
        perMinute: envInt(env, 'CLAIMANT_VERIFY_RATE_LIMIT_PER_MINUTE', 10, { min: 1, max: 10_000 }),
        burst: envInt(env, 'CLAIMANT_VERIFY_RATE_LIMIT_BURST', 5, { min: 1, max: 10_000 }),
      },
      cookieSecure: envBool(env, 'SESSION_COOKIE_SECURE', production),
    },
  };
}
