import { envUrl } from './env';

type Env = Record<string, string | undefined>;

/** Where the embedded PostgreSQL of `npm start` listens unless EMBEDDED_PG_PORT says otherwise. */
export const EMBEDDED_PG_DEFAULT_PORT = 54320;
export const DEFAULT_DATABASE_NAME = 'imepanel';

/**
 * The roles of the embedded default and of the tests (docs/security.md, "Database roles"): one owner that runs
 * the migrations and owns every schema, and one least-privilege role per module that its service runs as.
 */
export const DEFAULT_OWNER_ROLE = 'imepanel_owner';
export const defaultServiceRole = (module: string) => `imepanel_${module}`;

/**
 * DEVELOPMENT DEFAULT ONLY, published here: the password of a role of the embedded default. `npm run db:roles`
 * refuses it when NODE_ENV=production.
 */
export const developmentRolePassword = (role: string) => `dev-only-${role}-password`;

/** The embedded PostgreSQL of `npm start` (127.0.0.1, EMBEDDED_PG_PORT), as `role` with its development password. */
export function embeddedDatabaseUrl(env: Env, role: string, password = developmentRolePassword(role)): string {
  const port = env.EMBEDDED_PG_PORT ?? String(EMBEDDED_PG_DEFAULT_PORT);
  return `postgres://${encodeURIComponent(role)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DEFAULT_DATABASE_NAME}`;
}

/** The runtime URL the deployment gave for a module: its own (EXAMINERS_DATABASE_URL, …), else DATABASE_URL. */
function configuredDatabaseUrl(env: Env, module: string): string | undefined {
  return envUrl(env, `${module.toUpperCase()}_DATABASE_URL`) ?? envUrl(env, 'DATABASE_URL');
}

/**
 * Where a module's service connects, as its least-privilege role: its own URL (EXAMINERS_DATABASE_URL, …) when
 * the deployment splits databases or roles, else the shared DATABASE_URL, else the embedded default as the
 * module's role (imepanel_examiners, …).
 */
export function databaseUrlFor(env: Env, module: string): string {
  return configuredDatabaseUrl(env, module) ?? embeddedDatabaseUrl(env, defaultServiceRole(module));
}

/**
 * Where a module's migrations run, as the owner role: EXAMINERS_MIGRATION_DATABASE_URL, …, else
 * MIGRATION_DATABASE_URL. A deployment that gives only runtime URLs migrates with them (one role owns and runs
 * everything: it still works, with the warning the services log); with nothing configured, the embedded
 * default's owner role.
 */
export function migrationDatabaseUrlFor(env: Env, module: string): string {
  return (
    envUrl(env, `${module.toUpperCase()}_MIGRATION_DATABASE_URL`) ??
    envUrl(env, 'MIGRATION_DATABASE_URL') ??
    configuredDatabaseUrl(env, module) ??
    embeddedDatabaseUrl(env, DEFAULT_OWNER_ROLE)
  );
}

/** The role a connection URL logs in as. */
export const roleOf = (url: string) => decodeURIComponent(new URL(url).username);
