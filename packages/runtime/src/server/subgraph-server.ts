import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { createAuditRecorder, type AuditRecorder } from '../audit/audit-recorder';
import type { AuditEntryEntity } from '../audit/audit-entry';
import { bearerToken, type TokenVerifier } from '../auth/tokens';
import { rateLimitMiddleware, type RateLimit, type RateLimitStore } from '../shared-state/rate-limit';
import type { Actor } from '../graphql/context';
import { entityRepresentationsPlugin } from '../graphql/entity-representations';
import { createFormatError } from '../graphql/format-error';
import { queryLimitsPlugin, type QueryLimits } from '../graphql/query-limits';
import { currentRequestScope } from '../request-context';
import { ServiceMetrics } from '../observability/metrics';
import { metricsRoute, type MetricsAccess } from '../observability/metrics-route';
import { knexPoolStats } from '../orm/pool-stats';
import { markReadsOnly } from '../orm/read-only-rows';
import { authenticationMiddleware, jsonErrorHandler, requestActor } from './authentication';
import { listen } from './http-server';
import { requestScopeMiddleware } from './request-id';
import { runningService } from './running-service';
import type { AuthConfig } from '../auth/auth-config';
import { documentRouter, INTERNAL_DOCUMENT_PATH, type DocumentHandlers } from '../documents/document-routes';

export interface RequestInfo {
  em: EntityManager;
  requestId: string;
  /** The id the caller gave the request, if any (server/request-id.ts). */
  correlationId: string | null;
  headers: Record<string, string | string[] | undefined>;
  log: Logger;
  /** Who is calling, from the verified bearer token (requests without a valid one never get this far). */
  actor: Actor;
  /** This request's writer of audit entries. */
  audit: AuditRecorder;
}

export interface SubgraphServerOptions<Ctx extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  port: number;
  host?: string;
  log: Logger;
  bodyLimit?: string;
  introspection?: boolean;
  /** Depth, alias and cost limits, the gateway's (a subgraph reached directly is no way around them). */
  queryLimits: QueryLimits;
  metrics?: ServiceMetrics;
  /** Who may read /metrics (a token in production). */
  metricsAccess: MetricsAccess;
  /** Verifies bearer tokens; every GraphQL request needs a valid one (health endpoints do not). */
  verifyToken: TokenVerifier;
  /** The per-identity limit of calls made to this subgraph directly (see `directCallKey`). */
  rateLimit?: { store: RateLimitStore; limit: RateLimit };
  /** SERVICE_JWT_SECRET: request ids signed with it (by the gateway, other subgraphs) are taken as sent. */
  serviceSecret: string;
  /** This subgraph's audit table. */
  auditEntity: AuditEntryEntity;
  context: (request: RequestInfo) => Ctx | Promise<Ctx>;
  /** Plain HTTP routes beside /graphql; they authenticate their callers themselves. */
  routes?: (app: SubgraphRoutes) => void;
  /** The subgraph's document links, served under /internal/documents for the gateway (docs/documents.md). */
  documents?: { auth: AuthConfig; handlers: DocumentHandlers };
  /** More to show on /health/ready (the outbox relay: docs/messaging.md); informative, never makes it fail. */
  readiness?: () => Record<string, unknown>;
}

/** Where a subgraph mounts plain HTTP routes (an Express application). */
export type SubgraphRoutes = Pick<express.Express, 'get'>;

export interface RunningService {
  name: string;
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * The header with which the gateway vouches that it forwards a call: a service-identity token (only services
 * hold that key). The gateway already counted the request against the caller's rate limit, and one client
 * request fans out into several subgraph calls, so those calls are not counted again here.
 */
export const FORWARDED_BY_HEADER = 'x-forwarded-by-service';

/** Service tokens already verified, so a forwarded call costs a map lookup rather than a signature check. */
function forwardedBy(verify: TokenVerifier) {
  const verified = new Map<string, number>();
  return async (header: string | string[] | undefined): Promise<boolean> => {
    const token = bearerToken(header);
    if (!token) return false;
    const until = verified.get(token);
    if (until !== undefined && until > Date.now()) return true;
    try {
      const actor = await verify(token);
      if (actor.role !== 'SERVICE') return false;
      if (verified.size >= 32) verified.clear();
      const exp = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).exp as number;
      verified.set(token, exp * 1000);
      return true;
    } catch {
      return false;
    }
  };
}

/**
 * Which budget a call to a subgraph counts against: the caller's identity, the same key as at the gateway (so
 * through Redis a user has one budget, whichever door they use). Service calls and calls the gateway forwards
 * are not limited here: services hold the service key, and the gateway limited the client request already.
 */
export function directCallKey(verify: TokenVerifier) {
  const vouched = forwardedBy(verify);
  return async (req: express.Request, res: express.Response): Promise<string | null> => {
    const actor = requestActor(res);
    if (!actor || actor.role === 'SERVICE') return null;
    if (await vouched(req.headers[FORWARDED_BY_HEADER])) return null;
    return `actor:${actor.id}`;
  };
}

