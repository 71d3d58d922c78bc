import { MikroORM, type Options } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { AuditEntryEntity } from '../audit/audit-entry';
import { loadAuthConfig, type AuthConfig } from '../auth/auth-config';
import { createTokenVerifier } from '../auth/tokens';
import { databaseUrlFor } from '../config/database';
import { isProduction } from '../config/secrets';
import { envBool, envInt, envString } from '../config/env';
import { defaultSubgraphPort, subgraphPortVariable, type SubgraphName } from '../config/subgraph-registry';
import { systemClock, type Clock } from '../clock';
import { loadRateLimit, rateLimitStore, type RateLimit } from '../shared-state/rate-limit';
import { openRevocations } from '../shared-state/revocations';
import { loadSharedStateSettings, openSharedState, type SharedStateSettings } from '../shared-state/shared-state';
import { loadQueryLimits, type QueryLimits } from '../graphql/query-limits';
import { subgraphOrmConfig } from '../orm/subgraph-orm-config';
import { warnWhenOverPrivileged } from '../orm/database-privileges';
import { ServiceMetrics } from '../observability/metrics';
import { loadMetricsAccess, type MetricsAccess } from '../observability/metrics-route';
import type { DocumentHandlers } from '../documents/document-routes';
import { loadJobSettings, type JobRunner, type JobSettings } from '../jobs/job-runner';
import { startSubgraphMessaging, type SubgraphMessaging, type WorkerEnvironment } from '../jobs/subgraph-messaging';
import { startSubgraphServer, type RequestInfo, type RunningService, type SubgraphRoutes } from './subgraph-server';

/** Settings every subgraph has; each subgraph's own config module adds what only it needs. */
export interface BaseSubgraphConfig {
  port: number;
  host: string;
  databaseUrl: string;
  poolMax: number;
  slowQueryMs: number;
  logLevel: string;
  /** Token verification (issuer, audience, keys) and the service identity for calls to other subgraphs. */
  auth: AuthConfig;
  /** Schema introspection on the subgraph itself (authenticated callers only); off in production. */
  introspection: boolean;
  /** The gateway's per-identity limit, applied to calls made to the subgraph directly. */
  rateLimit: RateLimit;
  /** Redis (REDIS_URL) or memory: rate-limit buckets and the revocation list shared with the gateway. */
  sharedState: SharedStateSettings;
  /** The same depth, alias and cost limits as the gateway's (GRAPHQL_MAX_*), for callers reaching the subgraph directly. */
  queryLimits: QueryLimits;
  /** Who may read /metrics (METRICS_TOKEN; off in production without one). */
  metricsAccess: MetricsAccess;
  /** How often to try reaching the database at start-up, a second apart (DB_CONNECT_ATTEMPTS). */
  connectAttempts: number;
  /**
   * Where every command, query and rule of the subgraph reads "now" (and so "today"): the system clock. Only an
   * in-process test sets another (`startPlatform(env, level, { clock })`); no setting, header or operation can.
   */
  clock: Clock;
  /** The job runner (JOBS_DATABASE_URL, JOBS_POLLING_SECONDS, JOBS_POOL_MAX): docs/messaging.md, "Jobs". */
  jobs: JobSettings;
  /** OUTBOX_RELAY_INTERVAL_MS: how often the relay looks for unpublished outbox events. */
  outboxRelayIntervalMs: number;
  /** Who reminders go to besides the examiner (ADMIN_NOTIFY_EMAIL, QA_NOTIFY_EMAIL; none: not told by e-mail). */
  notify: { adminEmail: string | null; qaEmail: string | null };
}

