import { fileURLToPath } from 'node:url';
import { createSubgraphOrm, databaseUrlFor, envInt, loadConnectAttempts, type Logger } from '@imepanel/runtime';
import { migrations } from './migrations';
import { AccountToken } from './account-token';
import { IdentityAuditEntry } from './identity-audit';
import { RefreshToken, Session } from './session';
import { UserAccount } from './user-account';

/**
 * The gateway's own PostgreSQL schema, `identity`: the users of the embedded login, their sessions and refresh
 * tokens, and the audit of what happened to them. It has the same shape as a
 * subgraph's database definition so the same migration tooling (npm run migration:create -- identity, migrateAll)
 * handles it.
 */
export const identityStore = {
  name: 'identity',
  entities: [UserAccount, Session, RefreshToken, IdentityAuditEntry, AccountToken],
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  migrations,
};

export interface IdentityDatabaseSettings {
  databaseUrl: string;
  poolMax: number;
  slowQueryMs: number;
  /** How often to try reaching the database at start-up (DB_CONNECT_ATTEMPTS); 30 when not given. */
  connectAttempts?: number;
}

/** IDENTITY_DATABASE_URL, else DATABASE_URL, else the embedded default; a small pool (logins are rare). */
export function loadIdentityDatabaseSettings(env: Record<string, string | undefined>): IdentityDatabaseSettings {
  return {
    databaseUrl: databaseUrlFor(env, 'identity'),
    poolMax: envInt(env, 'IDENTITY_DB_POOL_MAX', 4, { min: 1, max: 50 }),
    slowQueryMs: envInt(env, 'SLOW_QUERY_MS', 200, { min: 0 }),
    connectAttempts: loadConnectAttempts(env),
  };
}

export function createIdentityOrm(settings: IdentityDatabaseSettings, log: Logger) {
  return createSubgraphOrm(identityStore, settings, log);
}
