import { envUrl } from './env';

/** Where the embedded PostgreSQL of `npm start` listens unless EMBEDDED_PG_PORT says otherwise. */
export const EMBEDDED_PG_DEFAULT_PORT = 54320;
export const DEFAULT_DATABASE_NAME = 'imepanel';

/**
 * A subgraph's database: its own URL (EXAMINERS_DATABASE_URL, …) when the deployment splits databases,
 * else the shared DATABASE_URL, else the embedded default that `npm start` runs.
 */
export function databaseUrlFor(env: Record<string, string | undefined>, subgraph: string): string {
  const own = envUrl(env, `${subgraph.toUpperCase()}_DATABASE_URL`);
  const shared = envUrl(env, 'DATABASE_URL');
  const port = env.EMBEDDED_PG_PORT ?? String(EMBEDDED_PG_DEFAULT_PORT);
  return own ?? shared ?? `postgres://postgres:postgres@127.0.0.1:${port}/${DEFAULT_DATABASE_NAME}`;
}
