import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports';
import { startEmbeddedPostgres } from './postgres';

/**
 * Runs `work` against a PostgreSQL server: the one DATABASE_URL (of `env`) points at, or a throwaway embedded one
 * on a free port. Hands `work` a function that builds the URL of a database on that server.
 */
export async function withPostgres<T>(env: Record<string, string | undefined>, work: (serverUrl: (database: string) => string) => Promise<T>): Promise<T> {
  const given = env.DATABASE_URL;
  if (given) {
    return work((database) => {
      const url = new URL(given);
      url.pathname = `/${database}`;
      return url.toString();
    });
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'imepanel-pg-'));
  const port = await freePort();
  const server = await startEmbeddedPostgres({ dataDir, port, persistent: false });
  try {
    return await work(server.url);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