/** Reads the settings every subgraph shares, once; the defaults make the embedded `npm start` work. */
export function loadBaseSubgraphConfig(env: Record<string, string | undefined>, name: SubgraphName): BaseSubgraphConfig {
  return {
    port: envInt(env, subgraphPortVariable(name), defaultSubgraphPort(name), { min: 0, max: 65535 }),
    // A subgraph run on its own (a container) listens on all interfaces unless told otherwise; `npm start` puts
    // it on loopback (scripts/lib/platform.ts).
    host: envString(env, 'SUBGRAPH_HOST', envString(env, 'HOST', '0.0.0.0')),
    databaseUrl: databaseUrlFor(env, name),
    poolMax: envInt(env, 'DB_POOL_MAX', 10, { min: 1, max: 200 }),
    slowQueryMs: envInt(env, 'SLOW_QUERY_MS', 200, { min: 0 }),
    logLevel: envString(env, 'LOG_LEVEL', 'info'),
    auth: loadAuthConfig(env),
    introspection: envBool(env, 'SUBGRAPH_INTROSPECTION', !isProduction(env)),
    rateLimit: loadRateLimit(env),
    sharedState: loadSharedStateSettings(env),
    queryLimits: loadQueryLimits(env),
    metricsAccess: loadMetricsAccess(env),
    connectAttempts: loadConnectAttempts(env),
    clock: systemClock,
    jobs: loadJobSettings(env, databaseUrlFor(env, name)),
    outboxRelayIntervalMs: envInt(env, 'OUTBOX_RELAY_INTERVAL_MS', 250, { min: 10, max: 60_000 }),
    notify: { adminEmail: envString(env, 'ADMIN_NOTIFY_EMAIL') ?? null, qaEmail: envString(env, 'QA_NOTIFY_EMAIL') ?? envString(env, 'ADMIN_NOTIFY_EMAIL') ?? null },
  };
}

/** DB_CONNECT_ATTEMPTS: how long a service waits for its database at start-up, in tries a second apart. */
export const loadConnectAttempts = (env: Record<string, string | undefined>) => envInt(env, 'DB_CONNECT_ATTEMPTS', 30, { min: 1, max: 3600 });

export type OrmSettings = Pick<BaseSubgraphConfig, 'databaseUrl' | 'poolMax' | 'slowQueryMs'> & Partial<Pick<BaseSubgraphConfig, 'connectAttempts'>>;

/** What owns a PostgreSQL schema with committed migrations: a subgraph, or the gateway's identity store. */
export interface DatabaseModule {
  /** Also its PostgreSQL schema. */
  name: string;
  entities: NonNullable<Options['entities']>;
  migrationsDir: string;
  /** Every committed migration, in order (see `migrations/index.ts`). */
  migrations: NonNullable<NonNullable<Options['migrations']>['migrationsList']>;
  /** Flush subscribers of the module's own, created once per ORM (the cases subgraph's chain of custody). */
  subscribers?: () => NonNullable<Options['subscribers']>;
}

/** What makes one subgraph: its name (from the subgraph registry), entities, migrations, schema and context. */
export interface SubgraphDefinition<Ctx extends object, Config extends BaseSubgraphConfig> extends DatabaseModule {
  name: SubgraphName;
  /** The subgraph's append-only audit table (also listed in `entities`). */
  auditEntity: AuditEntryEntity;
  buildSchema(): Promise<GraphQLSchema>;
  /** `runtime.jobs`: the job runner, for a subgraph whose resolvers queue jobs (docs/messaging.md). */
  context(request: RequestInfo, config: Config, runtime: { jobs: JobRunner }): Ctx;
  /** Plain HTTP routes the subgraph serves beside /graphql (the cases subgraph's calendar feeds), each authenticating itself. */
  routes?(app: SubgraphRoutes, deps: { orm: MikroORM; config: Config; log: Logger }): void;
  /** What the subgraph does with document links, if it owns documents (docs/documents.md). */
  documentHandlers?(config: Config, orm: MikroORM): DocumentHandlers;
  /** Registers the subgraph's jobs and schedules on the job runner (docs/messaging.md, "Workers"). */
  workers?(env: WorkerEnvironment<Config>): Promise<void>;
}

/**
 * The part of every subgraph's context the request and the shared settings give: the request's EntityManager,
 * id, log, actor and audit writer, and the clock. A subgraph's `context` adds its loaders, services and settings.
 */
export function requestContext({ em, requestId, log, actor, audit }: RequestInfo, config: Pick<BaseSubgraphConfig, 'clock'>) {
  return { em, requestId, log, actor, audit, clock: config.clock };
}

