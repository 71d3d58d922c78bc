/**
 * npm run db:seed: seeds the demo data into an already-migrated database (npm run db:migrate), unless the
 * examiner panel already has examiners. `npm start` does the same on its own after migrating.
 */
import { createLogger } from '@imepanel/runtime';
import { seedDemoDataOnce } from './lib/demo-seed';
import { ensurePostgres } from './lib/platform';

const log = createLogger('seed', process.env.LOG_LEVEL ?? 'info');
const postgres = await ensurePostgres(process.env, log);
try {
  await seedDemoDataOnce(process.env, log);
} finally {
  await postgres?.stop();
}
