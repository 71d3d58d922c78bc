import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createLogger } from '@imepanel/runtime';
import { freePort } from '../../scripts/lib/ports';
import { dropDatabase, startEmbeddedPostgres, type RunningPostgres } from '../../scripts/lib/postgres';
import { migrateAll } from '../../scripts/lib/platform';
import { developmentRoleEnv, provisionDatabaseRoles } from '../../scripts/lib/database-roles';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated, empty database each test file copies for itself (the URL logs in as the administrative role). */
    templateDatabaseUrl: string;
  }
}

/**
 * Once per `npm test`: a real PostgreSQL (the one DATABASE_URL names, else an embedded one in a temporary
 * folder) with a template database holding every migration. Test files copy it, so each starts clean.
 */
export default async function setup(project: TestProject) {
  let postgres: RunningPostgres | null = null;
  let dataDir: string | null = null;
  let serverUrl: (database: string) => string;
  if (process.env.DATABASE_URL) {
    const base = new URL(process.env.DATABASE_URL);
    serverUrl = (database) => Object.assign(new URL(base), { pathname: `/${database}` }).toString();
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'imepanel-test-pg-'));
    const port = await freePort();
    // Two test files run at once, each with a whole platform's pools (vitest.config.ts).
    postgres = await startEmbeddedPostgres({ dataDir, port, persistent: false, maxConnections: 400 });
    serverUrl = postgres.url;
  }
  const templateUrl = serverUrl(`imepanel_test_template_${randomBytes(4).toString('hex')}`);
  const log = createLogger('test-setup', 'warn');
  // As deployed: the roles (cluster-wide, provisioned idempotently under a lock, so test runs sharing a server
  // take turns), the migrations as the owner. Owners, grants and default privileges live in the template's
  // catalogues, so every copy a test file makes has them too.
  const roles = developmentRoleEnv(templateUrl);
  await provisionDatabaseRoles(templateUrl, roles, log);
  await migrateAll(roles, log);
  project.provide('templateDatabaseUrl', templateUrl);

  return async () => {
    await dropDatabase(templateUrl).catch(() => undefined);
    if (postgres) await postgres.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
