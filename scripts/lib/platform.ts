import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLogger, createSubgraphOrm, EMBEDDED_PG_DEFAULT_PORT, DEFAULT_DATABASE_NAME, type Logger, type RunningService } from '@imepanel/runtime';
import { loadCasesConfig, startCases } from '@imepanel/cases';
import { loadExaminersConfig, startExaminers } from '@imepanel/examiners';
import { loadGatewayConfig, startGateway } from '@imepanel/gateway';
import { loadReportsConfig, startReports } from '@imepanel/reports';
import { ensureDatabase, startEmbeddedPostgres, waitForPostgres, type RunningPostgres } from './postgres';
import { databaseModules, databaseSettings } from './database-registry';
import { subgraphs } from './subgraph-registry';

export const DATA_DIR = fileURLToPath(new URL('../../.data/', import.meta.url));

/** True when the environment names a database for every subgraph (shared or one each). */
export function databaseConfigured(env: Record<string, string | undefined>): boolean {
  return Boolean(env.DATABASE_URL) || subgraphs.every((s) => env[`${s.name.toUpperCase()}_DATABASE_URL`]);
}

/**
 * With no database configured, runs the embedded PostgreSQL in .data/postgres (kept between runs) and
 * points DATABASE_URL at it. Answers how to stop it, or null when an external database is used.
 */
export async function ensurePostgres(env: Record<string, string | undefined>, log: Logger): Promise<RunningPostgres | null> {
  if (databaseConfigured(env)) {
    for (const s of subgraphs) {
      const url = env[`${s.name.toUpperCase()}_DATABASE_URL`] ?? env.DATABASE_URL!;
      await waitForPostgres(url);
      await ensureDatabase(url);
    }
    return null;
  }
  const port = Number(env.EMBEDDED_PG_PORT ?? EMBEDDED_PG_DEFAULT_PORT);
  const dataDir = `${DATA_DIR}postgres`;
  mkdirSync(DATA_DIR, { recursive: true });
  log.info({ dataDir, port }, 'starting embedded PostgreSQL');
  const postgres = await startEmbeddedPostgres({ dataDir, port, persistent: true, log: (line) => log.debug({ component: 'postgres' }, line) });
  env.DATABASE_URL = postgres.url(DEFAULT_DATABASE_NAME);
  await ensureDatabase(env.DATABASE_URL);
  return postgres;
}

/** Applies every subgraph's (and the gateway identity store's) committed migrations, in order. */
export async function migrateAll(env: Record<string, string | undefined>, log: Logger): Promise<void> {
  const settings = databaseSettings(env);
  for (const module of databaseModules) {
    const orm = await createSubgraphOrm(module, settings[module.name], log);
    try {
      const applied = await orm.migrator.up();
      log.info({ subgraph: module.name, applied: applied.map((m) => m.name) }, 'migrations applied');
    } finally {
      await orm.close(true);
    }
  }
}

export interface RunningPlatform {
  gateway: RunningService;
  subgraphs: RunningService[];
  close(): Promise<void>;
}

/** Starts the three subgraphs and then the gateway in this process, on the configured ports. */
export async function startPlatform(env: Record<string, string | undefined>, logLevel = env.LOG_LEVEL ?? 'info'): Promise<RunningPlatform> {
  const examiners = await startExaminers(loadExaminersConfig(env), createLogger('examiners', logLevel));
  const cases = await startCases({ ...loadCasesConfig(env), examinersUrl: env.EXAMINERS_URL ?? examiners.url }, createLogger('cases', logLevel));
  const reports = await startReports({ ...loadReportsConfig(env), casesUrl: env.CASES_URL ?? cases.url }, createLogger('reports', logLevel));
  const gatewayConfig = loadGatewayConfig(env);
  const gateway = await startGateway(
    { ...gatewayConfig, subgraphUrls: { examiners: examiners.url, cases: cases.url, reports: reports.url } },
    createLogger('gateway', logLevel),
  );
  const running = [examiners, cases, reports];
  return {
    gateway,
    subgraphs: running,
    async close() {
      await gateway.close();
      await Promise.all(running.map((s) => s.close()));
    },
  };
}