/** One structured line per GraphQL operation: name, duration, SQL statements and error codes. */
export function operationLogPlugin(log: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          const scope = currentRequestScope();
          log.info(
            {
              operation: operationName ?? 'anonymous',
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              sqlStatements: scope?.sqlStatements,
              errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}

/**
 * Once an operation is known to be a query, its fork answers read-only rows from the loaders (orm/read-only-rows.ts,
 * docs/benchmarks.md "Read-only rows"); a mutation's stays as it is.
 */
export function readOnlyQueriesPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          // Every subgraph's context carries the request's fork as `em` (Apollo Server hands the plugins a copy).
          const em = (contextValue as { em?: EntityManager }).em;
          if (em && operation?.operation === 'query') markReadsOnly(em);
        },
      };
    },
  };
}

async function databaseReady(orm: MikroORM): Promise<boolean> {
  try {
    await orm.em.getConnection().execute('select 1');
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a subgraph: Apollo Server on Express with request ids, health endpoints, bearer-token
 * authentication of every GraphQL request (a subgraph reached directly is no back door), masked internal
 * errors, a forked EntityManager and an audit recorder per request, and a close() that drains in-flight
 * requests before releasing the pool.
 */
export async function startSubgraphServer<Ctx extends BaseContext>(options: SubgraphServerOptions<Ctx>): Promise<RunningService> {
  const { name, orm, log } = options;
  const app = express();
  app.disable('x-powered-by');
  app.use(requestScopeMiddleware(name, { trustSignedFrom: options.serviceSecret }));

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok', service: name });
  });
  // The port listens before /graphql is mounted (the drain plugin needs the server): not ready until it is, nor
  // once it is stopping, so no gateway, compose healthcheck or load balancer sends it work it cannot take.
  let serving = false;
  app.get('/health/ready', async (_req, res) => {
    if (!serving) {
      res.status(503).json({ status: 'unavailable', service: name, reason: 'starting or stopping' });
      return;
    }
    const database = await databaseReady(orm);
    res.status(database ? 200 : 503).json({ status: database ? 'ok' : 'unavailable', service: name, checks: { database, ...options.readiness?.() } });
  });

  const metrics = options.metrics ?? new ServiceMetrics(name);
  metrics.watchPool(() => knexPoolStats(orm));
  app.get('/metrics', metricsRoute(metrics, options.metricsAccess, log));
  options.routes?.(app);

  const http = await listen(app, options.port, options.host);
  const introspection = options.introspection ?? true;
  const apollo = new ApolloServer<Ctx>({
    schema: options.schema,
    introspection,
    // With introspection off the schema is not public: no "Did you mean …?" naming the fields a caller misspelt.
    hideSchemaDetailsFromClientErrors: !introspection,
    includeStacktraceInErrorResponses: false,
    // The process's owner stops it (closeOnSignal, npm start): Apollo's own handler would stop this server and
    // re-raise the signal, killing the process (exit 143) before the pool is closed and it can exit 0.
    stopOnTerminationSignals: false,
    formatError: createFormatError(log, { hideSchemaDetails: !introspection }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: http.server }),
      ApolloServerPluginLandingPageDisabled(),
      // Traces are for Apollo Studio, which this platform does not report to; they only cost time.
      ApolloServerPluginInlineTraceDisabled(),
      queryLimitsPlugin(options.queryLimits),
      entityRepresentationsPlugin(),
      readOnlyQueriesPlugin(),
      operationLogPlugin(log),
      metrics.apolloPlugin(),
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    authenticationMiddleware(options.verifyToken, log),
    ...(options.rateLimit ? [rateLimitMiddleware(options.rateLimit.store, options.rateLimit.limit, directCallKey(options.verifyToken))] : []),
    express.json({ limit: options.bodyLimit ?? '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = orm.em.fork();
        const scope = currentRequestScope();
        const requestId = scope?.requestId ?? 'unknown';
        const correlationId = scope?.correlationId ?? null;
        const actor = requestActor(res)!;
        return options.context({
          em,
          requestId,
          correlationId,
          headers: req.headers,
          log,
          actor,
          audit: createAuditRecorder({ em, entity: options.auditEntity, actor, requestId, correlationId, log }),
        });
      },
    }),
  );
  if (options.documents) {
    app.use(
      INTERNAL_DOCUMENT_PATH,
      documentRouter({ name, em: orm.em, auth: options.documents.auth, verifyToken: options.verifyToken, auditEntity: options.auditEntity, log, handlers: options.documents.handlers }),
    );
  }
  app.use(jsonErrorHandler(log));

  serving = true;
  log.info({ url: http.url('/graphql') }, `${name} subgraph listening`);
  return runningService(name, http, async () => {
    serving = false;
    await apollo.stop();
    await orm.close(true);
    log.info(`${name} subgraph stopped`);
  });
}
