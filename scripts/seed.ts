/**
 * npm run db:seed: seeds the demo data into an already-migrated database (npm run db:migrate), unless the
 * examiner panel already has examiners, and the demo users (never with NODE_ENV=production). `npm start` does
 * the same on its own after migrating. Nothing with SEED_DEMO_DATA=false, nor by default with NODE_ENV=production.
 */
import { createLogger, GATEWAY_DEFAULT_URL } from '@imepanel/runtime';
import { demoDataWanted, seedDemoDataOnce } from './seeding/demo-seed';
import { demoUsersBanner, seedDemoUsers } from './lib/demo-users';
import { ensurePostgres } from './lib/platform';

const log = createLogger('seed', process.env.LOG_LEVEL ?? 'info');
if (!demoDataWanted(process.env)) {
  log.info('no demo data: SEED_DEMO_DATA is off (the default with NODE_ENV=production)');
  process.exit(0);
}
const postgres = await ensurePostgres(process.env, log);
try {
  await seedDemoDataOnce(process.env, log);
  const users = await seedDemoUsers(process.env, log);
  const banner = demoUsersBanner(users, process.env.GATEWAY_PUBLIC_URL ?? `${GATEWAY_DEFAULT_URL}/graphql`);
  if (banner.length) process.stdout.write(`${banner.join('\n')}\n`);
} finally {
  await postgres?.stop();
}
