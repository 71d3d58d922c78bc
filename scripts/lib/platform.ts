import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import {
  createLogger,
  createSubgraphOrm,
  databaseUrlFor,
  EMBEDDED_PG_DEFAULT_PORT,
  DEFAULT_DATABASE_NAME,
  envUrl,
  migrationDatabaseUrlFor,
  migrateJobSchema,
  SUBGRAPH_NAMES,
  subgraphPortVariable,
  subgraphUrlVariable,
  type Clock,
  type Logger,
  type RunningService,
  type SubgraphName,
} from '@imepanel/runtime';
import { loadCasesConfig, startCases } from '@imepanel/cases';
import { loadExaminersConfig, startExaminers } from '@imepanel/examiners';
import { loadGatewayConfig, startGateway } from '@imepanel/gateway';
import { loadReportsConfig, startReports } from '@imepanel/reports';
import { ensureDatabase, startEmbeddedPostgres, waitForPostgres, type RunningPostgres } from './postgres';
import { databaseModules, databaseSettings } from './database-registry';
import { auditTableOf, provisionDatabaseRoles, restrictOwnerOnlyTables } from './database-roles';
import { subgraphs } from './subgraph-registry';

export const DATA_DIR = fileURLToPath(new URL('../../.data/', import.meta.url));

/** True when the environment names a database for every subgraph (shared or one each). */
export function databaseConfigured(env: Record<string, string | undefined>): boolean {
  return Boolean(env.DATABASE_URL) || SUBGRAPH_NAMES.every((name) => env[`${name.toUpperCase()}_DATABASE_URL`]);
}

/**
 * With no database configured, runs the embedded PostgreSQL in .data/postgres (kept between runs) and
 * provisions its roles (docs/security.md, "Database roles"): migrations then run as the owner and each service
 * as its own role, with the URLs `databaseUrlFor` and `migrationDatabaseUrlFor` derive for the embedded server.
 * With an external database, provisions the roles when DATABASE_ADMIN_URL is given. Answers how to stop the
 * embedded server, or null when an external database is used.
 */
export async function ensurePostgres(env: Record<string, string | undefined>, log: Logger): Promise<RunningPostgres | null> {
  if (databaseConfigured(env)) {
    const adminUrl = envUrl(env, 'DATABASE_ADMIN_URL');
    if (adminUrl) {
      await waitForPostgres(adminUrl);
      await provisionDatabaseRoles(adminUrl, env, log);
    }
    for (const s of subgraphs) {
      const url = databaseUrlFor(env, s.name);
      await waitForPostgres(url);
      if (!adminUrl) await ensureDatabase(url);
    }
    return null;
  }
  const port = Number(env.EMBEDDED_PG_PORT ?? EMBEDDED_PG_DEFAULT_PORT);
  const dataDir = `${DATA_DIR}postgres`;
  mkdirSync(DATA_DIR, { recursive: true });
  log.info({ dataDir, port }, 'starting embedded PostgreSQL');
  const postgres = await startEmbeddedPostgres({ dataDir, port, persistent: true, log: (line) => log.debug({ component: 'postgres' }, line) });
  try {
    // The superuser of the embedded server provisions the roles, and nothing else runs as it.
    await provisionDatabaseRoles(postgres.url(DEFAULT_DATABASE_NAME), env, log);
  } catch (error) {
    await postgres.stop().catch(() => undefined);
    throw error;
  }
  return postgres;
}

/**
 * Applies every subgraph's (and the gateway identity store's) committed migrations, in order, as the owner role
 * (MIGRATION_DATABASE_URL, …), then keeps the audit and migrations tables closed to everyone else; then installs or
 * migrates the job runner's schema and queues.
 */
export async function migrateAll(env: Record<string, string | undefined>, log: Logger): Promise<void> {
  const settings = databaseSettings(env);
  for (const module of databaseModules) {
    const databaseUrl = migrationDatabaseUrlFor(env, module.name);
    const orm = await createSubgraphOrm(module, { ...settings[module.name], databaseUrl }, log, { applicationName: 'imepanel-migrate' });
    try {
      const applied = await orm.migrator.up();
      log.info({ subgraph: module.name, applied: applied.map((m) => m.name) }, 'migrations applied');
    } finally {
      await orm.close(true);
    }
    const owner = new pg.Client({ connectionString: databaseUrl, application_name: 'imepanel-migrate' });
    await owner.connect();
    try {
      await restrictOwnerOnlyTables(owner, module.name, auditTableOf(module));
    } finally {
      await owner.end();
    }
  }
  // The job runner's schema lives in the cases database (docs/messaging.md, "Jobs"), installed by its owner.
  await migrateJobSchema(envUrl(env, 'JOBS_MIGRATION_DATABASE_URL') ?? migrationDatabaseUrlFor(env, 'cases'), log);
}