export function subgraphOrmOptions(
  definition: DatabaseModule,
  settings: OrmSettings,
  logger: Logger,
  onStatement?: (tookMs: number, failed: boolean) => void,
  applicationName?: string,
): Options {
  return subgraphOrmConfig({
    onStatement,
    applicationName,
    schema: definition.name,
    clientUrl: settings.databaseUrl,
    entities: definition.entities,
    migrationsDir: definition.migrationsDir,
    migrations: definition.migrations,
    logger,
    poolMax: settings.poolMax,
    slowQueryMs: settings.slowQueryMs,
    subscribers: definition.subscribers?.(),
  });
}

/**
 * Connects a subgraph to its database, waiting for it with bounded retries (a database still starting, or
 * restarting, is normal at deploy time) and a clear message when it never comes. Schema changes happen only
 * through the subgraph's migrations.
 */
export async function createSubgraphOrm(
  definition: DatabaseModule,
  settings: OrmSettings,
  logger: Logger,
  options: { attempts?: number; delayMs?: number; onStatement?: (tookMs: number, failed: boolean) => void; applicationName?: string } = {},
): Promise<MikroORM> {
  const attempts = options.attempts ?? settings.connectAttempts ?? 30;
  const delayMs = options.delayMs ?? 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      const orm = await MikroORM.init(subgraphOrmOptions(definition, settings, logger, options.onStatement, options.applicationName));
      await orm.em.getConnection().execute('select 1');
      return orm;
    } catch (error) {
      const where = new URL(settings.databaseUrl).host;
      if (attempt >= attempts) {
        throw new Error(`${definition.name}: database at ${where} unreachable after ${attempts} attempts: ${(error as Error).message}`);
      }
      logger.warn({ attempt, attempts, database: where, err: (error as Error).message }, 'database not reachable yet; retrying');
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

/** Starts a subgraph on an already-migrated database. */
export async function startSubgraph<Ctx extends object, Config extends BaseSubgraphConfig>(
  definition: SubgraphDefinition<Ctx, Config>,
  config: Config,
  log: Logger,
): Promise<RunningService & { orm: MikroORM; messaging: SubgraphMessaging }> {
  const metrics = new ServiceMetrics(definition.name);
  const shared = await openSharedState(config.sharedState, log);
  const revocations = await openRevocations(shared, log).catch(async (error) => {
    await shared.close();
    throw error;
  });
  const releaseShared = async () => {
    await revocations.close();
    await shared.close();
  };
  const orm = await createSubgraphOrm(definition, config, log, {
    onStatement: (ms, failed) => metrics.observeSql(ms, failed),
  }).catch(async (error) => {
    await releaseShared();
    throw error;
  });
  let messaging: SubgraphMessaging | undefined;
  try {
    await warnWhenOverPrivileged(orm, definition.name, log);
    messaging = await startSubgraphMessaging(definition.name, orm, config, log, definition.workers?.bind(definition));
    const started = messaging;
    const schema = await definition.buildSchema();
    const running = await startSubgraphServer<Ctx>({
      name: definition.name,
      schema,
      orm,
      port: config.port,
      host: config.host,
      log,
      metrics,
      introspection: config.introspection,
      queryLimits: config.queryLimits,
      metricsAccess: config.metricsAccess,
      verifyToken: createTokenVerifier(config.auth, revocations),
      rateLimit: { store: rateLimitStore(shared, log), limit: config.rateLimit },
      serviceSecret: config.auth.serviceSecret,
      auditEntity: definition.auditEntity,
      context: (request) => definition.context(request, config, { jobs: started.jobs }),
      readiness: () => messaging?.health() ?? {},
      routes: definition.routes ? (app) => definition.routes!(app, { orm, config, log }) : undefined,
      ...(definition.documentHandlers ? { documents: { auth: config.auth, handlers: definition.documentHandlers(config, orm) } } : {}),
    });
    let closing: Promise<void> | undefined;
    return {
      ...running,
      orm,
      messaging: started,
      close() {
        // The workers first (they use the pool the server's close releases), then the requests in flight.
        closing ??= started.close().then(() => running.close()).then(releaseShared);
        return closing;
      },
    };
  } catch (error) {
    await messaging?.close().catch(() => undefined);
    await orm.close(true);
    await releaseShared();
    throw error;
  }
}
