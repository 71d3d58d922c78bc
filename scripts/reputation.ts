/**
 * npm run db:reputation: computes reputation for the demo data through a running gateway (GATEWAY_URL, default
 * http://localhost:4000), as `npm start` does once the platform is up, and only when it was never computed: the
 * compose file runs it as a job once the gateway is healthy. Nothing when the demo is off (SEED_DEMO_DATA, off by
 * default with NODE_ENV=production). Exits 1 when the refresh failed, so running it again completes it.
 */
import { createLogger, envUrl, GATEWAY_DEFAULT_URL } from '@imepanel/runtime';
import { computeReputationOnce, demoDataWanted } from './seeding/demo-seed';

const env = process.env;
const log = createLogger('reputation', env.LOG_LEVEL ?? 'info');
if (!demoDataWanted(env)) {
  log.info('no demo data: SEED_DEMO_DATA is off (the default with NODE_ENV=production), reputation is left to administrators');
} else {
  const gatewayUrl = new URL('/graphql', envUrl(env, 'GATEWAY_URL', GATEWAY_DEFAULT_URL)).toString();
  try {
    if (!(await computeReputationOnce(env, gatewayUrl, log))) log.info('reputation was computed before, or the panel has no examiners: nothing to do');
  } catch (error) {
    log.error({ err: error }, 'reputation not computed');
    process.exitCode = 1;
  }
}
