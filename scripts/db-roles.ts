/**
 * npm run db:roles: creates or updates the database roles of docs/security.md ("Database roles") — the owner
 * that runs the migrations and one least-privilege role per service — with the passwords of the URLs they
 * connect with (MIGRATION_DATABASE_URL, DATABASE_URL or EXAMINERS_DATABASE_URL, …), and grants each service its
 * own schema. Runs as DATABASE_ADMIN_URL, or as the superuser of the embedded PostgreSQL when no database is
 * configured. Idempotent: run it before every `npm run db:migrate`.
 */
import { createLogger } from '@imepanel/runtime';
import { databaseConfigured, ensurePostgres } from './lib/platform';

const log = createLogger('db-roles', process.env.LOG_LEVEL ?? 'info');
if (databaseConfigured(process.env) && !process.env.DATABASE_ADMIN_URL) {
  console.error('npm run db:roles needs DATABASE_ADMIN_URL (a superuser, or a role that may create roles) to provision the roles of DATABASE_URL and MIGRATION_DATABASE_URL');
  process.exit(2);
}
try {
  const postgres = await ensurePostgres(process.env, log);
  await postgres?.stop();
} catch (error) {
  console.error(`db:roles failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
