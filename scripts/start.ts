/**
 * npm start: the whole platform on one machine. With no database configured it runs the embedded
 * PostgreSQL (data kept in .data/postgres), migrates, seeds the demo data and users once, builds the console
 * when needed, starts the subgraphs and the gateway, computes reputation once, and prints where to open them.
 * Every step does nothing once done, and every start runs them all, so a first start cut short anywhere is
 * completed by the next one. Ctrl-C stops everything, PostgreSQL included.
 *
 * package.json runs it with `node --import tsx`, not the tsx command: that one puts a process in between whose
 * signal relay sends a second SIGINT, then SIGKILL, to a process that is slow to acknowledge the first (a busy
 * machine), cutting the shutdown short.
 */
import { createLogger } from '@imepanel/runtime';
import { ensureAdminConsoleBuilt } from './lib/admin-console';
import { ensurePostgres, migrateAll, startPlatform } from './lib/platform';
import { describeDatabaseRoles } from './lib/database-roles';
import { computeReputationOnce, demoDataWanted, seedDemoDataOnce } from './seeding/demo-seed';
import { demoUsersBanner, seedDemoUsers, type DemoUser } from './lib/demo-users';
import { demoClaimantBanner, issueDemoClaimantLinks, type DemoClaimantLink } from './seeding/demo/claimant-portal';

const env = process.env;
const log = createLogger('start', env.LOG_LEVEL ?? 'info');
const postgres = await ensurePostgres(env, log);
let platform: Awaited<ReturnType<typeof startPlatform>> | undefined;
let demoUsers: DemoUser[] = [];
let demoClaimants: DemoClaimantLink[] = [];
let consoleBuild: Awaited<ReturnType<typeof ensureAdminConsoleBuilt>> | undefined;

async function shutdown(signal: string) {
  log.info({ signal }, 'stopping the platform');
  try {
    await platform?.close();
  } finally {
    await postgres?.stop();
    log.info('stopped');
    process.exit(0);
  }
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

try {
  await migrateAll(env, log);
  const demo = demoDataWanted(env);
  if (demo) {
    await seedDemoDataOnce(env, log);
    demoUsers = await seedDemoUsers(env, log);
  }
  // The gateway serves the console's production build; rebuilt only when a source is newer than the build.
  consoleBuild = await ensureAdminConsoleBuilt(log);
  platform = await startPlatform(env);
  // Demo data has no reputation until it is computed, through the API, as an administrator would: on the
  // first start, or on the next one when the first stopped before it got here.
  if (demo) {
    await computeReputationOnce(env, platform.gateway.url, log).catch((error: unknown) =>
      log.warn({ err: error }, 'reputation not computed; the next start tries again (or run refreshReputation)'),
    );
    // Development only (demo data is never seeded in production): the claimant portal's demo links.
    demoClaimants = await issueDemoClaimantLinks(env, platform.gateway.url, log);
  }
} catch (error) {
  log.error({ err: error }, 'the platform could not start');
  await platform?.close().catch(() => undefined);
  await postgres?.stop().catch(() => undefined);
  process.exit(1);
}

const lines = [
  '',
  'IME Panel is running.',
  `  Admin console       ${platform.gateway.url.replace(/\/graphql$/, '/admin/')}  (${consoleBuild?.built ? `built in ${(consoleBuild.ms / 1000).toFixed(1)} s` : 'build up to date'})`,
  `  GraphQL gateway     ${platform.gateway.url}`,
  `  Gateway health      ${platform.gateway.url.replace(/\/graphql$/, '/health')}`,
  ...platform.subgraphs.map((s) => `  ${`${s.name} subgraph`.padEnd(20)}${s.url}`),
  `  Database            ${postgres ? 'embedded PostgreSQL' : 'external'} (${describeDatabaseRoles(env)})`,
  ...demoUsersBanner(demoUsers, platform.gateway.url),
  ...demoClaimantBanner(demoClaimants),
  '',
  'Press Ctrl-C to stop.',
  '',
];
process.stdout.write(lines.join('\n'));
