/** npm run db:migrate: applies every subgraph's committed migrations to the configured database. */
import { createLogger } from '@imepanel/runtime';
import { ensurePostgres, migrateAll } from './lib/platform';

const log = createLogger('migrate', process.env.LOG_LEVEL ?? 'info');
const postgres = await ensurePostgres(process.env, log);
try {
  await migrateAll(process.env, log);
} finally {
  await postgres?.stop();
}