export interface RunningPlatform {
  gateway: RunningService;
  subgraphs: RunningService[];
  /** Stops one subgraph (as a crash or a deploy would); the gateway and the others keep running. */
  stopSubgraph(name: SubgraphName): Promise<void>;
  /** Starts a stopped subgraph again on the same port. */
  startSubgraph(name: SubgraphName): Promise<void>;
  close(): Promise<void>;
}

/** The environment that starts every service of the platform on a free local port (tests and benchmarks). */
export const ON_FREE_LOCAL_PORTS: Readonly<Record<string, string>> = {
  HOST: '127.0.0.1',
  ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [subgraphPortVariable(name), '0'])),
  GATEWAY_PORT: '0',
};

/**
 * Starts the three subgraphs and then the gateway in this process, on the configured ports. The gateway listens
 * on HOST (all interfaces by default); the subgraphs, which only the gateway and each other call, on
 * SUBGRAPH_HOST, loopback by default: reached from elsewhere they would be a way around the gateway. `clock`
 * (tests only) is where every subgraph's commands, queries and rules read "now", so a test can run them on a
 * chosen day (test/support/clock.ts); it is the one way to move the platform's time.
 */
export async function startPlatform(
  env: Record<string, string | undefined>,
  logLevel = env.LOG_LEVEL ?? 'info',
  options: { clock?: Clock } = {},
): Promise<RunningPlatform> {
  const subgraphEnv = { ...env, SUBGRAPH_HOST: env.SUBGRAPH_HOST ?? '127.0.0.1' };
  const configs = { examiners: loadExaminersConfig(subgraphEnv), cases: loadCasesConfig(subgraphEnv), reports: loadReportsConfig(subgraphEnv) };
  if (options.clock) for (const name of SUBGRAPH_NAMES) configs[name].clock = options.clock;
  const starters: Record<SubgraphName, () => Promise<RunningService>> = {
    examiners: () => startExaminers(configs.examiners, createLogger('examiners', logLevel)),
    cases: () => startCases(configs.cases, createLogger('cases', logLevel)),
    reports: () => startReports(configs.reports, createLogger('reports', logLevel)),
  };
  const running = {} as Record<SubgraphName, RunningService>;
  for (const name of SUBGRAPH_NAMES) {
    running[name] = await starters[name]();
    // Started on a free port (0), a subgraph keeps the port it got, so a restart comes back where it was.
    configs[name].port = running[name].port;
  }
  // Subgraphs call each other; with free ports, the URLs are known only now (unless the environment names them).
  // Subgraphs read their config per request, so pointing them at the URLs here takes effect for every following
  // request.
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, env[subgraphUrlVariable(name)] ?? running[name].url])) as Record<SubgraphName, string>;
  configs.cases.examinersUrl = urls.examiners;
  configs.cases.reportsUrl = urls.reports;
  configs.reports.casesUrl = urls.cases;
  configs.reports.examinersUrl = urls.examiners;
  configs.examiners.casesUrl = urls.cases;
  configs.examiners.reportsUrl = urls.reports;
  const gateway = await startGateway(
    {
      ...loadGatewayConfig(env),
      subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, running[name].url])),
      ...(options.clock ? { clock: options.clock } : {}),
    },
    createLogger('gateway', logLevel),
  );
  const stopped = new Set<SubgraphName>();
  return {
    gateway,
    get subgraphs() {
      return Object.values(running);
    },
    async stopSubgraph(name) {
      await running[name].close();
      stopped.add(name);
    },
    async startSubgraph(name) {
      running[name] = await starters[name]();
      stopped.delete(name);
    },
    async close() {
      await gateway.close();
      await Promise.all((Object.keys(running) as SubgraphName[]).filter((n) => !stopped.has(n)).map((n) => running[n].close()));
    },
  };
}
